import PartnerscopeCore
import Testing

// Five agencies of four types, in an order that is not the types' order; the ccg and lsc are dated.
// By hand: the sorted types are ccg, lsc, metropolitan-district, police; as at 2009-06-30 the ccg
// (from 2013) does not exist, leaving lsc, metropolitan-district, police.
private let agencies = [
    Agency(id: "police", name: "Police", sector: .public, type: "police"),
    Agency(id: "council", name: "Council", sector: .public, type: "metropolitan-district"),
    Agency(id: "ccg", name: "CCG", sector: .public, type: "ccg", start: ISODate("2013-04-01")),
    Agency(id: "lsc", name: "LSC", sector: .public, type: "lsc", start: ISODate("2001-04-01")),
    Agency(id: "council2", name: "Council 2", sector: .public, type: "metropolitan-district"),
]

@Test func network_internsAgencyTypesOnce_sortedWithAnIndexPerAgency() {
    let network = Network(name: "types", agencies: agencies, relationships: [])
    #expect(network.types == ["ccg", "lsc", "metropolitan-district", "police"])
    #expect(network.agencyTypeIndex == [3, 2, 0, 1, 2])
}

@Test func network_typesFollowSubnetworksAndAsAt_onlyTheTypesStillPresent() throws {
    let network = Network(name: "types", agencies: agencies, relationships: [])
    let sub = network.subnetwork(agencies: [0, 1, 4])
    #expect(sub.types == ["metropolitan-district", "police"])
    #expect(sub.agencyTypeIndex == [1, 0, 0])
    let then = network.asAt(try AsAt.parse("2009-06-30").get())
    #expect(then.agencies.map(\.id.rawValue) == ["police", "council", "lsc", "council2"])
    #expect(then.types == ["lsc", "metropolitan-district", "police"])
    #expect(then.agencyTypeIndex == [2, 1, 0, 1])
}

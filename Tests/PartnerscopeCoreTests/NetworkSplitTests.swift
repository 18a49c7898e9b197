import PartnerscopeCore
import TestSupport
import Testing

/// Expected groups worked out by hand from the picture in ``TwoRegions``.
private func members(_ network: Network, _ criterion: SplitCriterion) -> [String: [String]] {
    var out: [String: [String]] = [:]
    for group in NetworkSplit.groups(of: network, by: criterion) {
        out[group.key] = NetworkSplit.subnetwork(group, of: network).agencies.map(\.id.rawValue)
    }
    return out
}

@Test func split_byParent_groupsEachTopLevelAreaWithEveryAgencyTouchingIt() {
    let network = TwoRegions.network
    #expect(NetworkSplit.groups(of: network, by: .topLevel).map(\.key) == ["R1", "R2"])
    // n1 names R1 and R2 themselves; p1 straddles both regions, so it is in both.
    #expect(members(network, .topLevel) == ["R1": ["c1", "c2", "h1", "n1", "p1"], "R2": ["c3", "h2", "n1", "p1"]])
}

@Test func split_byParentDepth_usesTheAreasAtThatDepthAndTheBodiesAboveThem() {
    let network = TwoRegions.network
    // Depth 1 = districts. A body covering the whole region (n1, on R1/R2) touches every district in it.
    #expect(members(network, .depth(1)) == [
        "D1": ["c1", "h1", "n1", "p1"], "D2": ["c2", "h1", "n1", "p1"], "D3": ["c3", "h2", "n1", "p1"],
    ])
    #expect(NetworkSplit.groups(of: network, by: .depth(2)).map(\.key) == ["L1", "L2", "L3", "L4", "L5"])
    #expect(members(network, .depth(2))["L1"] == ["c1", "h1", "n1"])
    #expect(NetworkSplit.groups(of: network, by: .depth(3)).isEmpty)
}

@Test func split_byAgencyType_oneGroupPerAgencyFootprint_emptyFootprintKept() {
    let network = TwoRegions.network
    let groups = NetworkSplit.groups(of: network, by: .agencyType("icb"))
    #expect(groups.map(\.key) == ["h1", "h2", "h3"])
    #expect(groups.map(\.label) == ["ICB One", "ICB Two", "ICB Three"])
    #expect(groups[2].roots.isEmpty)
    #expect(members(network, .agencyType("icb")) == ["h1": ["c1", "c2", "h1", "n1", "p1"], "h2": ["c3", "h2", "n1", "p1"], "h3": []])
}

@Test func split_subnetwork_keepsOnlyTiesAmongMembersAndAllTheirBoundaries() {
    let network = TwoRegions.network
    let group = NetworkSplit.groups(of: network, by: .agencyType("icb"))[1]
    let sub = NetworkSplit.subnetwork(group, of: network)
    #expect(sub.name == "two-regions/h2")
    let ties = sub.relationships.map { "\(sub.agencies[$0.source].id)-\(sub.agencies[$0.target].id)" }.sorted()
    #expect(ties == ["c3-h2", "p1-c3"])
    // p1 keeps its boundaries outside the footprint (L2, L3), so its whole area is judged.
    let p1 = sub.index(of: AgencyID("p1"))!
    #expect(sub.boundaries.filter { $0.agency == p1 }.map { sub.areas[$0.area].code.rawValue }.sorted() == ["L2", "L3", "L4"])
}

@Test func split_emptyNetwork_hasNoGroups() {
    let empty = Network(name: "empty", agencies: [], relationships: [])
    #expect(NetworkSplit.groups(of: empty, by: .topLevel).isEmpty)
    #expect(NetworkSplit.groups(of: empty, by: .agencyType("icb")).isEmpty)
    #expect(NetworkSplit.agencies(touching: [], in: empty).isEmpty)
}

@Test func split_parentCycle_endsAndStillGroups() {
    // A → B → A: no top-level area exists; depth groups still terminate.
    let areas = [Area(code: "A", name: "A", population: 1, parent: "B"), Area(code: "B", name: "B", population: 1, parent: "A")]
    let network = Network(name: "cycle", agencies: [Agency(id: "x", name: "X", sector: .public, type: "police")], areas: areas,
                          boundaries: [Boundary(agency: 0, area: 0)], relationships: [])
    let groups = NetworkSplit.groups(of: network, by: .topLevel)
    #expect(groups.count <= 2)
    for g in groups { _ = NetworkSplit.subnetwork(g, of: network) }
}

@Test func split_footprintPopulation_sumsTheLeavesOfTheFootprintOnce() {
    let network = TwoRegions.network
    let byType = NetworkSplit.groups(of: network, by: .agencyType("icb"))
    #expect(byType.map { NetworkSplit.footprintPopulation($0, in: network) } == [600, 900, nil])
    let byRegion = NetworkSplit.groups(of: network, by: .topLevel)
    #expect(byRegion.map { NetworkSplit.footprintPopulation($0, in: network) } == [600, 900])
}

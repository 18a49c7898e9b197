import PartnerscopeCore
import Testing
import TestSupport

/// Reference vertex sets: networkx 3.6.1 `ego_graph(G, focus, radius=depth, undirected=True)` on the
/// same fixture, printed by scripts/reference/ego_reference.py.
@Suite struct EgoNetworkTests {
    /// ``SixPartners`` and a parish with no tie.
    static let network: Network = {
        let six = SixPartners.network()
        let parish = Agency(id: "parish", name: "Parish Council", sector: .public, type: "parish-council")
        return Network(name: "t", agencies: six.agencies + [parish], relationships: SixPartners.ties)
    }()

    static func ego(_ focus: String, _ depth: Int) -> Network {
        EgoNetwork.around(network.index(of: AgencyID(focus))!, depth: depth, in: network)
    }

    static func ids(_ n: Network) -> [String] { n.agencies.map(\.id.rawValue) }

    @Test func egoNetwork_depthOneAndTwo_followTiesEitherWay_matchNetworkx() {
        // vcs: the council's funding tie points into it, the informal tie to the forum is undirected.
        #expect(Self.ids(Self.ego("vcs", 1)) == ["council", "vcs", "forum"])
        #expect(Self.ids(Self.ego("vcs", 2)) == ["council", "police", "icb", "vcs", "forum"])
    }

    @Test func egoNetwork_conflictTie_countsAsATie() {
        #expect(Self.ids(Self.ego("firm", 1)) == ["icb", "firm"])
    }

    @Test func egoNetwork_depthZeroOrIsolatedAgency_isTheAgencyAlone() {
        #expect(Self.ids(Self.ego("forum", 0)) == ["forum"])
        #expect(Self.ids(Self.ego("parish", 2)) == ["parish"])
        #expect(Self.ego("parish", 2).relationships.isEmpty)
    }

    @Test func egoNetwork_depthBeyondTheDiameter_isTheWholeComponent() {
        // Every agency but the isolated parish, which no tie reaches.
        #expect(Self.ids(Self.ego("forum", 9)) == ["council", "police", "icb", "vcs", "firm", "forum"])
    }

    @Test func egoNetwork_keepsTheTiesAmongItsAgencies_renumbered_andNamesItself() {
        let one = Self.ego("vcs", 1)  // council 0, vcs 1, forum 2
        let ties = one.relationships.map { "\($0.source)->\($0.target) \($0.type.rawValue)" }.sorted()
        #expect(ties == ["0->1 funding", "1->2 informal"])
        #expect(one.name == "t/ego=vcs/depth=1")
    }
}

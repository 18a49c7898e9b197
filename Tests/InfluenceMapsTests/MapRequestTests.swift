import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import Testing
import TestSupport

@Suite struct MapRequestTests {
    let network = MapFixtures.network()

    struct NotCalled: Error {}

    /// Describes `request` on the fixture (no boards, no survey); loading requirements or survey
    /// options fails the test's expectations by throwing ``NotCalled``.
    func describe(_ request: MapRequest) throws -> MapDrawing {
        try request.describe(network, boards: BoardSet(), survey: nil,
                             requirements: { throw NotCalled() }, surveyOptions: { _ in throw NotCalled() })
    }

    @Test(arguments: [
        (MapRequest(kind: .boards), MapRequestError.noBoards),
        (MapRequest(kind: .grid, board: "csp"), .boardOnWrongKind),
        (MapRequest(kind: .network, focus: "vcs", board: "csp"), .boardWithFocus),
        (MapRequest(kind: .network, board: "csp"), .unknownBoard("csp")),
        (MapRequest(kind: .network, focus: "nobody"), .unknownAgency("nobody")),
        (MapRequest(kind: .silos, community: 99), .unknownCommunity(99)),
        (MapRequest(kind: .trust), .noSurvey),
    ])
    func describe_requestTheDataCannotMeet_throwsWhy(request: MapRequest, expected: MapRequestError) {
        #expect(throws: expected) { try describe(request) }
    }

    @Test func describe_focus_drawsTheEgoNetworkOnly() throws {
        // vcs: the council (funding in) and the forum (informal) within one tie.
        let drawing = try describe(MapRequest(kind: .network, focus: "vcs", depth: 1))
        let ego = EgoNetwork.around(network.index(of: AgencyID("vcs"))!, depth: 1, in: network)
        let agencyNodes = drawing.description.nodes.filter { $0.id.hasPrefix("a") }
        #expect(agencyNodes.count == ego.agencyCount && ego.agencyCount == 3)
    }

    @Test(arguments: [MapRequest.Kind.network, .grid, .gaps, .silos, .key])
    func describe_kindsWithoutBoardsOrSurvey_needNeither(kind: MapRequest.Kind) throws {
        let drawing = try describe(MapRequest(kind: kind))
        #expect(drawing.description.problems().isEmpty)
    }

    @Test func describe_sizeByPowerAndBoxesBySector_sizesByTheRatingAndBoxesEachSector() throws {
        let drawing = try describe(MapRequest(kind: .network, sizeBy: .power, clusterBy: .sector))
        func width(_ id: String) -> String? {
            if case let .string(w)? = drawing.description.nodes.first(where: { $0.id == id })?.attributes["width"] { w } else { nil }
        }
        // council and police are both rated 5, the VCS 2: equal sizes, then smaller.
        #expect(width("a0") != nil && width("a0") == width("a1"))
        #expect(Double(width("a3")!)! < Double(width("a0")!)!)
        #expect(drawing.description.clusters.count == 4)  // public, private, voluntary, community
        #expect(drawing.engine == .dot)  // boxes need dot on a small map
    }
}

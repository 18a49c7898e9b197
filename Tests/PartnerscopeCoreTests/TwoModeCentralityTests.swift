import Foundation
import PartnerscopeCore
import Testing
import TestSupport

/// The fixture written by scripts/reference/boards_reference.py (networkx 3.6.1,
/// networkx.algorithms.bipartite).
struct BoardsReference: Decodable {
    struct TwoMode: Decodable {
        var top: [String]
        var bottom: [String]
        var edges: [[String]]
        var degree: [String: Double]
        var closeness: [String: Double]
        var betweenness: [String: Double]
        /// [u, v, weight] with u < v as strings; decoded loosely.
        var shared_boards: [[StringOrNumber]]
        var collaboration: [[StringOrNumber]]
    }
    enum StringOrNumber: Decodable {
        case string(String), number(Double)
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .string(try c.decode(String.self)) }
        }
        var string: String { if case let .string(s) = self { return s }; return "" }
        var number: Double { if case let .number(d) = self { return d }; return .nan }
    }
    var source: String
    var davis: TwoMode
    var split: TwoMode

    static func load() throws -> BoardsReference {
        try JSONDecoder().decode(BoardsReference.self, from: Data(contentsOf: Fixtures.url("boards_reference.json")))
    }
}

extension BoardsReference.TwoMode {
    /// The graph as a board set: top = agencies 0..<n, bottom = boards.
    var boardSet: BoardSet {
        let boards = bottom.map { Board(id: BoardID($0), name: $0, theme: "events") }
        let memberships = edges.map { Membership(board: bottom.firstIndex(of: $0[1])!, agency: top.firstIndex(of: $0[0])!) }
        return BoardSet(boards: boards, memberships: memberships)
    }

    var centrality: TwoModeCentrality {
        TwoModeCentrality(topCount: top.count, bottomCount: bottom.count,
                          edges: edges.map { (top.firstIndex(of: $0[0])!, bottom.firstIndex(of: $0[1])!) })
    }
}

private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

@Test func twoModeCentrality_davisSouthernWomen_matchesNetworkxBipartite() throws {
    let davis = try BoardsReference.load().davis
    let c = davis.centrality
    let names = davis.top + davis.bottom
    for (v, name) in names.enumerated() {
        #expect(close(c.degree[v], davis.degree[name]!), "degree \(name)")
        #expect(close(c.closeness[v], davis.closeness[name]!), "closeness \(name)")
        #expect(close(c.betweenness[v], davis.betweenness[name]!), "betweenness \(name)")
    }
    // Named values, networkx 3.6.1 bipartite.*_centrality(davis_southern_women_graph(), women):
    let evelyn = davis.top.firstIndex(of: "Evelyn Jefferson")!
    let e8 = davis.top.count + davis.bottom.firstIndex(of: "E8")!
    #expect(close(c.degree[evelyn], 0.5714285714285714))
    #expect(close(c.closeness[evelyn], 0.8))
    #expect(close(c.betweenness[evelyn], 0.09658472108029267))
    #expect(close(c.degree[e8], 0.7777777777777777))
    #expect(close(c.closeness[e8], 0.8461538461538461))
    #expect(close(c.betweenness[e8], 0.24381946234957552))
}

@Test func twoModeCentrality_disconnectedWithIsolatedBoard_matchesNetworkxScaling() throws {
    let split = try BoardsReference.load().split
    let c = split.centrality
    for (v, name) in (split.top + split.bottom).enumerated() {
        #expect(close(c.degree[v], split.degree[name]!), "degree \(name)")
        #expect(close(c.closeness[v], split.closeness[name]!), "closeness \(name)")
        #expect(close(c.betweenness[v], split.betweenness[name]!), "betweenness \(name)")
    }
}

@Test func twoModeCentrality_fromBoardSet_usesMemberAgenciesAsTopMode() throws {
    let davis = try BoardsReference.load().davis
    let c = TwoModeCentrality(davis.boardSet)
    #expect(c.topCount == 18 && c.bottomCount == 14)
    #expect(close(c.betweenness[davis.top.firstIndex(of: "Nora Fayette")!], davis.betweenness["Nora Fayette"]!))
}

@Test func twoModeCentrality_oneBoardThreeMembers_boardIsTheOnlyBroker() {
    // Worked by hand: every agency has degree 1/1; the board 3/3 and lies on the three
    // agency-agency paths, b = 3 = b_max(bottom) for n = 3, m = 1.
    let c = TwoModeCentrality(topCount: 3, bottomCount: 1, edges: [(0, 0), (1, 0), (2, 0)])
    #expect(c.degree == [1, 1, 1, 1])
    #expect(c.betweenness == [0, 0, 0, 1])
}

@Test func twoModeCentrality_emptyAndEdgeless_areAllZero() {
    let empty = TwoModeCentrality(topCount: 0, bottomCount: 0, edges: [])
    #expect(empty.degree.isEmpty && empty.closeness.isEmpty && empty.betweenness.isEmpty)
    let edgeless = TwoModeCentrality(topCount: 2, bottomCount: 1, edges: [])
    #expect(edgeless.degree == [0, 0, 0] && edgeless.closeness == [0, 0, 0] && edgeless.betweenness == [0, 0, 0])
    let onlyTop = TwoModeCentrality(topCount: 2, bottomCount: 0, edges: [])
    #expect(onlyTop.degree == [0, 0])
}

@Test func coMembership_davisProjections_matchNetworkxWeightedAndCollaboration() throws {
    let davis = try BoardsReference.load().davis
    let set = davis.boardSet
    func check(_ weighting: CoMembership.Weighting, _ expected: [[BoardsReference.StringOrNumber]]) {
        let ties = CoMembership.ties(set, weighting: weighting)
        var got: [String: Double] = [:]
        for t in ties {
            let (u, v) = (davis.top[t.a], davis.top[t.b])
            got[min(u, v) + "|" + max(u, v)] = t.weight
        }
        #expect(got.count == expected.count, "\(weighting) tie count")
        for e in expected {
            let key = e[0].string + "|" + e[1].string
            #expect(got[key].map { close($0, e[2].number) } == true, "\(weighting) \(key)")
        }
    }
    check(.sharedBoards, davis.shared_boards)
    check(.collaboration, davis.collaboration)
    // Named: Evelyn Jefferson and Laura Mandeville attend 6 events together; Newman weight
    // 1.5626373626373626 (networkx 3.6.1 collaboration_weighted_projected_graph).
    let evelyn = davis.top.firstIndex(of: "Evelyn Jefferson")!, laura = davis.top.firstIndex(of: "Laura Mandeville")!
    let tie = CoMembership.ties(set, weighting: .collaboration).first { $0.a == min(evelyn, laura) && $0.b == max(evelyn, laura) }
    #expect(tie?.boards.count == 6)
    #expect(tie.map { close($0.weight, 1.5626373626373626) } == true)
}

@Test func coMembership_relationships_nameTheSharedBoards() {
    // Worked by hand: X = {0, 1, 2}, Y = {0, 1}: w(0,1) = 2 shared, 1/2 + 1/1 = 1.5 collaboration.
    let set = BoardSet(boards: [Board(id: "X", name: "X", theme: "t"), Board(id: "Y", name: "Y", theme: "t")],
                       memberships: [Membership(board: 0, agency: 0), Membership(board: 0, agency: 1),
                                     Membership(board: 0, agency: 2), Membership(board: 1, agency: 0),
                                     Membership(board: 1, agency: 1)])
    let shared = CoMembership.relationships(set)
    #expect(shared.map(\.weight) == [2, 1, 1])
    #expect(shared[0].attributes["boards"] == "X|Y")
    #expect(CoMembership.ties(set, weighting: .collaboration).map(\.weight) == [1.5, 0.5, 0.5])
}

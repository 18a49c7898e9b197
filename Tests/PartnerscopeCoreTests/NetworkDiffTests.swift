import PartnerscopeCore
import TestSupport
import Testing

/// Every expected value below is read off the two hand-drawn snapshots in ``TwoRegions``.
@Test func diff_handMadePair_agenciesTiesBoundariesAndFlows() {
    let diff = NetworkDiff(TwoRegions.network, TwoRegions.after)
    #expect(diff.added.map(\.id) == ["f1"])
    #expect(diff.removed.map(\.id) == ["c2"])
    #expect(diff.agencies.map(\.id.rawValue) == ["c1", "c2", "c3", "f1", "h1", "h2", "h3", "n1", "p1"])
    // Undirected ties are matched with their ends in id order, so h2–c1 in the file is c1–h2.
    #expect(diff.tiesAdded.map { "\($0.source)-\($0.target)" } == ["c1-h2", "f1-p1"])
    #expect(diff.tiesRemoved.map { "\($0.source)-\($0.target)" } == ["c1-c2", "c2-h1"])
    let redrawn = diff.boundaryChanges
    #expect(redrawn.map(\.id) == ["c1", "h1", "h2"])
    #expect(redrawn.map(\.areasGained) == [1, 0, 1])
    #expect(redrawn.map(\.areasLost) == [0, 1, 0])
    #expect(redrawn.map(\.population.a) == [300, 600, 900])
    #expect(redrawn.map(\.population.b) == [600, 300, 1200])
    // L3 (300 people): ICB h1 → h2, council c2 → c1; fire exists only after, so no fire flow.
    #expect(diff.flows == [
        NetworkDiff.Flow(type: "icb", from: "h1", to: "h2", population: 300, areas: 1),
        NetworkDiff.Flow(type: "unitary-council", from: "c2", to: "c1", population: 300, areas: 1),
    ])
    #expect(diff.sharedLeaves == 5 && diff.leavesOnlyInA == 0 && diff.leavesOnlyInB == 0)
}

@Test func diff_handMadePair_measuresInBothSnapshots() {
    let diff = NetworkDiff(TwoRegions.network, TwoRegions.after)
    func change(_ id: AgencyID) -> NetworkDiff.AgencyChange { diff.agencies.first { $0.id == id }! }
    #expect(change("c1").degree.a == 4 && change("c1").degree.b == 4)   // h1, p1, c2, h3 → h1, h2, p1, h3
    #expect(change("h2").degree.a == 1 && change("h2").degree.b == 2)
    #expect(change("c2").degree.b == nil && change("c2").population.b == nil)
    #expect(change("f1").degree.a == nil && change("f1").population.b == 1500)
    // h3 hangs off c1 alone in both snapshots: betweenness 0 both times.
    #expect(change("h3").betweenness.a == 0 && change("h3").betweenness.b == 0)
    let sumA = diff.agencies.compactMap(\.influence.a).reduce(0, +), sumB = diff.agencies.compactMap(\.influence.b).reduce(0, +)
    #expect(abs(sumA - 1) < 1e-9 && abs(sumB - 1) < 1e-9)
}

@Test func diff_identicalSnapshots_changeNothing() {
    let diff = NetworkDiff(TwoRegions.network, TwoRegions.network)
    #expect(diff.added.isEmpty && diff.removed.isEmpty && diff.tiesAdded.isEmpty && diff.tiesRemoved.isEmpty)
    #expect(diff.boundaryChanges.isEmpty && diff.flows.isEmpty)
}

@Test func diff_emptySnapshots_areEmpty() {
    let empty = Network(name: "e", agencies: [], relationships: [])
    let diff = NetworkDiff(empty, empty)
    #expect(diff.agencies.isEmpty && diff.flows.isEmpty && diff.sharedLeaves == 0)
    let grown = NetworkDiff(empty, TwoRegions.network)
    #expect(grown.added.count == 8 && grown.tiesAdded.count == 8 && grown.flows.isEmpty)
}

@Test func diff_weightOnlyChange_isAReweightedTie_notAddedAndRemoved() {
    // TwoRegions' ties in id order: c1–h1 is the first. Make it 2.5 strong, and repeat c1–p1 (weights
    // 1 + 1 summed under one key = 2): two reweighted ties, nothing added or removed.
    let before = TwoRegions.network
    var relationships = before.relationships
    let c1h1 = relationships.firstIndex { Set([before.agencies[$0.source].id, before.agencies[$0.target].id]) == ["c1", "h1"] }!
    relationships[c1h1].weight = 2.5
    let c1p1 = relationships.first { Set([before.agencies[$0.source].id, before.agencies[$0.target].id]) == ["c1", "p1"] }!
    relationships.append(c1p1)
    let after = Network(name: "reweighted", agencies: before.agencies, areas: before.areas,
                        boundaries: before.boundaries, relationships: relationships)
    let diff = NetworkDiff(before, after)
    #expect(diff.tiesAdded.isEmpty && diff.tiesRemoved.isEmpty)
    #expect(diff.tiesReweighted.map { "\($0.tie.source)-\($0.tie.target) \($0.weight.a)→\($0.weight.b)" }
            == ["c1-h1 1.0→2.5", "c1-p1 1.0→2.0"])
    #expect(NetworkDiff(before, before).tiesReweighted.isEmpty)
}

// Successions, by hand. Areas X1 (100 people) and X2 (300). Before: council covers both; pct1
// covers X1, pct2 X2; ties council–pct1, council–pct2 (partnership), pct1→trust (commissioning).
// After: council; icb covers X1 and X2, successor of ccg, itself the successor of pct1 and pct2 (the
// ccg is in neither snapshot, only in the lineage); ties council–icb, icb→trust, icb–police.
// Expected: one succession pct1, pct2 → icb; 400 people before, after and moved (pct2→icb 300,
// pct1→icb 100); the council's two ties and pct1's commissioning carried over; icb–police begun;
// no agency added or removed but the police (added), no tie added or removed.
private enum Reform {
    static let areas = [Area(code: "X1", name: "X1", population: 100), Area(code: "X2", name: "X2", population: 300)]
    static func before() -> Network {
        let agencies = [Agency(id: "council", name: "Council", sector: .public, type: "metropolitan-district"),
                        Agency(id: "pct1", name: "PCT One", sector: .public, type: "pct"),
                        Agency(id: "pct2", name: "PCT Two", sector: .public, type: "pct"),
                        Agency(id: "trust", name: "Trust", sector: .public, type: "nhs-trust")]
        return Network(name: "before", agencies: agencies, areas: areas,
                       boundaries: [Boundary(agency: 0, area: 0), Boundary(agency: 0, area: 1),
                                    Boundary(agency: 1, area: 0), Boundary(agency: 2, area: 1)],
                       relationships: [Relationship(source: 0, target: 1, type: .partnership),
                                       Relationship(source: 0, target: 2, type: .partnership),
                                       Relationship(source: 1, target: 3, type: .commissioning, directed: true)])
    }
    static func after() -> Network {
        let agencies = [Agency(id: "council", name: "Council", sector: .public, type: "metropolitan-district"),
                        Agency(id: "icb", name: "ICB", sector: .public, type: "icb", successorOf: ["ccg"]),
                        Agency(id: "police", name: "Police", sector: .public, type: "police"),
                        Agency(id: "trust", name: "Trust", sector: .public, type: "nhs-trust")]
        return Network(name: "after", agencies: agencies, areas: areas,
                       boundaries: [Boundary(agency: 0, area: 0), Boundary(agency: 0, area: 1),
                                    Boundary(agency: 1, area: 0), Boundary(agency: 1, area: 1)],
                       relationships: [Relationship(source: 0, target: 1, type: .partnership),
                                       Relationship(source: 1, target: 3, type: .commissioning, directed: true),
                                       Relationship(source: 1, target: 2, type: .partnership)])
    }
    /// The whole dated folder's lineage: the CCG took over from both PCTs, the ICB from the CCG.
    static let ccg = Network(name: "ccg", agencies: [Agency(id: "ccg", name: "CCG", sector: .public, type: "ccg", successorOf: ["pct1", "pct2"])], relationships: [])
}

@Test func diff_succession_reportsTheTakeOverWithItsPeopleAndTies() {
    let diff = NetworkDiff(Reform.before(), Reform.after(), lineage: Lineage([Reform.before(), Reform.ccg, Reform.after()]))
    #expect(diff.successions.count == 1)
    let s = diff.successions[0]
    #expect(s.predecessors == ["pct1", "pct2"] && s.successors == ["icb"])
    #expect(s.populationBefore == 400 && s.populationAfter == 400 && s.populationMoved == 400)
    #expect(s.moves == [NetworkDiff.Move(from: "pct2", to: "icb", population: 300, areas: 1),
                        NetworkDiff.Move(from: "pct1", to: "icb", population: 100, areas: 1)])
    #expect(s.tiesCarried.map { "\($0.before.source)-\($0.before.target)>\($0.after.source)-\($0.after.target)" }
            == ["council-pct1>council-icb", "council-pct2>council-icb", "pct1-trust>icb-trust"])
    #expect(s.tiesEnded.isEmpty)
    #expect(s.tiesBegun.map { "\($0.source)-\($0.target)" } == ["icb-police"])
    // Not removals and additions.
    #expect(diff.added.map(\.id) == ["police"] && diff.removed.isEmpty)
    #expect(diff.agencies.filter { $0.status == .succeeded }.map(\.id) == ["pct1", "pct2"])
    #expect(diff.agencies.filter { $0.status == .successor }.map(\.id) == ["icb"])
    #expect(diff.tiesAdded.isEmpty && diff.tiesRemoved.isEmpty)
}

@Test func diff_withoutTheLink_readsRemovalsAndAdditions() {
    // The ICB names the CCG, which neither snapshot holds: without the folder's lineage the chain
    // to the PCTs is broken, and the PCTs read as removed, the ICB as added.
    let diff = NetworkDiff(Reform.before(), Reform.after())
    #expect(diff.successions.isEmpty)
    #expect(diff.removed.map(\.id) == ["pct1", "pct2"] && diff.added.map(\.id) == ["icb", "police"])
    #expect(diff.tiesRemoved.count == 3 && diff.tiesAdded.count == 3)
}

@Test func lineage_followsSuccessionThroughBodiesOfNeitherSnapshot() {
    let lineage = Lineage([Reform.before(), Reform.ccg, Reform.after()])
    #expect(lineage.ancestors(of: "icb") == ["ccg", "pct1", "pct2"])
    #expect(lineage.ancestors(of: "council").isEmpty)
}

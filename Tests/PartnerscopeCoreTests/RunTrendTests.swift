import PartnerscopeCore
import Testing

// Values below are worked by hand from the definitions in RunTrend's documentation.

private func obs(_ key: String, _ kind: String, _ value: Double?, weight: Double? = nil, successors: [String] = []) -> RunTrend.Observation {
    RunTrend.Observation(key: key, name: key.uppercased(), kind: kind, successorOf: successors, value: value, weight: weight)
}

@Test func trend_groupMissingFromARun_isMatchedThroughSuccessorOf_weightedByFootprintPopulation() {
    let runs = [
        RunTrend.Run(label: "2021", network: "england-2021", split: "type=ccg", groups: [
            obs("ccg-a", "ccg", 0.5, weight: 100), obs("ccg-b", "ccg", 1.0, weight: 300), obs("ccg-c", "ccg", 0.2, weight: 50),
        ]),
        RunTrend.Run(label: "2024", network: "england", split: "type=icb", groups: [
            obs("icb-x", "icb", 0.9, successors: ["ccg-a", "ccg-b"]), obs("icb-y", "icb", 0.4),
        ]),
    ]
    let trend = RunTrend(metric: "share_coterminous", by: "icb", runs: runs)
    #expect(trend.runs.map(\.label) == ["2021", "2024"])
    let x = trend.series.first { $0.key == "icb-x" }!
    // (0.5·100 + 1.0·300) / 400 = 0.875
    #expect(x.points[0] == RunTrend.Point(value: 0.875, via: ["ccg-a", "ccg-b"]))
    #expect(x.status == .continuing)
    #expect(abs(x.change! - 0.025) < 1e-12)
    let y = trend.series.first { $0.key == "icb-y" }!
    #expect(y.status == .appeared && y.change == nil && y.points[0] == nil)
    // ccg-c has no successor: a series of its own that disappeared; ccg-a and ccg-b are succeeded.
    let c = trend.series.first { $0.key == "ccg-c" }!
    #expect(c.status == .disappeared && c.kind == "ccg")
    #expect(!trend.series.contains { $0.key == "ccg-a" || $0.key == "ccg-b" })
    #expect(trend.series.map(\.key) == ["icb-x", "icb-y", "ccg-c"], "movers first, then by status and key")
}

@Test func trend_predecessorsWithoutWeights_areAveragedUnweighted() {
    let runs = [
        RunTrend.Run(label: "1", network: "n", split: "s", groups: [obs("a", "ccg", 0.2), obs("b", "ccg", 0.6, weight: 5)]),
        RunTrend.Run(label: "2", network: "n", split: "s", groups: [obs("x", "icb", 0.3, successors: ["a", "b"])]),
    ]
    let x = RunTrend(metric: "m", by: "icb", runs: runs).series[0]
    #expect(abs(x.points[0]!.value! - 0.4) < 1e-12)
}

@Test func trend_sortsLargestMoversFirst_andOrdersRunsByLabel() {
    let runs = [
        RunTrend.Run(label: "2024", network: "n", split: "s", groups: [obs("a", "icb", 0.5), obs("b", "icb", 0.1), obs("c", "icb", 0.7)]),
        RunTrend.Run(label: "2019", network: "n", split: "s", groups: [obs("a", "icb", 0.4), obs("b", "icb", 0.9), obs("c", "icb", 0.7)]),
    ]
    let trend = RunTrend(metric: "m", by: "icb", runs: runs)
    #expect(trend.runs.map(\.label) == ["2019", "2024"])
    #expect(trend.series.map(\.key) == ["b", "a", "c"])
    #expect(abs(trend.series[0].change! + 0.8) < 1e-12)
    #expect(trend.series[2].change == 0)
}

@Test func trend_runWithNoGroupOfTheKindOrItsPredecessors_isLeftOut() {
    let runs = [
        RunTrend.Run(label: "1", network: "n", split: "parent", groups: [obs("R1", "parent", 3)]),
        RunTrend.Run(label: "2", network: "n", split: "type=icb", groups: [obs("a", "icb", 1)]),
        RunTrend.Run(label: "3", network: "n", split: "type=icb", groups: [obs("a", "icb", 2), obs("z", "icb", nil)]),
    ]
    let trend = RunTrend(metric: "m", by: "icb", runs: runs)
    #expect(trend.runs.map(\.label) == ["2", "3"])
    #expect(trend.series.map(\.key) == ["a", "z"])
    #expect(trend.series[1].status == .appeared)
    #expect(trend.series[1].points[1] == RunTrend.Point(value: nil, via: []))
}

@Test func trend_groupInAMiddleRunOnly_isTransient() {
    let runs = [
        RunTrend.Run(label: "1", network: "n", split: "s", groups: [obs("a", "icb", 1)]),
        RunTrend.Run(label: "2", network: "n", split: "s", groups: [obs("a", "icb", 1), obs("t", "icb", 5)]),
        RunTrend.Run(label: "3", network: "n", split: "s", groups: [obs("a", "icb", 1)]),
    ]
    let t = RunTrend(metric: "m", by: "icb", runs: runs).series.first { $0.key == "t" }!
    #expect(t.status == .transient)
}

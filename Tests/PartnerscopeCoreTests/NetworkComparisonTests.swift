import Foundation
import PartnerscopeCore
import TestSupport
import Testing

/// Quartiles, Tukey fences (none where IQR = 0) and min-ranks from numpy 2.4.6 / pandas 3.1.2
/// (scripts/reference/comparison_reference.py → Fixtures/comparison_reference.json).
@Test func comparisonTable_fencesAndRanks_matchNumpyAndPandas() throws {
    let data = try Data(contentsOf: Fixtures.url("comparison_reference.json"))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let fences = try #require(root["fences"] as? [String: [String: Any]])
    #expect(fences.count == 5)
    for (name, entry) in fences.sorted(by: { $0.key < $1.key }) {
        let values = (entry["values"] as! [Any]).map { $0 as? Double }
        let column = ComparisonTable.Column(name: name, values: values)
        let ranks = (entry["ranks"] as! [Any]).map { $0 as? Int }
        #expect(column.ranks == ranks, "\(name)")
        let outliers = (entry["outliers"] as! [Any]).map { ($0 as? String).flatMap(ComparisonTable.Outlier.init(rawValue:)) }
        #expect(column.outliers == outliers, "\(name)")
        if let q1 = entry["q1"] as? Double, let q3 = entry["q3"] as? Double {
            let q = try #require(column.quartiles)
            #expect(abs(q.q1 - q1) < 1e-12 && abs(q.q3 - q3) < 1e-12, "\(name)")
        } else {
            #expect(column.quartiles == nil, "\(name)")
        }
    }
}

@Test func comparisonRow_handMadeNetwork_countsAndCouncilEffectiveNumbers() {
    let network = TwoRegions.network
    let row = ComparisonRow(key: "all", label: "All", network: network, requirements: Requirements([]))
    #expect(row.agencies == 8 && row.ties == 8)
    #expect(row.byType.map(\.0) == ["environment", "icb", "police", "unitary-council"])
    #expect(row.byType.map(\.1) == [1, 3, 1, 3])
    #expect(abs(row.density - 8.0 / 28.0) < 1e-12)
    #expect(row.eiSector == -1)  // one sector: every tie is internal
    // Ties between different types: all but c1–c2 → E = 7, I = 1.
    #expect(abs(row.eiType! - 6.0 / 8.0) < 1e-12)
    // Councils against police: only c1 (L2 of L1+L2: s = 200/300, N_eff 1), c2 (all of L3, 1), c3
    // (L4 of L4+L5, 1) overlap p1, so N_eff = 1 for each; against icb: each council lies in one ICB.
    let neff = Dictionary(uniqueKeysWithValues: row.councilNEff)
    #expect(neff["police"] == 1 && neff["icb"] == 1 && neff["environment"] == 1)
    #expect(row.populationCovered == 1500)
    // Partner pairs, as in `gaps`: every overlapping pair of different types. c1: h1, n1, p1;
    // c2: h1, n1, p1; c3: h2, n1, p1; h1: n1, p1; h2: n1, p1; n1–p1 → 14, of which only c3–h2
    // (L4 + L5 both) is coterminous.
    #expect(row.partnerPairs == 14)
    #expect(row.shareCoterminous == 1.0 / 14.0)
    // Partial pairs: c1–p1 (L2), c3–p1 (L4), h1–p1 (L2, L3), h2–p1 (L4): people in L2 + L3 + L4.
    #expect(row.populationInGaps == 900)
    #expect(row.absentPartners == 0 && row.unlinkedPartners == 0)
}

@Test func comparisonRow_emptyNetwork_isFiniteWithNilIndices() {
    let row = ComparisonRow(key: "e", label: "E", network: Network(name: "e", agencies: [], relationships: []),
                            requirements: Requirements([]))
    #expect(row.agencies == 0 && row.ties == 0 && row.density == 0)
    #expect(row.eiSector == nil && row.eiType == nil && row.shareCoterminous == nil && row.populationInGaps == nil)
    #expect(row.brokers.isEmpty)
    for v in row.measures { #expect(v.map(\.isFinite) ?? true) }
}

@Test func comparisonTable_sortsRowsByKey_andFillsMissingTypesWithZero() {
    let a = ComparisonRow(key: "b", label: "B", network: TwoRegions.network, requirements: Requirements([]))
    let b = ComparisonRow(key: "a", label: "A", network: TwoRegions.network.subnetwork(type: "icb"), requirements: Requirements([]))
    let table = ComparisonTable(rows: [a, b])
    #expect(table.rows.map(\.key) == ["a", "b"])
    #expect(table.column("type_police")?.values == [0, 1])
    #expect(table.column("neff_police")?.values == [nil, 1])
}

@Test func parallelWork_resultsInJobOrder_progressCountsEveryJob() {
    final class Log: @unchecked Sendable { var done: [Int] = [] }
    let log = Log()
    let squares = ParallelWork.map(count: 50, workers: 4, progress: { done, _ in log.done.append(done) }) { $0 * $0 }
    #expect(squares == (0..<50).map { $0 * $0 })
    #expect(log.done == Array(1...50))
    #expect(ParallelWork.map(count: 0, workers: 3) { $0 }.isEmpty)
    #expect(ParallelWork.map(count: 3, workers: 0) { $0 + 1 } == [1, 2, 3])
}

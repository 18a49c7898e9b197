import Foundation
import PartnerscopeCore
import PartnerscopeIO
import TestSupport
import Testing

/// Compares ``CoterminosityAnalysis`` with an independent pandas implementation
/// (scripts/reference/coterminosity_reference.py; pandas 3.1.1, numpy 2.4.6) on a seeded random
/// network with shares below 1, boundaries on parent areas overridden by leaf rows, zero-population
/// areas, and the same network without populations, at two tolerances.
private func expectedResults() throws -> [String: Any] {
    let data = try Data(contentsOf: Fixtures.url("coterminosity-random-expected.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

private func close(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-9 * max(1, abs(y)) }

@Test(arguments: ["coterminosity-random", "coterminosity-random-nopop"])
func coterminosity_randomNetwork_matchesPandasReference(folder: String) throws {
    let all = try expectedResults()
    let runs = try #require(all[folder] as? [[String: Any]])
    let network = try NetworkLoader().load(directory: Fixtures.url(folder).path).network
    #expect(runs.count == 2)
    for run in runs {
        let tolerance = try #require(run["tolerance"] as? Double)
        let analysis = CoterminosityAnalysis(network: network, tolerance: tolerance)
        #expect(analysis.populationWeighted == (run["population_weighted"] as? Bool))
        let id = { (i: Int) in network.agencies[i].id.rawValue }

        let pops = try #require(run["agency_population"] as? [String: Double])
        for (i, agency) in network.agencies.enumerated() {
            #expect(close(analysis.agencyPopulation[i], pops[agency.id.rawValue] ?? 0), "pop \(agency.id)")
        }

        let pairs = try #require(run["pairs"] as? [[String: Any]])
        #expect(analysis.pairs.count == pairs.count)
        for (p, e) in zip(analysis.pairs, pairs) {
            #expect(id(p.a) == e["a"] as? String && id(p.b) == e["b"] as? String)
            #expect(p.relation.rawValue == e["relation"] as? String, "\(id(p.a))–\(id(p.b)) at ε=\(tolerance)")
            #expect(close(p.populationShared, e["shared"] as! Double) && close(p.aInB, e["a_in_b"] as! Double)
                    && close(p.bInA, e["b_in_a"] as! Double) && close(p.jaccard, e["jaccard"] as! Double),
                    "\(id(p.a))–\(id(p.b))")
            #expect(p.partners == e["partners"] as? Bool)
        }

        let neff = try #require(run["neff"] as? [[String: Any]])
        var seen = 0
        for e in neff {
            let agency = try #require(network.index(of: AgencyID(e["agency"] as! String)))
            let set = try #require(analysis.counterparts(of: agency).first { $0.type == e["type"] as? String })
            #expect(close(set.effectiveNumber, e["neff"] as! Double) && close(set.coverage, e["coverage"] as! Double))
            seen += 1
        }
        #expect(seen == analysis.counterpartGroupCount)

        let means = try #require(run["mean_neff"] as? [[String: Any]])
        #expect(means.count == analysis.summary.meanNEffByTypePair.count)
        for e in means {
            let m = try #require(analysis.summary.meanNEffByTypePair.first {
                $0.type == e["type"] as? String && $0.counterpartType == e["counterpart_type"] as? String
            })
            #expect(m.agencies == e["agencies"] as? Int && close(m.meanEffectiveNumber, e["mean"] as! Double))
        }

        var expectedCounts = [String: Int]()
        for e in try #require(run["area_counts"] as? [[String: Any]]) {
            expectedCounts["\(e["area"] as! String)|\(e["type"] as! String)"] = e["count"] as? Int
        }
        for (x, area) in network.areas.enumerated() {
            for (k, n) in analysis.areaAgencyCounts(x).enumerated() {
                #expect(n == expectedCounts["\(area.code.rawValue)|\(analysis.types[k])", default: 0], "\(area.code)")
            }
        }

        let summary = try #require(run["summary"] as? [String: Double])
        let s = analysis.summary
        #expect(Double(s.partnerPairs) == summary["partner_pairs"])
        #expect(close(s.shareCoterminous, summary["share_coterminous"]!) && close(s.shareNested, summary["share_nested"]!)
                && close(s.sharePartial, summary["share_partial"]!))
        #expect(close(s.populationInGaps, summary["population_in_gaps"]!))
    }
}

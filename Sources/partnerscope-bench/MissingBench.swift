import PartnerscopeCore
import PartnerscopeIO

/// `partnerscope-bench missing DIR [--catalogue DIR]`: link-prediction scoring of every untied pair
/// with a common partner (the structural findings' inner loop), and the whole missing-partners
/// analysis with the built-in requirements and the default limit of 25 neighbour and structural rows. scripts/bench/missing.sh runs networkx's
/// adamic_adar_index and resource_allocation_index on the same pairs in the same run.
enum MissingBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        guard let dir = a.positionals.first else { throw BenchError.usage("missing DIR [--catalogue DIR]") }
        let network = try NetworkLoader().load(directory: dir).network
        let graph = Graph(network: network)
        // Untied pairs with a common neighbour, enumerated outside the timing (as in the peer).
        var pairs: [(Int, Int)] = []
        var mark = [Int](repeating: -1, count: graph.vertexCount)
        for u in 0..<graph.vertexCount {
            for w in graph.neighbors(of: u) {
                for v in graph.neighbors(of: Int(w)) where Int(v) > u && mark[Int(v)] != u {
                    mark[Int(v)] = u
                    if !graph.hasEdge(from: u, to: Int(v)) { pairs.append((u, Int(v))) }
                }
            }
        }
        let (checksum, seconds) = Measure.seconds { () -> Double in
            let lp = LinkPrediction(graph)
            var sum = 0.0
            for (u, v) in pairs {
                let s = lp.counts(u, v)
                sum += s.adamicAdar + s.resourceAllocation
            }
            return sum
        }
        Measure.report("link_prediction_pairs", Double(pairs.count), "pairs")
        Measure.report("link_prediction_seconds", seconds, "s")
        Measure.report("link_prediction_checksum", checksum, "")
        let catalogue = try a.options["catalogue"].map { try NetworkLoader().load(directory: $0).network }
        let requirements = RequirementsLoader().builtIn().requirements
        let (overlaps, overlapSeconds) = Measure.seconds {
            CoterminosityAnalysis(network: network, expected: requirements.expectsTypes).pairs
        }
        let (analysis, analysisSeconds) = Measure.seconds {
            MissingPartnersAnalysis(network: network, requirements: requirements, overlaps: overlaps, catalogue: catalogue)
        }
        Measure.report("overlap_pairs", Double(overlaps.count), "pairs")
        Measure.report("coterminosity_seconds", overlapSeconds, "s")
        Measure.report("missing_analysis_seconds_after_overlaps", analysisSeconds, "s")
        Measure.report("missing_analysis_seconds", overlapSeconds + analysisSeconds, "s")
        Measure.report("missing_findings", Double(analysis.findings.count), "findings")
        Measure.report("peak_memory_mib", Measure.peakMemoryMiB(), "MiB")
    }
}

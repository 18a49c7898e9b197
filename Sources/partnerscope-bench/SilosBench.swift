import Foundation
import PartnerscopeCore
import PartnerscopeIO

/// `partnerscope-bench silos [--agencies N] [--relationships M] [--seed S] [--restarts R] [--edges FILE]
///                           [--network DIR] [--per-restart R]`
///
/// Builds the seeded synthetic network (``SyntheticNetwork``), takes its undirected unweighted view,
/// and times ``Leiden/communities(_:resolution:seed:restarts:)`` with one run and with `--restarts`
/// runs (default ``Leiden/defaultRestarts``), then the other silo measures. With `--edges FILE` the
/// undirected edge list (`u v` per line, 0-based, each tie once) is written first, so that
/// `scripts/bench/silos_bench.sh` can run leidenalg on exactly the same graph in the same run.
/// `--network DIR` takes a network folder (at its default day) instead of the synthetic network;
/// `--per-restart R` prints only the modularity of each of R restarts and the best of the first k.
enum SilosBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        let network: Network
        if let folder = a.options["network"] {
            // A network folder as `silos` sees it: at its default day.
            network = try NetworkLoader().load(directory: folder).asAt(nil).network
        } else {
            network = SyntheticNetwork(agencyCount: a.int("agencies", 100_000),
                                       relationshipCount: a.int("relationships", 1_000_000),
                                       areaCount: a.int("areas", 1_000), seed: UInt64(a.int("seed", 42))).make()
        }
        let graph = Graph(network: network)
        print("agencies: \(graph.vertexCount) ties: \(graph.edgeCount)")
        if let count = a.options["per-restart"].flatMap(Int.init) {
            perRestart(graph, restarts: count)
            return
        }
        if let path = a.options["edges"] {
            var text = ""
            text.reserveCapacity(graph.edgeCount * 14)
            for u in 0..<graph.vertexCount {
                for v in graph.neighbors(of: u) where Int(v) > u { text += "\(u) \(v)\n" }
            }
            try AtomicWriter.write(text, to: path)
        }
        let cpuStart = cpuSeconds()
        let (single, singleSeconds) = Measure.seconds { Leiden.communities(graph, seed: 1, restarts: 1) }
        Measure.report("leiden_1run_seconds", singleSeconds, "s")
        Measure.report("leiden_1run_cpu_seconds", cpuSeconds() - cpuStart, "s")
        print("leiden_1run_modularity: \(NumberFormat.fixed(single.modularity, 6)) communities: \(single.count)")
        let restarts = a.int("restarts", Leiden.defaultRestarts)
        if restarts > 1 {
            let cpuStart = cpuSeconds()
            let (best, bestSeconds) = Measure.seconds { Leiden.communities(graph, seed: 1, restarts: restarts) }
            Measure.report("leiden_\(restarts)runs_seconds", bestSeconds, "s")
            Measure.report("leiden_\(restarts)runs_cpu_seconds", cpuSeconds() - cpuStart, "s")
            print("leiden_\(restarts)runs_modularity: \(NumberFormat.fixed(best.modularity, 6)) communities: \(best.count)")
        }
        let (_, fragilitySeconds) = Measure.seconds { Fragility.analyse(graph) }
        Measure.report("fragility_seconds", fragilitySeconds, "s")
        let arcs = Graph(network: network, directed: true)
        let sectors = network.agencies.map { Sector.allCases.firstIndex(of: $0.sector)! }
        let (_, brokerageSeconds) = Measure.seconds { Brokerage.roles(arcs, groups: sectors) }
        Measure.report("brokerage_seconds", brokerageSeconds, "s")
        let (_, eiSeconds) = Measure.seconds { EIIndex.byGroup(graph, groups: sectors, groupCount: Sector.allCases.count) }
        Measure.report("ei_index_seconds", eiSeconds, "s")
        Measure.report("peak_memory_mib", Measure.peakMemoryMiB(), "MiB")
    }

    /// The evidence for ``Leiden/defaultRestarts``: the modularity of each of `restarts` restarts
    /// (seed 1, restart r seeded as in ``Leiden/communities(_:resolution:seed:restarts:)``), and for
    /// each k the best of the first k, which is what `--restarts k` keeps.
    static func perRestart(_ graph: Graph, restarts: Int) {
        let cpuStart = cpuSeconds()
        let (q, seconds) = Measure.seconds { Leiden.modularityPerRestart(graph, seed: 1, restarts: restarts) }
        Measure.report("leiden_\(restarts)runs_seconds", seconds, "s")
        Measure.report("leiden_\(restarts)runs_cpu_seconds", cpuSeconds() - cpuStart, "s")
        var best = -Double.infinity
        for (r, x) in q.enumerated() {
            best = max(best, x)
            print("restart \(r + 1): modularity \(NumberFormat.fixed(x, 6)) best_of_first_\(r + 1): \(NumberFormat.fixed(best, 6))")
        }
        let sorted = q.sorted()
        print("spread: min \(NumberFormat.fixed(sorted.first ?? 0, 6)) median \(NumberFormat.fixed(sorted[sorted.count / 2], 6)) max \(NumberFormat.fixed(sorted.last ?? 0, 6))")
    }

    /// CPU time of this process: wall time is unreliable on a shared machine, and every measured
    /// computation here is single-threaded, like the peers.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

import Foundation
import PartnerscopeCore
import PartnerscopeIO

/// `partnerscope-bench centrality`: every centrality measure on a seeded synthetic network, timed
/// next to python-igraph on the same edge list in the same run (scripts/bench/centrality_igraph.py),
/// and sampled betweenness next to networkit's ApproxBetweenness and EstimateBetweenness.
///
/// The synthetic network (``SyntheticNetwork``) is generated in a child process that writes the
/// merged undirected ties as an edge list, so that this process's peak memory reflects only the
/// graph and the measures, as the Python peer's does. Exact path-based measures (betweenness,
/// closeness, harmonic) are skipped above `--exact-limit` agencies (default 20,000): on 100,000
/// agencies / 1,000,000 ties they take tens of minutes in either tool.
enum CentralityBench {
    static let usage = "centrality [--agencies N] [--relationships M] [--seed S] [--sample K (0: skip)] [--exact-limit N] [--repeat R] [--peer 0|1]"

    /// `centrality-edges FILE --agencies N --relationships M --seed S`: writes the edge list.
    static func writeEdges(_ args: [String]) throws {
        let a = BenchArguments(args)
        guard let file = a.positionals.first else { throw BenchError.usage("centrality-edges FILE") }
        let network = SyntheticNetwork(agencyCount: a.int("agencies", 10_000), relationshipCount: a.int("relationships", 100_000),
                                       areaCount: 100, seed: UInt64(a.int("seed", 42))).make()
        let g = Graph(network: network)
        var text = "\(g.vertexCount) \(g.edgeCount)\n"
        text.reserveCapacity(g.edgeCount * 14)
        for u in 0..<g.vertexCount {
            for v in g.neighbors(of: u) where Int(v) > u { text += "\(u) \(v)\n" }
        }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
    }

    static func readEdges(_ file: String) throws -> Graph {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        var numbers: [Int] = []
        numbers.reserveCapacity(data.count / 5)
        var current = 0, inNumber = false
        for byte in data {
            if byte >= 48 && byte <= 57 {
                current = current * 10 + Int(byte - 48)
                inNumber = true
            } else if inNumber {
                numbers.append(current)
                current = 0
                inNumber = false
            }
        }
        if inNumber { numbers.append(current) }
        let n = numbers[0], m = numbers[1]
        var edges: [(Int, Int, Double)] = []
        edges.reserveCapacity(m)
        for k in 0..<m { edges.append((numbers[2 + 2 * k], numbers[3 + 2 * k], 1)) }
        return Graph(vertexCount: n, edges: edges, directed: false, weighted: false)
    }

    /// Current resident memory in MiB (Linux /proc/self/statm).
    static func residentMiB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        let agencies = a.int("agencies", 10_000), relationships = a.int("relationships", 100_000)
        let seed = a.int("seed", 42), k = a.int("sample", 1000), exactLimit = a.int("exact-limit", 20_000)
        let root = BenchPaths.repository
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("partnerscope-centrality-\(agencies)-\(relationships)-\(seed).edges").path
        if !FileManager.default.fileExists(atPath: file) {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            child.arguments = ["centrality-edges", file, "--agencies", "\(agencies)", "--relationships", "\(relationships)", "--seed", "\(seed)"]
            try child.run()
            child.waitUntilExit()
            guard child.terminationStatus == 0 else { throw BenchError.usage("centrality-edges failed") }
        }
        let before = residentMiB()
        let (graph, loadSeconds) = try Measure.seconds { try readEdges(file) }
        let baseline = residentMiB()
        let exact = graph.vertexCount <= exactLimit
        print("network: synthetic seed \(seed), \(graph.vertexCount) agencies, \(graph.edgeCount) ties (undirected, unweighted); \(ProcessInfo.processInfo.activeProcessorCount) cores")
        print("edges file: \(file)")
        var ours: [(String, Double)] = [("load", loadSeconds)]
        let repeats = max(1, a.int("repeat", 5))
        /// The best of `repeats` runs (the machine is shared: the minimum is the least disturbed).
        func time(_ name: String, _ body: () -> Any) {
            var best = Double.infinity
            for _ in 0..<repeats { best = min(best, Measure.seconds { body() }.1) }
            ours.append((name, best))
        }
        time("degree") { DegreeCentrality.degree(graph) }
        var exactBetweenness: [Double]?
        if exact {
            let (b, s) = Measure.seconds { Betweenness.scores(graph) }
            exactBetweenness = b
            ours.append(("betweenness", s))
            time("closeness") { Closeness.scores(graph) }
            time("harmonic") { Harmonic.scores(graph) }
        }
        time("eigenvector") { Eigenvector.scores(graph) }
        time("pagerank") { PageRank.scores(graph) }
        time("clustering") { Clustering.scores(graph) }
        time("core") { KCore.coreNumbers(graph) }
        time("constraint") { StructuralHoles.constraint(graph) }
        time("effective_size") { StructuralHoles.effectiveSize(graph) }
        let peak = Measure.peakMemoryMiB()
        let (sampled, sampledSeconds) = Measure.seconds { k > 0 ? Betweenness.scores(graph, sampleSources: k, seed: 1) : [] }
        let (_, sampledClosenessSeconds) = Measure.seconds { k > 0 ? Closeness.scores(graph, sampleSources: k, seed: 1) : [] }
        var sampledError: (max: Double, mean: Double)?
        if let exactBetweenness, k > 0 {
            let errors = zip(sampled, exactBetweenness).map { abs($0 - $1) }
            sampledError = (errors.max() ?? 0, errors.reduce(0, +) / Double(max(errors.count, 1)))
        }

        var early = ""
        for (name, s) in ours { early += "partnerscope_\(name)_seconds: \(NumberFormat.fixed(s, 3)) s\n" }
        early += "partnerscope_sampled_betweenness_seconds: \(NumberFormat.fixed(sampledSeconds, 3)) s\n"
        FileHandle.standardError.write(Data(early.utf8))  // visible while the peer runs

        // The peer, same input, same run.
        var peer: [String: Any] = [:]
        if a.int("peer", 1) == 1 {
            let python = Process()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            python.arguments = ["python3", root.appendingPathComponent("scripts/bench/centrality_igraph.py").path, file,
                                "--exact-paths", exact ? "1" : "0", "--sample", "\(k)", "--networkit", k > 0 ? "1" : "0", "--repeat", "\(repeats)"]
            let pipe = Pipe()
            python.standardOutput = pipe
            try python.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            python.waitUntilExit()
            peer = (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
        }
        let peerSeconds = peer["seconds"] as? [String: Double] ?? [:]
        var table = TextTable(header: ["measure", "partnerscope s", "igraph s", "ratio"], rightAligned: [1, 2, 3])
        for (name, s) in ours {
            let theirs = peerSeconds[name]
            table.append([name, NumberFormat.fixed(s, 3), theirs.map { NumberFormat.fixed($0, 3) } ?? "n/a",
                          theirs.map { NumberFormat.fixed(s / $0, 2) } ?? "-"])
        }
        if !exact { print("exact betweenness, closeness and harmonic skipped above \(exactLimit) agencies (O(|V||E|): tens of minutes in either tool)") }
        print("igraph \(peer["igraph_version"] ?? "?"), single-threaded; partnerscope on all cores; ratio = partnerscope / igraph (below 1 = faster); best of \(repeats) runs for measures under O(|V||E|), one run for the exact path-based ones")
        print(table.rendered(), terminator: "")
        let peerPeak = peer["peak_memory_mib"] as? Double, peerBase = peer["baseline_memory_mib"] as? Double
        print("memory: partnerscope process peak \(NumberFormat.fixed(peak, 1)) MiB (\(NumberFormat.fixed(before, 1)) MiB before reading the edges, \(NumberFormat.fixed(baseline, 1)) MiB with the graph); igraph process peak \(peerPeak.map { NumberFormat.fixed($0, 1) } ?? "?") MiB (\(peerBase.map { NumberFormat.fixed($0, 1) } ?? "?") MiB after importing python, igraph, numpy, networkit)")
        if let peerPeak, let peerBase {
            let ours = peak - before, theirs = peerPeak - peerBase
            print("memory above each process's start: partnerscope \(NumberFormat.fixed(ours, 1)) MiB, igraph \(NumberFormat.fixed(theirs, 1)) MiB, ratio \(NumberFormat.fixed(ours / max(theirs, 0.1), 2)); whole-process ratio \(NumberFormat.fixed(peak / peerPeak, 2))")
        }
        print("sampled betweenness, K = \(k) sources: partnerscope \(NumberFormat.fixed(sampledSeconds, 3)) s" + (sampledError.map { ", error vs exact max \(String(format: "%.2e", $0.max)), mean \(String(format: "%.2e", $0.mean))" } ?? ""))
        print("sampled closeness, K = \(k) sources: partnerscope \(NumberFormat.fixed(sampledClosenessSeconds, 3)) s")
        if let nk = peer["networkit"] as? [String: Any] {
            let approx = nk["approx_seconds"] as? Double ?? .nan, estimate = nk["estimate_seconds"] as? Double ?? .nan
            var line = "networkit \(peer["networkit_version"] ?? "?") (2 threads): ApproxBetweenness(ε=0.05, δ=0.1, \(nk["approx_samples"] ?? "?") samples) \(NumberFormat.fixed(approx, 3)) s, ratio \(NumberFormat.fixed(sampledSeconds / approx, 2))"
            if let e = nk["approx_max_error"] as? Double, let m = nk["approx_mean_error"] as? Double {
                line += ", error max \(String(format: "%.2e", e)), mean \(String(format: "%.2e", m))"
            }
            line += "; EstimateBetweenness(K=\(k)) \(NumberFormat.fixed(estimate, 3)) s, ratio \(NumberFormat.fixed(sampledSeconds / estimate, 2))"
            if let e = nk["estimate_max_error"] as? Double, let m = nk["estimate_mean_error"] as? Double {
                line += ", error max \(String(format: "%.2e", e)), mean \(String(format: "%.2e", m))"
            }
            print(line)
        }
    }
}

/// The repository root, for finding the peer scripts (this file is Sources/partnerscope-bench/).
enum BenchPaths {
    static var repository: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }
}

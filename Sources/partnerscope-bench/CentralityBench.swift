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
///
/// `--view` chooses the view both tools measure, as `partnerscope centrality` builds it:
/// - `undirected` (default): the merged ties, unweighted;
/// - `weighted`: the same ties with the synthetic network's merged weights (relationships between
///   one pair summed; integers 1–5 each). Path measures use length 1 / weight on both sides
///   (igraph is given `weights = 1/w` for them, `w` for the others);
/// - `directed`: arcs, unweighted: a relationship the generator made directed (20%) is one arc
///   source → target, any other counts both ways (arcs between one ordered pair merged).
/// The peer also returns its values converted to Partnerscope's conventions, and the bench prints the
/// largest difference per measure, or why a measure is not comparable.
enum CentralityBench {
    static let usage = "centrality [--agencies N] [--relationships M] [--seed S] [--view undirected|weighted|directed] [--sample K (0: skip)] [--exact-limit N] [--repeat R] [--peer 0|1] [--dump FILE (our values as JSON)]"

    /// The view benchmarked; the raw value is the `--view` argument.
    enum View: String, CaseIterable {
        case undirected, weighted, directed

        init(_ a: BenchArguments) throws {
            let name = a.options["view"] ?? "undirected"
            guard let view = View(rawValue: name) else {
                throw BenchError.usage("centrality --view undirected|weighted|directed (not \(name))")
            }
            self = view
        }

        var description: String {
            switch self {
            case .undirected: return "undirected, unweighted"
            case .weighted: return "undirected, weighted by the merged relationship weights; path lengths 1 / weight"
            case .directed: return "directed, unweighted; closeness and harmonic over incoming paths"
            }
        }
    }

    /// `centrality-edges FILE --agencies N --relationships M --seed S [--view V]`: writes the edge list:
    /// "n m", then one line per tie ("u v" with u < v; weighted: "u v w") or, directed, per arc ("u v": u → v).
    static func writeEdges(_ args: [String]) throws {
        let a = BenchArguments(args)
        guard let file = a.positionals.first else { throw BenchError.usage("centrality-edges FILE") }
        let view = try View(a)
        let network = SyntheticNetwork(agencyCount: a.int("agencies", 10_000), relationshipCount: a.int("relationships", 100_000),
                                       areaCount: 100, seed: UInt64(a.int("seed", 42))).make()
        let g = Graph(network: network, directed: view == .directed, weighted: view == .weighted)
        var text = "\(g.vertexCount) \(g.edgeCount)\n"
        text.reserveCapacity(g.edgeCount * (view == .weighted ? 18 : 14))
        for u in 0..<g.vertexCount {
            for k in g.offsets[u]..<g.offsets[u + 1] {
                let v = Int(g.targets[k])
                switch view {
                case .undirected: if v > u { text += "\(u) \(v)\n" }
                case .weighted: if v > u { text += "\(u) \(v) \(NumberFormat.json(g.weights[k]))\n" }
                case .directed: text += "\(u) \(v)\n"
                }
            }
        }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
    }

    /// Reads an edge list written by ``writeEdges(_:)`` into the view's graph.
    static func readEdges(_ file: String, view: View = .undirected) throws -> Graph {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        var numbers: [Double] = []
        numbers.reserveCapacity(data.count / 5)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var k = 0
            while k < bytes.count {
                let byte = bytes[k]
                guard byte > 32 else { k += 1; continue }
                // A token: digits only (the fast path) or a decimal (strtod, correctly rounded as Python's float()).
                var end = k, current = 0, integral = true
                while end < bytes.count && bytes[end] > 32 {
                    let c = bytes[end]
                    if c >= 48 && c <= 57 { current = current &* 10 &+ Int(c - 48) } else { integral = false }
                    end += 1
                }
                if integral {
                    numbers.append(Double(current))
                } else {
                    let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<end]), as: UTF8.self)
                    numbers.append(strtod(token, nil))
                }
                k = end
            }
        }
        let n = Int(numbers[0]), m = Int(numbers[1])
        let stride = view == .weighted ? 3 : 2
        var edges: [(Int, Int, Double)] = []
        edges.reserveCapacity(m)
        for k in 0..<m {
            let i = 2 + stride * k
            edges.append((Int(numbers[i]), Int(numbers[i + 1]), view == .weighted ? numbers[i + 2] : 1))
        }
        return Graph(vertexCount: n, edges: edges, directed: view == .directed, weighted: view == .weighted)
    }

    /// Current resident memory in MiB (Linux /proc/self/statm).
    static func residentMiB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        let view = try View(a)
        let agencies = a.int("agencies", 10_000), relationships = a.int("relationships", 100_000)
        let seed = a.int("seed", 42), k = a.int("sample", 1000), exactLimit = a.int("exact-limit", 20_000)
        let root = BenchPaths.repository
        let suffix = view == .undirected ? "" : "-\(view.rawValue)"
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("partnerscope-centrality-\(agencies)-\(relationships)-\(seed)\(suffix).edges").path
        if !FileManager.default.fileExists(atPath: file) {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            child.arguments = ["centrality-edges", file, "--agencies", "\(agencies)", "--relationships", "\(relationships)",
                               "--seed", "\(seed)", "--view", view.rawValue]
            try child.run()
            child.waitUntilExit()
            guard child.terminationStatus == 0 else { throw BenchError.usage("centrality-edges failed") }
        }
        let before = residentMiB()
        let (graph, loadSeconds) = try Measure.seconds { try readEdges(file, view: view) }
        let baseline = residentMiB()
        let exact = graph.vertexCount <= exactLimit
        let tieWord = view == .directed ? "arcs" : "ties"
        print("network: synthetic seed \(seed), \(graph.vertexCount) agencies, \(graph.edgeCount) \(tieWord) (\(view.description)); \(ProcessInfo.processInfo.activeProcessorCount) cores")
        print("edges file: \(file)")
        var ours: [(String, Double)] = [("load", loadSeconds)]
        var values: [String: [Double]] = [:]
        let repeats = max(1, a.int("repeat", 5))
        /// The best of `repeats` runs (the machine is shared: the minimum is the least disturbed).
        func time(_ name: String, _ body: () -> [Double]) {
            var best = Double.infinity
            for _ in 0..<repeats {
                let (v, s) = Measure.seconds { body() }
                best = min(best, s)
                values[name] = v
            }
            ours.append((name, best))
        }
        time("degree") { DegreeCentrality.degree(graph) }
        if view == .directed {
            time("in_degree") { DegreeCentrality.inDegree(graph) }
            time("out_degree") { DegreeCentrality.outDegree(graph) }
        }
        if view == .weighted { time("strength") { DegreeCentrality.strength(graph) } }
        var exactBetweenness: [Double]?
        if exact {
            // One run each, as the peer times them (best-of-R on one side only would flatter ours).
            for (name, measure) in [("betweenness", { Betweenness.scores(graph) }), ("closeness", { Closeness.scores(graph) }),
                                    ("harmonic", { Harmonic.scores(graph) })] as [(String, () -> [Double])] {
                let (v, s) = Measure.seconds { measure() }
                values[name] = v
                ours.append((name, s))
            }
            exactBetweenness = values["betweenness"]
        }
        time("eigenvector") { Eigenvector.scores(graph) }
        time("pagerank") { PageRank.scores(graph) }
        time("clustering") { Clustering.scores(graph) }
        time("core") { KCore.coreNumbers(graph).map(Double.init) }
        time("constraint") { StructuralHoles.constraint(graph) }
        time("effective_size") { StructuralHoles.effectiveSize(graph) }
        let peak = Measure.peakMemoryMiB()
        let (sampled, sampledSeconds) = Measure.seconds { k > 0 ? Betweenness.scores(graph, sampleSources: k, seed: 1) : [] }
        let (sampledCloseness, sampledClosenessSeconds) = Measure.seconds { k > 0 ? Closeness.scores(graph, sampleSources: k, seed: 1) : [] }
        if let dump = a.options["dump"] {  // Partnerscope's values, to check that an optimisation changes none
            var all = values
            all["sampled_betweenness"] = sampled
            all["sampled_closeness"] = sampledCloseness
            try JSONSerialization.data(withJSONObject: all, options: [.sortedKeys]).write(to: URL(fileURLWithPath: dump))
        }
        var sampledError: (max: Double, mean: Double)?
        if let exactBetweenness, k > 0 {
            let errors = zip(sampled, exactBetweenness).map { abs($0 - $1) }
            sampledError = (errors.max() ?? 0, errors.reduce(0, +) / Double(max(errors.count, 1)))
        }

        var early = ""
        for (name, s) in ours { early += "partnerscope_\(name)_seconds: \(NumberFormat.fixed(s, 3)) s\n" }
        early += "partnerscope_sampled_betweenness_seconds: \(NumberFormat.fixed(sampledSeconds, 3)) s\n"
        FileHandle.standardError.write(Data(early.utf8))  // visible while the peer runs

        // The peer, same input, same run. networkit (sampled betweenness) only on the default view:
        // the peer builds its networkit graph unweighted and undirected.
        var peer: [String: Any] = [:]
        let networkit = k > 0 && view == .undirected
        if a.int("peer", 1) == 1 {
            let python = Process()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            python.arguments = ["python3", root.appendingPathComponent("scripts/bench/centrality_igraph.py").path, file,
                                "--view", view.rawValue, "--exact-paths", exact ? "1" : "0", "--sample", "\(k)",
                                "--networkit", networkit ? "1" : "0", "--repeat", "\(repeats)"]
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
        if !peer.isEmpty { printAgreement(ours: values, order: ours.map(\.0), peer: peer) }
        let peerPeak = peer["peak_memory_mib"] as? Double, peerBase = peer["baseline_memory_mib"] as? Double
        print("memory: partnerscope process peak \(NumberFormat.fixed(peak, 1)) MiB (\(NumberFormat.fixed(before, 1)) MiB before reading the edges, \(NumberFormat.fixed(baseline, 1)) MiB with the graph); igraph process peak \(peerPeak.map { NumberFormat.fixed($0, 1) } ?? "?") MiB (\(peerBase.map { NumberFormat.fixed($0, 1) } ?? "?") MiB after importing python, igraph, numpy\(peer["networkit_version"] != nil ? ", networkit" : ""))")
        if let peerPeak, let peerBase {
            let ours = peak - before, theirs = peerPeak - peerBase
            print("memory above each process's start: partnerscope \(NumberFormat.fixed(ours, 1)) MiB, igraph \(NumberFormat.fixed(theirs, 1)) MiB, ratio \(NumberFormat.fixed(ours / max(theirs, 0.1), 2)); whole-process ratio \(NumberFormat.fixed(peak / peerPeak, 2))")
        }
        print("sampled betweenness, K = \(k) sources: partnerscope \(NumberFormat.fixed(sampledSeconds, 3)) s" + (sampledError.map { ", error vs exact max \(String(format: "%.2e", $0.max)), mean \(String(format: "%.2e", $0.mean))" } ?? ""))
        print("sampled closeness, K = \(k) sources: partnerscope \(NumberFormat.fixed(sampledClosenessSeconds, 3)) s")
        if k > 0 && !networkit { print("networkit not run on the \(view.rawValue) view (the peer's networkit graph is undirected and unweighted)") }
        if networkit && !peer.isEmpty && peer["networkit"] == nil { print("networkit not run: the peer could not import it (pip install networkit)") }
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

    /// The agreement check: for each measure, the largest |partnerscope − igraph| over all agencies
    /// (igraph's values converted by the peer to Partnerscope's normalisation), next to the largest
    /// value, or the peer's reason why the measure is not compared.
    static func printAgreement(ours: [String: [Double]], order: [String], peer: [String: Any]) {
        let theirs = peer["values"] as? [String: [Double]] ?? [:]
        let notes = peer["notes"] as? [String: String] ?? [:]
        var table = TextTable(header: ["measure", "max |Δ|", "max |value|", "igraph compared as"], rightAligned: [1, 2])
        for name in order where name != "load" {
            let how = notes[name] ?? ""
            guard let mine = ours[name], let other = theirs[name], mine.count == other.count else {
                table.append([name, "-", "-", how.isEmpty ? "not computed by igraph" : how])
                continue
            }
            var diff = 0.0, largest = 0.0
            for (x, y) in zip(mine, other) {
                diff = max(diff, abs(x - y))
                largest = max(largest, abs(x))
            }
            table.append([name, String(format: "%.2e", diff), String(format: "%.3g", largest), how])
        }
        print("agreement, every agency (values as Partnerscope normalises them):")
        print(table.rendered(), terminator: "")
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

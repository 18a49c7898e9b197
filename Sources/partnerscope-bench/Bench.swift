import Foundation
import PartnerscopeCore
import PartnerscopeIO

/// `partnerscope-bench COMMAND ...`: seeded synthetic networks and benchmarks, out of the product.
///
/// Each benchmark lives in its own file and registers itself in ``benchmarks``. Figures print as
/// `name: value unit` lines; scripts under `scripts/bench/` run the peers (igraph, networkx, pandas,
/// the `dot` command) in the same run and print ratios.
@main
struct Bench {
    static let benchmarks: [(name: String, usage: String, run: @Sendable ([String]) throws -> Void)] = [
        ("generate", "generate DIR [--agencies N] [--relationships M] [--areas K] [--seed S]", GenerateBench.run),
        ("load", "load DIR  (time and peak memory of loading a network folder and building its graphs)", LoadBench.run),
        ("silos", "silos [--agencies N] [--relationships M] [--seed S] [--restarts R] [--edges FILE]  (Leiden and the silo measures)", SilosBench.run),
        ("maps", "maps [--sizes 100,1000,5000] [--seed S] [--repeat R] [--python PY]  (influence-map SVG through libgvc vs the dot/sfdp command on the same DOT)", MapsBench.run),
        ("maps-loop", "maps-loop [--renders N] [--agencies K] [--engine E]  (render loop for valgrind leak checks)", MapsLoopBench.run),
        ("gaps", "gaps [--england DIR] [--agencies N] [--areas K] [--seed S] [--repeat R] [--python PY]  (all-pairs coterminosity table vs pandas)", GapsBench.run),
        ("missing", "missing DIR [--catalogue DIR]  (link-prediction scores of untied pairs; the missing-partners analysis)", MissingBench.run),
        ("export", "export DIR [--out FOLDER]  (GraphML, GEXF and node-link JSON writers)", ExportBench.run),
        ("centrality", CentralityBench.usage, CentralityBench.run),
        ("centrality-edges", "centrality-edges FILE [--agencies N] [--relationships M] [--seed S]", CentralityBench.writeEdges),
        ("boards", "boards [--agencies N] [--boards B] [--memberships M] [--seed S] [--edges FILE]  (two-mode centrality and co-membership projection)", BoardsBench.run),
        ("survey", "survey [--agencies N] [--ratings K] [--ties M] [--seed S] [--repeat R] [--out DIR]  (PARTNER survey scores; scripts/bench/survey.sh pairs it with pandas)", SurveyBench.run),
        ("batch", "batch [--england DIR] [--type icb] [--maps yes] [--jobs N]  (the full batch comparison: load, split, analyse every group, report files)", BatchBench.run),
    ]

    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        guard let name = args.first, let bench = benchmarks.first(where: { $0.name == name }) else {
            var usage = "usage: partnerscope-bench COMMAND ...\n"
            for b in benchmarks { usage += "  \(b.usage)\n" }
            FileHandle.standardError.write(Data(usage.utf8))
            exit(64)
        }
        do {
            try bench.run(Array(args.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("partnerscope-bench: \(error)\n".utf8))
            exit(1)
        }
    }
}

/// Minimal option parsing for benchmarks: `--name value` pairs and positionals.
struct BenchArguments {
    var positionals: [String] = []
    var options: [String: String] = [:]

    init(_ args: [String]) {
        var k = 0
        while k < args.count {
            if args[k].hasPrefix("--") {
                options[String(args[k].dropFirst(2))] = k + 1 < args.count ? args[k + 1] : ""
                k += 2
            } else {
                positionals.append(args[k])
                k += 1
            }
        }
    }

    func int(_ name: String, _ fallback: Int) -> Int { options[name].flatMap { Int($0) } ?? fallback }
}

/// Wall-clock timing and peak resident memory.
enum Measure {
    static func seconds<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        let value = try body()
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        return (value, Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9)
    }

    /// Peak resident set size of this process so far, in MiB (getrusage's ru_maxrss is in KiB on Linux).
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func report(_ name: String, _ value: Double, _ unit: String) {
        print("\(name): \(NumberFormat.fixed(value, 3)) \(unit)")
    }
}

enum GenerateBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        guard let dir = a.positionals.first else { throw BenchError.usage("generate DIR") }
        let synthetic = SyntheticNetwork(agencyCount: a.int("agencies", 100_000),
                                         relationshipCount: a.int("relationships", 1_000_000),
                                         areaCount: a.int("areas", 35_000), seed: UInt64(a.int("seed", 42)))
        let (network, seconds) = Measure.seconds { synthetic.make() }
        try NetworkWriter.write(network, to: dir)
        print("generated \(dir): \(network.agencyCount) agencies, \(network.relationships.count) relationships, \(network.areas.count) areas, \(network.boundaries.count) boundaries in \(NumberFormat.fixed(seconds, 2)) s")
    }
}

enum LoadBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        guard let dir = a.positionals.first else { throw BenchError.usage("load DIR") }
        let (loaded, loadSeconds) = try Measure.seconds { try NetworkLoader().load(directory: dir) }
        let (graph, graphSeconds) = Measure.seconds { Graph(network: loaded.network) }
        let (directed, directedSeconds) = Measure.seconds { Graph(network: loaded.network, directed: true, weighted: true) }
        Measure.report("load_seconds", loadSeconds, "s")
        Measure.report("undirected_graph_seconds", graphSeconds, "s")
        Measure.report("directed_graph_seconds", directedSeconds, "s")
        Measure.report("load_and_graph_seconds", loadSeconds + graphSeconds, "s")
        Measure.report("peak_memory_mib", Measure.peakMemoryMiB(), "MiB")
        print("agencies: \(loaded.network.agencyCount) relationships: \(loaded.network.relationships.count) ties: \(graph.edgeCount) arcs_directed: \(directed.arcCount)")
    }
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    var description: String {
        switch self { case let .usage(u): return "usage: partnerscope-bench \(u)" }
    }
}

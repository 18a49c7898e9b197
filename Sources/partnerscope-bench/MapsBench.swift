import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore

/// `partnerscope-bench maps`: renders influence maps of seeded synthetic networks (100, 1,000 and
/// 5,000 agencies, 2.5 ties per agency, i.e. mean degree 5) to SVG through the library, in
/// process and in the `partnerscope-render` helper process the CLI uses (posix_spawn, DOT text
/// over a socket; its CPU is counted as the children's), and runs the Graphviz command line on the same
/// DOT text in the same run (scripts/bench/maps_dot.py). Engines are the ones the CLI picks by
/// size (dot for 100 agencies, sfdp beyond). Prints wall-clock and CPU times (CPU time is the fair
/// figure on a shared machine) and command/library ratios, and whether both produced the same SVG
/// bytes.
enum MapsBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        let sizes = (a.options["sizes"] ?? "100,1000,5000").split(separator: ",").compactMap { Int($0) }
        let seed = UInt64(a.int("seed", 42))
        let python = a.options["python"] ?? "python3"
        let script = a.options["script"] ?? "scripts/bench/maps_dot.py"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("partnerscope-maps-bench-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        for n in sizes {
            let network = SyntheticNetwork(agencyCount: n, relationshipCount: n * 5 / 2, areaCount: max(10, n / 2), seed: seed).make()
            let influence = PageRank.scores(Graph(network: network, directed: true, weighted: true))
            let map = NetworkMap(network: network, influence: influence, influenceName: "PageRank", seed: 1)
            let description = map.description()
            let engine = map.engine
            let repeats = a.options["repeat"].flatMap { Int($0) } ?? (n >= 5000 ? 1 : 3)
            let label = "maps_\(n)_\(engine.rawValue)"
            print("\(label): \(n) agencies, \(network.relationships.count) ties, engine \(engine.rawValue)")

            var library: RenderResult?
            var best = Double.infinity, bestCPU = Double.infinity
            for _ in 0..<repeats {
                let cpu0 = cpuSeconds(RUSAGE_SELF)
                let (result, t) = try Measure.seconds { try GraphvizRenderer.render(description, engine: engine, format: .svg, seed: 1) }
                bestCPU = min(bestCPU, cpuSeconds(RUSAGE_SELF) - cpu0)
                library = result
                best = min(best, t)
            }
            var bestIsolated = Double.infinity, bestIsolatedCPU = Double.infinity
            for _ in 0..<repeats {
                let cpu0 = cpuSeconds(RUSAGE_SELF) + cpuSeconds(RUSAGE_CHILDREN)
                let (_, t) = try Measure.seconds {
                    try GraphvizRenderer.render(description, engine: engine, format: .svg, seed: 1, timeout: 600)
                }
                bestIsolatedCPU = min(bestIsolatedCPU, cpuSeconds(RUSAGE_SELF) + cpuSeconds(RUSAGE_CHILDREN) - cpu0)
                bestIsolated = min(bestIsolated, t)
            }
            let (dot, describeSeconds) = Measure.seconds { DOTWriter.write(map.description()) }
            let dotFile = dir.appendingPathComponent("\(n).dot")
            let svgFile = dir.appendingPathComponent("\(n).svg")
            try Data(dot.utf8).write(to: dotFile)
            let peer = try runPeer(python: python, script: script, engine: engine.rawValue, dotFile: dotFile.path,
                                   out: svgFile.path, repeats: repeats)

            Measure.report("\(label)_describe_seconds", describeSeconds, "s")
            Measure.report("\(label)_library_seconds", best, "s")
            Measure.report("\(label)_library_isolated_seconds", bestIsolated, "s")
            Measure.report("\(label)_library_cpu_seconds", bestCPU, "s")
            Measure.report("\(label)_library_isolated_cpu_seconds", bestIsolatedCPU, "s")
            if let seconds = peer["seconds"] as? Double, let cpu = peer["cpu_seconds"] as? Double {
                Measure.report("\(label)_command_seconds", seconds, "s")
                Measure.report("\(label)_command_cpu_seconds", cpu, "s")
                Measure.report("\(label)_ratio_command_over_library", seconds / best, "x")
                Measure.report("\(label)_ratio_command_over_library_isolated", seconds / bestIsolated, "x")
                Measure.report("\(label)_cpu_ratio_command_over_library", cpu / bestCPU, "x")
                Measure.report("\(label)_cpu_ratio_command_over_library_isolated", cpu / bestIsolatedCPU, "x")
                let same = (try? Data(contentsOf: svgFile)).map { [UInt8]($0) == library?.bytes } ?? false
                print("\(label)_same_svg_bytes: \(same) (peer: \(peer["version"] as? String ?? "?"))")
            } else {
                print("\(label)_command: \(peer["error"] as? String ?? "timed out")")
            }
        }
        Measure.report("peak_memory_mib", Measure.peakMemoryMiB(), "MiB")
    }

    /// User + system CPU seconds of this process (RUSAGE_SELF) or of its reaped children.
    static func cpuSeconds(_ who: __rusage_who) -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(who.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func runPeer(python: String, script: String, engine: String, dotFile: String, out: String,
                        repeats: Int) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, engine, dotFile, out, "--repeat", String(repeats)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return ["error": "exit \(process.terminationStatus): \(String(decoding: data, as: UTF8.self))"]
        }
        return object
    }
}

/// `partnerscope-bench maps-loop`: renders one influence map N times in process, for leak checks
/// under valgrind (`valgrind --leak-check=full partnerscope-bench maps-loop --renders 50`): what
/// our code leaks grows with N, Graphviz's own internal leak too (about 2.4 KB a render).
enum MapsLoopBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        let renders = a.int("renders", 20)
        let n = a.int("agencies", 60)
        let engine = a.options["engine"].flatMap(LayoutEngine.init(rawValue:)) ?? .dot
        let network = SyntheticNetwork(agencyCount: n, relationshipCount: n * 5 / 2, areaCount: max(10, n / 2), seed: 42).make()
        let influence = PageRank.scores(Graph(network: network, directed: true, weighted: true))
        var bytes = 0
        for k in 0..<renders {
            let clustering: MapClustering? = k % 2 == 0 ? .sector : nil
            let description = NetworkMap(network: network, influence: influence, influenceName: "PageRank",
                                         clustering: clustering, engine: engine).description()
            bytes += try GraphvizRenderer.render(description, engine: engine, format: .svg).bytes.count
            _ = try? GraphvizRenderer.render(description, engineName: "bogus", formatName: "svg")  // the error path too
        }
        print("maps_loop: \(renders) renders of \(n) agencies with \(engine.rawValue), \(bytes) bytes of SVG")
    }
}

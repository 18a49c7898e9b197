import Foundation
import TestSupport
import Testing

/// `partnerscope report` and `partnerscope export` run as a user would.
@Suite(.serialized) struct ReportEndToEndTests {
    static let westYorkshire = Fixtures.repositoryRoot.appendingPathComponent("Networks/west-yorkshire").path

    static func files(in dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: dir.path) {
            var isDir: ObjCBool = false
            let url = dir.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                out[path] = try Data(contentsOf: url)
            }
        }
        return out
    }

    @Test func report_sameInputTwice_givesByteIdenticalFolders() throws {
        let base = try Fixtures.temporaryDirectory("report-twice")
        defer { try? FileManager.default.removeItem(at: base) }
        let first = base.appendingPathComponent("one"), second = base.appendingPathComponent("two")
        for dir in [first, second] {
            let r = try Executable.run(["report", Self.westYorkshire, "--out-dir", dir.path, "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let a = try Self.files(in: first), b = try Self.files(in: second)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs between two runs") }
        for expected in ["index.html", "metrics.json", "centrality.csv", "communities.csv", "silos.csv", "brokers.csv",
                         "gaps.csv", "missing.csv", "network.graphml", "network.gexf", "network-node-link.json"] {
            #expect(a[expected] != nil, "\(expected) missing")
        }
        // The maps, when this build has them, come as SVG and PNG.
        let svgs = a.keys.filter { $0.hasPrefix("maps/") && $0.hasSuffix(".svg") }
        for svg in svgs { #expect(a[svg.replacingOccurrences(of: ".svg", with: ".png")] != nil) }
        let metrics = try #require(try JSONSerialization.jsonObject(with: a["metrics.json"]!) as? [String: Any])
        #expect((metrics["maps"] as? [Any])?.count == svgs.count)
    }

    @Test func report_centralityCSV_agreesWithTheCentralityCommand() throws {
        let dir = try Fixtures.temporaryDirectory("report-centrality")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Executable.run(["report", Self.westYorkshire, "--out-dir", dir.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let c = try Executable.run(["centrality", Self.westYorkshire, "--format", "csv", "--quiet"])
        #expect(c.status == 0)
        func table(_ text: String) -> [String: [String: String]] {
            let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let header = lines[0]
            var out: [String: [String: String]] = [:]
            // West Yorkshire names contain no commas or quotes in the id column; values are numbers.
            for line in lines.dropFirst() where line.count == header.count {
                out[line[0]] = Dictionary(uniqueKeysWithValues: zip(header, line))
            }
            return out
        }
        let report = table(try String(contentsOf: dir.appendingPathComponent("centrality.csv"), encoding: .utf8))
        let command = table(c.stdout)
        #expect(report.count == 37)
        for (id, row) in report {
            for m in ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "clustering", "core",
                      "constraint", "effective_size"] {
                #expect(row[m] != nil && row[m] == command[id]?[m], "\(id) \(m)")
            }
        }
    }

    @Test func export_graphml_matchesTheReportsCopy() throws {
        let dir = try Fixtures.temporaryDirectory("report-export")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Executable.run(["report", Self.westYorkshire, "--out-dir", dir.path, "--quiet"]).status == 0)
        for (format, file) in [("graphml", "network.graphml"), ("gexf", "network.gexf"), ("json", "network-node-link.json")] {
            let e = try Executable.run(["export", Self.westYorkshire, "--format", format, "--quiet"])
            #expect(e.status == 0, "\(e.stderr)")
            #expect(e.stdout == (try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)), "\(format)")
        }
        let out = dir.appendingPathComponent("wy.gexf")
        #expect(try Executable.run(["export", Self.westYorkshire, "--format", "gexf", "--out", out.path, "--quiet"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out.path))
    }

    @Test func report_withoutOut_writesOutputFolderNamedAfterTheNetwork() throws {
        let cwd = try Fixtures.temporaryDirectory("report-cwd")
        defer { try? FileManager.default.removeItem(at: cwd) }
        let r = try Executable.run(["report", Fixtures.url("hostile-names").path, "--quiet"], currentDirectory: cwd)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: cwd.appendingPathComponent("Output/hostile-names/index.html").path))
    }

    @Test func report_missingFolder_exits66_andBadFormat_exits64() throws {
        let missing = try Executable.run(["report", "/nonexistent/network", "--out-dir", "/tmp/never"])
        #expect(missing.status == 66)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never"))
        let bad = try Executable.run(["export", Self.westYorkshire, "--format", "pdf"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("graphml"))
    }

    /// A map that cannot be drawn in time is an error that names the map; the rest of the report
    /// is written (its page says which maps are missing), and the exit status is 75 (try later
    /// or longer), not 0.
    @Test func report_mapsPastTheirTimeout_reportWrittenEachMapNamedExit75() throws {
        let dir = try Fixtures.temporaryDirectory("report-timeout").appendingPathComponent("r")
        let r = try Executable.run(["report", Self.westYorkshire, "--out-dir", dir.path, "--timeout", "0.001", "--quiet"])
        #expect(r.status == 75, "\(r.stderr)")
        for map in ["network", "grid", "silos"] {
            #expect(r.stderr.contains("error: the \(map) map was not drawn: the "), "\(r.stderr)")
        }
        #expect(r.stderr.contains("--timeout"))  // the command line's advice, not the renderer's
        let page = try String(contentsOf: dir.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("Some maps could not be drawn"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("maps/network.svg").path))
    }

    @Test func report_noMapsOrAboveTheMapLimit_writesNoMapsAndSaysWhy() throws {
        let base = try Fixtures.temporaryDirectory("report-nomaps")
        let none = base.appendingPathComponent("none"), big = base.appendingPathComponent("big")
        let a = try Executable.run(["report", Self.westYorkshire, "--out-dir", none.path, "--no-maps", "--quiet"])
        #expect(a.status == 0 && a.stderr.isEmpty, "\(a.stderr)")
        #expect(!FileManager.default.fileExists(atPath: none.appendingPathComponent("maps").path))
        let b = try Executable.run(["report", Self.westYorkshire, "--out-dir", big.path, "--max-map-agencies", "3"])
        #expect(b.status == 0, "\(b.stderr)")
        #expect(b.stderr.contains("note: Maps were not drawn: the network has"))
        let page = try String(contentsOf: big.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("more than the 3 drawn by default"))
    }
}

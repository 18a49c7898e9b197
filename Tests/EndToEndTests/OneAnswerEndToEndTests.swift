import Foundation
import TestSupport
import Testing

/// One answer per question (issue 13 item 7): the silos table, the silos map, the influence map's
/// community boxes and the report list the same communities of West Yorkshire by default (Leiden,
/// unweighted, seed 1), and every map says what it was drawn with.

private func fields(_ line: Substring) -> [String] { CSVLine.fields(line) }

private let westYorkshire = "Networks/west-yorkshire"

/// The silos table's communities of two or more agencies, as sets of names (default day).
private func silosTable() throws -> Set<Set<String>> {
    let run = try Executable.run(["silos", westYorkshire, "--format", "csv", "--section", "communities"])
    #expect(run.status == 0)
    var byCommunity: [String: Set<String>] = [:]
    for line in run.stdout.split(separator: "\n").dropFirst() {
        let f = fields(line)
        byCommunity[f[0], default: []].insert(f[2])
    }
    return Set(byCommunity.values.filter { $0.count > 1 })
}

/// The boxes of a map in DOT, as sets of names (node labels hold the wrapped names; the node ids
/// are the agencies' indices on the day drawn, so names are read from the silos table's ids).
private func boxes(_ dot: String, names: [Int: String]) -> Set<Set<String>> {
    var drawn: [Set<String>] = []
    for line in dot.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        if line.hasPrefix("subgraph \"cluster_") { drawn.append([]) }
        else if !drawn.isEmpty, line.hasPrefix("\"a"), line.hasSuffix("\";"), let k = Int(line.dropFirst(2).dropLast(2)), let name = names[k] {
            drawn[drawn.count - 1].insert(name)
        }
    }
    return Set(drawn.filter { !$0.isEmpty })
}

/// Agency index → name on the default day, from the export (nodes in the network's order).
private func namesByIndex() throws -> [Int: String] {
    let run = try Executable.run(["export", westYorkshire, "--format", "json"])
    #expect(run.status == 0)
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let nodes = try #require(doc["nodes"] as? [[String: Any]])
    return Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($0.offset, $0.element["name"] as! String) })
}

@Test func communities_westYorkshire_silosTableSilosMapInfluenceMapAndReportAgree() throws {
    let table = try silosTable()
    #expect(table.count >= 4)
    let names = try namesByIndex()
    // Boxes with dot; neato (the silos map's default) shows the same communities by fill colour only.
    let silosMap = try Executable.run(["map", westYorkshire, "--kind", "silos", "--engine", "dot", "--format", "dot"])
    #expect(silosMap.status == 0)
    #expect(boxes(silosMap.stdout, names: names) == table, "silos map")
    let networkMap = try Executable.run(["map", westYorkshire, "--kind", "network", "--cluster-by", "community", "--format", "dot"])
    #expect(networkMap.status == 0)
    #expect(boxes(networkMap.stdout, names: names) == table, "influence map boxes")

    let out = try Fixtures.temporaryDirectory("one-answer").appendingPathComponent("report")
    defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
    let report = try Executable.run(["report", westYorkshire, "--out-dir", out.path, "--no-maps", "--quiet"])
    #expect(report.status == 0, "\(report.stderr)")
    let csv = try String(contentsOf: out.appendingPathComponent("communities.csv"), encoding: .utf8)
    let lines = csv.split(separator: "\n")
    let header = fields(lines[0])
    let members = try #require(header.firstIndex(of: "members"))
    let reported = Set(lines.dropFirst().map { Set(fields($0)[members].components(separatedBy: "; ")) }.filter { $0.count > 1 })
    #expect(reported == table, "report's communities.csv")
}

/// Every map's legend ends with what it was drawn with: the day, sizing, boxes, layout and seed.
@Test func mapLegends_everyKind_stateTheOptionsDrawnWith() throws {
    for (kind, expected) in [("network", ["size: influence", "boxes: none"]), ("grid", ["high rating 4 or more"]),
                             ("gaps", ["coterminosity tolerance 0.5%"]), ("silos", ["communities: Leiden on unweighted ties, resolution 1, seed 7", "brokers: the top 5%"])] {
        let run = try Executable.run(["map", westYorkshire, "--kind", kind, "--format", "dot", "--seed", "7"])
        #expect(run.status == 0)
        let legend = run.stdout.replacingOccurrences(of: "<BR/>", with: " ")
        #expect(legend.contains("Drawn with: as at 2022-07-01"), "\(kind)")
        #expect(legend.contains("seed 7"), "\(kind)")
        for e in expected { #expect(legend.contains(e), "\(kind): \(e)") }
    }
    let sized = try Executable.run(["map", westYorkshire, "--size-by", "power", "--cluster-by", "sector", "--format", "dot", "--engine", "neato"])
    let legend = sized.stdout.replacingOccurrences(of: "<BR/>", with: " ")
    #expect(legend.contains("size: formal power; boxes: sectors; layout neato, seed 1"))
}

import Foundation
import PartnerscopeCore
import PartnerscopeIO
import TestSupport
import Testing

/// Reads exports back with networkx through scripts/reference/read_graph_exports.py.
private enum NetworkxReader {
    static let available: Bool = {
        (try? run(["-c", "import networkx"]))?.status == 0
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = Fixtures.repositoryRoot
        let dir = try Fixtures.temporaryDirectory("py")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try Data(contentsOf: out))
    }

    /// networkx's view of each file: path → {directed, multigraph, nodes, edges}.
    static func read(_ files: [URL]) throws -> [String: [String: Any]] {
        let result = try run(["scripts/reference/read_graph_exports.py"] + files.map(\.path))
        #expect(result.status == 0, "networkx could not read the exports")
        let json = try JSONSerialization.jsonObject(with: result.stdout) as? [String: [String: Any]]
        return try #require(json)
    }
}

/// Writes the three exports of `network` into a temporary folder.
private func writeExports(_ analysis: NetworkAnalysis) throws -> [URL] {
    let export = GraphExport(analysis)
    let dir = try Fixtures.temporaryDirectory("export")
    let files = [("network.graphml", export.graphML()), ("network.gexf", export.gexf()),
                 ("network.json", export.nodeLinkJSON().rendered())]
    return try files.map { name, text in
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}

/// A number as the reader script prints it: an integer, or a float as "float:<repr>".
private func number(_ value: Any?) -> Double? {
    if let s = value as? String, s.hasPrefix("float:") { return Double(s.dropFirst(6)) }
    return (value as? NSNumber)?.doubleValue
}

/// What a string looks like after XML 1.0: forbidden characters replaced by U+FFFD.
private func xmlSafe(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars { out.unicodeScalars.append(Markup.isXMLCharacter(scalar) ? scalar : "\u{FFFD}") }
    return out
}

@Suite(.enabled(if: NetworkxReader.available, "python3 with networkx is needed to read the exports back"))
struct GraphExportTests {
    static func load(_ path: String) throws -> Network {
        try NetworkLoader().load(directory: path).network
    }

    /// Every agency, attribute, measure and relationship of the hostile fixture survives a round trip
    /// through networkx's readers (networkx 3.6.1), with only the characters XML cannot carry replaced
    /// in the XML formats.
    @Test func graphExports_hostileNames_surviveNetworkxReaders() throws {
        let network = try Self.load(Fixtures.url("hostile-names").path)
        let analysis = NetworkAnalysis(network: network)
        let files = try writeExports(analysis)
        let read = try NetworkxReader.read(files)
        for file in files {
            let xml = file.pathExtension != "json"
            func clean(_ s: String) -> String { xml ? xmlSafe(s) : s }
            let g = try #require(read[file.path], "\(file.lastPathComponent)")
            #expect(g["directed"] as? Bool == false)  // mixed directions: undirected with a `directed` attribute
            #expect(g["multigraph"] as? Bool == true)  // two relationships join council&co and police"force
            let nodes = try #require(g["nodes"] as? [String: [String: Any]])
            #expect(nodes.count == network.agencyCount)
            for (i, agency) in network.agencies.enumerated() {
                let attrs = try #require(nodes[clean(agency.id.rawValue)], "\(file.lastPathComponent): \(agency.id)")
                let nameKey = file.pathExtension == "gexf" ? "label" : "name"
                #expect(attrs[nameKey] as? String == clean(agency.name), "\(file.lastPathComponent) \(agency.id)")
                #expect(attrs["sector"] as? String == agency.sector.rawValue)
                #expect(attrs["type"] as? String == agency.type)
                #expect((attrs["power"] as? NSNumber)?.intValue == agency.power)
                #expect((attrs["statutory"] as? NSNumber)?.boolValue == agency.statutory)
                if let budget = agency.budgetMillions {
                    #expect(number(attrs["budget_m"]) == budget)
                } else {
                    #expect(attrs["budget_m"] == nil)
                }
                for pair in agency.attributes.pairs {
                    #expect(attrs[clean(pair.key)] as? String == clean(pair.value), "\(file.lastPathComponent) \(agency.id) \(pair.key)")
                }
                for m in analysis.reportedMeasures {
                    #expect(number(attrs[m.rawValue]) == analysis.centrality[m]![i],
                            "\(file.lastPathComponent) \(agency.id) \(m)")
                }
                #expect((attrs["community"] as? NSNumber)?.intValue == analysis.silos.partition.membership[i])
            }
            let edges = try #require(g["edges"] as? [[Any]])
            #expect(edges.count == network.relationships.count)
            // networkx groups a multigraph's edges by node; compare as a multiset of descriptions.
            func describe(_ source: String, _ target: String, _ type: String, _ weight: Double, _ directed: Bool, _ basis: String?) -> String {
                let ends = directed ? [source, target] : [source, target].sorted()
                return "\(ends) \(type) \(weight) \(directed) \(basis ?? "-")"
            }
            let expected = network.relationships.map { r in
                describe(clean(network.agencies[r.source].id.rawValue), clean(network.agencies[r.target].id.rawValue),
                         r.type.rawValue, r.weight, r.directed, r.attributes["basis <&>"].map { clean($0) })
            }.sorted()
            let actual = try edges.map { e in
                let attrs = try #require(e[2] as? [String: Any])
                return describe(e[0] as! String, e[1] as! String, attrs["type"] as! String,
                                number(attrs["weight"])!, (attrs["directed"] as! NSNumber).boolValue,
                                attrs[clean("basis <&>")] as? String)
            }.sorted()
            #expect(actual == expected, "\(file.lastPathComponent)")
        }
    }

    @Test func graphML_westYorkshire_agenciesTiesAndMeasuresSurvive() throws {
        let network = try Self.load(Fixtures.repositoryRoot.appendingPathComponent("Networks/west-yorkshire").path)
        let analysis = NetworkAnalysis(network: network)
        let files = try writeExports(analysis)
        let g = try #require(try NetworkxReader.read([files[0]])[files[0].path])
        let nodes = try #require(g["nodes"] as? [String: [String: Any]])
        #expect(nodes.count == 54)
        #expect((g["edges"] as? [Any])?.count == network.relationships.count)
        let pagerank = try #require(analysis.centrality[.pagerank])
        for (i, agency) in network.agencies.enumerated() {
            #expect(nodes[agency.id.rawValue]?["name"] as? String == agency.name)
            #expect(number(nodes[agency.id.rawValue]?["pagerank"]) == pagerank[i])
        }
        let provenance = (g["edges"] as? [[Any]])?.compactMap { ($0[2] as? [String: Any])?["provenance"] as? String }
        #expect(provenance?.count == network.relationships.count)
    }

    @Test func graphExports_emptyNetwork_areReadableAndEmpty() throws {
        let analysis = NetworkAnalysis(network: Network(name: "empty", agencies: [], relationships: []))
        let files = try writeExports(analysis)
        let read = try NetworkxReader.read(files)
        for file in files {
            #expect((read[file.path]?["nodes"] as? [String: Any])?.isEmpty == true)
            #expect((read[file.path]?["edges"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func graphExports_allDirected_exportADirectedSimpleGraph() throws {
        let agencies = ["a", "b", "c"].map { Agency(id: AgencyID($0), name: $0.uppercased(), sector: .public, type: "t") }
        let network = Network(name: "d", agencies: agencies, relationships: [
            Relationship(source: 0, target: 1, type: .funding, directed: true),
            Relationship(source: 1, target: 0, type: .accountability, directed: true),
            Relationship(source: 1, target: 2, type: .funding, weight: 2, directed: true),
        ])
        let files = try writeExports(NetworkAnalysis(network: network))
        let read = try NetworkxReader.read(files)
        for file in files {
            #expect(read[file.path]?["directed"] as? Bool == true, "\(file.lastPathComponent)")
            // a→b and b→a are different arcs, so no pair repeats.
            #expect(read[file.path]?["multigraph"] as? Bool == false, "\(file.lastPathComponent)")
            #expect((read[file.path]?["edges"] as? [Any])?.count == 3)
        }
    }
}

@Suite struct GraphExportColumnTests {
    @Test func extraColumn_namedLikeAMeasure_isRenamedNotOverwritten() {
        let agency = Agency(id: "a", name: "A", sector: .public, type: "t",
                            attributes: Attributes([("pagerank", "from the file"), ("id", "x"), ("name", "y")]))
        let export = GraphExport(network: Network(name: "n", agencies: [agency], relationships: []),
                                 measures: [(name: "pagerank", values: [1])])
        let names = export.nodeColumns.map(\.name)
        #expect(names.contains("pagerank") && names.contains("pagerank_attribute"))
        #expect(names.contains("id_attribute") && names.contains("name_attribute"))
        #expect(export.nodeColumns.first { $0.name == "pagerank" }?.values == [.double(1)])
        #expect(Set(names).count == names.count)
    }

    @Test func measures_nonFiniteValues_areLeftOutNotWrittenAsNaN() {
        let agencies = [Agency(id: "a", name: "A", sector: .public, type: "t"), Agency(id: "b", name: "B", sector: .public, type: "t")]
        let export = GraphExport(network: Network(name: "n", agencies: agencies, relationships: []),
                                 measures: [(name: "m", values: [.nan, .infinity])])
        let text = export.graphML() + export.gexf() + export.nodeLinkJSON().rendered()
        #expect(!text.lowercased().contains("nan") && !text.lowercased().contains("inf"))
    }
}

import Foundation
import PartnerscopeCore
import TestSupport
import Testing

private func fixture(_ name: String) -> String { Fixtures.url("centrality").appendingPathComponent(name).path }

private let header = "id,name,sector,type,degree,in_degree,out_degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,clustering,core,constraint,effective_size,as_at"

/// CSV rows keyed by id (no field in these fixtures holds a comma or quote).
private func rows(_ csv: String) -> [[String]] {
    csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
}

/// Every column of the CSV against networkx 3.6.1 (centrality_reference.json of the fixture).
@Test(arguments: [("knoke", "all_directed_weighted", ["--directed", "--weighted"]),
                  ("lesmis", "undirected_weighted", ["--weighted"]),
                  ("disconnected", "directed", ["--directed"]),
                  ("karate", "undirected", [])])
func centrality_csv_matchesNetworkxInEveryColumn(_ name: String, _ viewName: String, _ flags: [String]) throws {
    let view = try #require(try CentralityReference.load(name).first { $0.name == viewName })
    let run = try Executable.run(["centrality", fixture(name), "--format", "csv", "--quiet"] + flags)
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == header)
    let table = rows(run.stdout)
    let ids = view.network_.agencies.map(\.id.rawValue)
    #expect(table.map { $0[0] } == ids.sorted())
    let columns = header.split(separator: ",").map(String.init)
    for row in table {
        let i = try #require(ids.firstIndex(of: row[0]))
        for (c, column) in columns.enumerated().dropFirst(4) where column != "as_at" {
            let ref = try #require(view.values[column])[i]
            let ours = try #require(Double(row[c]), "\(row[0]) \(column) '\(row[c])'")
            if let ref {
                let tol = column == "eigenvector" || column == "pagerank" ? 1e-6 : 1e-9
                #expect(CentralityReference.close(ours, ref, tol), "\(name) \(row[0]) \(column): \(ours) vs \(ref)")
            } else {
                #expect(ours == 0, "\(name) \(row[0]) \(column): networkx NaN, documented 0")
            }
        }
    }
}

@Test func centrality_selectedMeasures_leaveOtherColumnsEmpty() throws {
    let run = try Executable.run(["centrality", fixture("kite"), "--measures", "betweenness,pagerank", "--format", "csv"])
    #expect(run.status == 0)
    for row in rows(run.stdout) {
        #expect(row.count == 18)
        #expect(row.last == "all", "an undated network is looked at with all its dates")
        for (c, value) in row.enumerated().dropFirst(4).dropLast() {
            #expect((c == 8 || c == 12) == !value.isEmpty, "column \(c) '\(value)'")
        }
    }
}

@Test func centrality_json_holdsNetworkMeasuresAndNotes() throws {
    let run = try Executable.run(["centrality", fixture("disconnected"), "--directed", "--format", "json", "--quiet"])
    #expect(run.status == 0)
    #expect(!run.stdout.lowercased().contains("nan"))
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let net = try #require(doc["network_measures"] as? [String: Any])
    let view = try #require(try CentralityReference.load("disconnected").first { $0.name == "directed" })
    for (key, ref) in [("density", "density"), ("average_path_length", "average_path_length"), ("diameter", "diameter"),
                       ("reciprocity", "reciprocity"), ("freeman_betweenness_centralization", "freeman_betweenness_centralization")] {
        let ours = try #require((net[key] as? NSNumber)?.doubleValue, "\(key)")
        #expect(CentralityReference.close(ours, try #require(view.network[ref] ?? nil), 1e-9), "\(key)")
    }
    #expect((net["components"] as? Int) == 3 && (net["largest_component"] as? Int) == 5)
    let notes = try #require(doc["notes"] as? [String])
    #expect(notes.contains { $0.contains("no tie") })
    #expect((doc["rows"] as? [Any])?.count == 10)
}

@Test(arguments: ["table", "csv", "json"])
func centrality_emptyAndSingleAgencyNetworks_giveDefinedOutput(_ format: String) throws {
    let empty = try Fixtures.makeNetwork(["agencies.csv": "id,name,sector,type\n",
                                          "relationships.csv": "source,target,type\n"], label: "empty")
    let single = try Fixtures.makeNetwork(["agencies.csv": "id,name,sector,type\nA,Alpha,public,police\n",
                                           "relationships.csv": "source,target,type\n"], label: "single")
    let tieless = try Fixtures.makeNetwork(["agencies.csv": "id,name,sector,type\nA,Alpha,public,police\nB,Beta,private,business\n",
                                            "relationships.csv": "source,target,type\n"], label: "tieless")
    // The loader refuses an agencies.csv without rows, with a message (the core measures of an empty
    // graph are tested in PartnerscopeCoreTests).
    let refused = try Executable.run(["centrality", empty.path, "--format", format])
    #expect(refused.status == 65 && refused.stderr.contains("agencies.csv:1:1: error"))
    for dir in [single, tieless] {
        for flags in [[], ["--directed", "--weighted"]] {
            let run = try Executable.run(["centrality", dir.path, "--format", format, "--quiet"] + flags)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stdout.lowercased().contains("nan") && !run.stdout.contains("inf"))
            if format == "csv" { #expect(run.stdout.hasPrefix(header + "\n")) }
            if format == "json" { #expect(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) is [String: Any]) }
        }
    }
}

/// Issue 18: choosing measures computes only those (pagerank alone took 21–25 s as JSON on a
/// 10,000-agency network because the network-level measures ran exact betweenness and all-pairs
/// distances); the network-level measures come back with --network-measures, and all measures
/// include them as before.
@Test func centrality_chosenMeasures_computeNetworkMeasuresOnlyWhenAsked() throws {
    let chosen = try Executable.run(["centrality", fixture("kite"), "--measures", "pagerank", "--format", "json", "--quiet"])
    #expect(chosen.status == 0, "\(chosen.stderr)")
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(chosen.stdout.utf8)) as? [String: Any])
    #expect(doc["network_measures"] is NSNull)
    let asked = try Executable.run(["centrality", fixture("kite"), "--measures", "pagerank", "--network-measures",
                                    "--format", "json", "--quiet"])
    let askedDoc = try #require(try JSONSerialization.jsonObject(with: Data(asked.stdout.utf8)) as? [String: Any])
    let net = try #require(askedDoc["network_measures"] as? [String: Any])
    // networkx 3.6.1 on the kite: nx.density(G) = 18 / 45 = 0.4 (centrality_reference.json).
    #expect(CentralityReference.close((net["density"] as? NSNumber)?.doubleValue ?? -1, 0.4, 1e-12))
    let all = try Executable.run(["centrality", fixture("kite"), "--format", "json", "--quiet"])
    #expect(((try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])?["network_measures"]) is [String: Any])
    let table = try Executable.run(["centrality", fixture("kite"), "--measures", "pagerank", "--quiet"])
    #expect(table.status == 0 && table.stdout.contains("not computed for the chosen measures: add --network-measures"))
    let csv = try Executable.run(["centrality", fixture("kite"), "--network-measures", "--format", "csv"])
    #expect(csv.status == 64 && csv.stderr.contains("--network-measures"))
}

@Test func centrality_unknownMeasure_exits64WithSuggestion() throws {
    let run = try Executable.run(["centrality", fixture("kite"), "--measures", "betweeness"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("did you mean 'betweenness'"))
}

@Test func centrality_sampling_isAnnouncedAndRepeatable() throws {
    let a = try Executable.run(["centrality", fixture("lesmis"), "--sample", "20", "--seed", "3", "--top", "5"])
    let b = try Executable.run(["centrality", fixture("lesmis"), "--sample", "20", "--seed", "3", "--top", "5"])
    #expect(a.status == 0 && a.stdout == b.stdout)
    #expect(a.stdout.contains("estimated from 20 sampled source agencies"))
    #expect(a.stdout.contains("top 5 of 77"))
}

@Test func centrality_table_sortsByChosenMeasure() throws {
    let run = try Executable.run(["centrality", fixture("kite"), "--measures", "closeness,degree", "--top", "3"])
    #expect(run.status == 0)
    // Krackhardt's kite: Fernando and Garth are closest (networkx 3.6.1 closeness 0.6429).
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let first = try #require(lines.first { $0.hasPrefix("1 ") })
    #expect(first.contains("fernando") && first.contains("0.6429"))
}

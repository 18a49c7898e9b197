import Foundation
import TestSupport
import Testing

private func findings(_ json: String) throws -> [[String: Any]] {
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    return try #require(doc["findings"] as? [[String: Any]])
}

/// Copies Networks/west-yorkshire without the given agencies (and their boundaries and ties).
private func westYorkshire(without removed: Set<String>) throws -> URL {
    let source = Fixtures.repositoryRoot.appendingPathComponent("Networks/west-yorkshire")
    let dir = try Fixtures.temporaryDirectory("wy-subset")
    for (file, columns) in [("agencies.csv", [0]), ("boundaries.csv", [0]), ("relationships.csv", [0, 1]), ("areas.csv", [])] {
        let text = try String(contentsOf: source.appendingPathComponent(file), encoding: .utf8)
        // The id columns come first and are plain slugs, so splitting on the first commas is safe.
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { k, line in
            guard k > 0, !columns.isEmpty else { return true }
            let fields = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            return !columns.contains { $0 < fields.count && removed.contains(fields[$0]) }
        }.map(\.element)
        try kept.joined(separator: "\n").write(to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }
    return dir
}

/// West Yorkshire without its police, fire, NHS commissioners, probation and private bodies: the
/// candidates from England must be the bodies an independent pandas computation finds
/// (scripts/reference/missing_candidates.py, pandas 3.1.1 → missing-candidates-west-yorkshire.json),
/// with the same population shares; for absent types England lacks, one row says so.
@Test func missing_westYorkshireSubset_namesEnglandBodiesForEveryAbsentType() throws {
    let data = try Data(contentsOf: Fixtures.url("missing-candidates-west-yorkshire.json"))
    let reference = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let removed = try #require(reference["removed"] as? [String])
    let byType = try #require(reference["candidates_by_type"] as? [String: [[String: Any]]])
    let englandTypes = Set(try #require(reference["england_types"] as? [String]))
    let dir = try westYorkshire(without: Set(removed))
    let run = try Executable.run(["missing", dir.path, "--catalogue", "Networks/england",
                                   "--requirements", "Networks/requirements.csv", "--format", "json", "--top", "0"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try findings(run.stdout)
    let absent = rows.filter { $0["finding"] as? String == "absent" }
    let absentTypes = Set(absent.map { $0["type"] as! String })
    #expect(absentTypes == ["police", "fire", "icb|ccg|pct", "icb|ccg", "probation", "police|probation", "private"])
    let candidates = rows.filter { $0["finding"] as? String == "candidate" }
    for type in absentTypes {
        let got = candidates.filter { $0["type"] as? String == type }
        let alternatives = type.split(separator: "|").map(String.init)
        let expected = alternatives.flatMap { byType[$0] ?? [] }
        if alternatives.contains(where: englandTypes.contains) {
            #expect(!expected.isEmpty, "\(type)")
        }
        if expected.isEmpty {
            #expect(got.count == 1, "\(type)")
            #expect((got.first?["reason"] as? String)?.contains("exists in the catalogue england") == true, "\(type)")
            #expect(got.first?["candidate"] is NSNull)
            continue
        }
        let ids = got.compactMap { ($0["candidate"] as? [String: Any])?["id"] as? String }
        #expect(Set(ids) == Set(expected.map { $0["id"] as! String }), "\(type)")
        for e in expected {
            let row = try #require(got.first { (($0["candidate"] as? [String: Any])?["id"] as? String) == e["id"] as? String })
            #expect(abs((row["population_share"] as! Double) - (e["share"] as! Double)) < 1e-9)
            #expect((row["reason"] as! String).contains(e["name"] as! String))
        }
    }
    // The real bodies, by name.
    let names = Set(candidates.compactMap { ($0["candidate"] as? [String: Any])?["name"] as? String })
    #expect(names.isSuperset(of: ["West Yorkshire Police", "West Yorkshire Fire and Rescue Authority",
                                  "NHS West Yorkshire Integrated Care Board"]))
}

@Test func missing_westYorkshire_withEngland_runsAndExplainsEveryAbsence() throws {
    let run = try Executable.run(["missing", "Networks/west-yorkshire", "--catalogue", "Networks/england", "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "finding,theme,agency,partner_role,candidate,type,basis,priority,population_share,isolation,score,reason,as_at")
    let kinds = lines.dropFirst().map { String($0.prefix { $0 != "," }) }
    #expect(kinds.contains("unlinked") && kinds.contains("structural"))
    // Findings come grouped in the documented order.
    let order = ["absent", "unlinked", "structural", "candidate"]
    #expect(kinds.map { order.firstIndex(of: $0)! } == kinds.map { order.firstIndex(of: $0)! }.sorted())
    #expect(!run.stdout.contains(",nan") && !run.stdout.contains(",inf"))  // as a field, not in "Tenants"
    // Same input, same bytes.
    let again = try Executable.run(["missing", "Networks/west-yorkshire", "--catalogue", "Networks/england", "--format", "csv"])
    #expect(again.stdout == run.stdout)
}

@Test func missing_badArguments_exitWithUsageOrDataErrors() throws {
    let theme = try Executable.run(["missing", "Networks/west-yorkshire", "--theme", "community-safty"])
    #expect(theme.status == 64)
    #expect(theme.stderr.contains("unknown theme 'community-safty'") && theme.stderr.contains("community-safety"))
    let overlap = try Executable.run(["missing", "Networks/west-yorkshire", "--min-overlap", "1.5"])
    #expect(overlap.status == 64)
    let missingFile = try Executable.run(["missing", "Networks/west-yorkshire", "--requirements", "/nonexistent.csv"])
    #expect(missingFile.status == 66)
    let dir = try Fixtures.makeNetwork([
        "agencies.csv": "id,name,sector,type\npolice,Police,public,police\n",
        "relationships.csv": "source,target,type\n",
        "requirements.csv": "theme,requires,kind,reason,source\nsafety,police,kinde,why,Act\n",
    ])
    let bad = try Executable.run(["missing", dir.path])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("requirements.csv:2:15: error: unknown kind 'kinde'"))
}

@Test func missing_networkOwnRequirements_takePrecedenceAndOutWritesFile() throws {
    let dir = try Fixtures.makeNetwork([
        "agencies.csv": "id,name,sector,type\npolice,Police,public,police\ncouncil,Council,public,unitary-council\n",
        "relationships.csv": "source,target,type\npolice,council,partnership\n",
        "requirements.csv": "theme,requires,kind,reason,source\nsafety,police,type,why,Act\nsafety,fire,type,fire needed,Act\n",
    ])
    let out = dir.appendingPathComponent("report.json").path
    let run = try Executable.run(["missing", dir.path, "--format", "json", "--out", out])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try findings(try String(contentsOfFile: out, encoding: .utf8))
    #expect(rows.map { $0["finding"] as! String } == ["absent"])
    #expect(rows.first?["type"] as? String == "fire")
    #expect(rows.first?["source"] as? String == "Act")
}

/// Issue 13's West Yorkshire symptoms: 26 of 29 unlinked rows had read "X is needed for
/// regeneration as a public sector body", and employment and health expected every type to tie to
/// every other (the police to the Environment Agency). Now a sector is met by any one tie and only
/// the named pairs of roles are expected; the table leads with a statutory gap and rolls up by agency.
@Test func missing_westYorkshire_findingsFollowTheRoles_inPriorityOrder() throws {
    let run = try Executable.run(["missing", "Networks/west-yorkshire", "--format", "csv", "--top", "0", "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    var records: [[String]] = []
    for line in run.stdout.split(separator: "\n").dropFirst() {
        records.append(line.split(separator: ",", maxSplits: 11, omittingEmptySubsequences: false).map(String.init))
    }
    let unlinked = records.filter { $0[0] == "unlinked" }
    #expect(!unlinked.isEmpty)
    #expect(!unlinked.contains { $0[1] == "regeneration" })
    #expect(!run.stdout.contains("public sector body"))
    // No criminal-justice body is asked to tie to an environment body, nor the reverse.
    // An unlinked row's type column is its agency's type.
    for r in unlinked where r[1] == "employment-and-health" {
        let agencyType = r[5]
        #expect(!(["police", "probation"].contains(agencyType) && r[3] == "environment"), "\(r[2]) > \(r[3])")
        #expect(!(agencyType == "environment" && r[3] == "justice"), "\(r[2]) > \(r[3])")
    }
    // Priorities never rise down the list, and the first row is a statutory one.
    let priorities = unlinked.compactMap { Double($0[7]) }
    #expect(priorities.count == unlinked.count && priorities == priorities.sorted(by: >))
    #expect(unlinked.first?[6] == "statutory")
    let table = try Executable.run(["missing", "Networks/west-yorkshire", "--quiet"])
    #expect(table.stdout.contains("more (--top 0 shows all)") && table.stdout.contains("By agency: "))
}

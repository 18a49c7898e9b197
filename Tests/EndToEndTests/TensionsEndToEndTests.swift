import Foundation
import TestSupport
import Testing

private let fixture = "Tests/TestSupport/Fixtures/signed-county"

/// The fixture copied without its county–trust conflict (the one line naming `cc,trust,conflict`).
private func withoutCountyTrustConflict() throws -> URL {
    let source = Fixtures.repositoryRoot.appendingPathComponent(fixture)
    let dir = try Fixtures.temporaryDirectory("signed-without-conflict")
    for file in ["agencies.csv", "areas.csv", "boundaries.csv", "relationships.csv"] {
        var text = try String(contentsOf: source.appendingPathComponent(file), encoding: .utf8)
        if file == "relationships.csv" {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.filter { $0.hasPrefix("cc,trust,conflict,") }.count == 1)
            text = lines.filter { !$0.hasPrefix("cc,trust,conflict,") }.joined(separator: "\n")
        }
        try text.write(to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }
    return dir
}

/// Issue 13's symptom, reproduced: in a county network a conflict between the county council and
/// a hospital trust made the trust a broker (betweenness 0.034 with the conflict, 0 without) and
/// hid the missing county–trust partnership from `missing --theme resilience`. A conflict is not
/// a path or a partnership, so with and without it centrality and missing partners are the same,
/// and the county–trust gap is flagged in both.
@Test func conflictTie_changesNeitherBetweennessNorMissingPartners() throws {
    let without = try withoutCountyTrustConflict()
    defer { try? FileManager.default.removeItem(at: without) }
    let central = try Executable.run(["centrality", fixture, "--format", "csv"])
    let centralWithout = try Executable.run(["centrality", without.path, "--format", "csv"])
    #expect(central.status == 0 && centralWithout.status == 0)
    #expect(central.stdout == centralWithout.stdout, "centrality changed because of a conflict tie")

    // Missing partners: the same findings with the same scores; only the words differ, naming the conflict.
    func findings(_ folder: String) throws -> [[String: Any]] {
        let run = try Executable.run(["missing", folder, "--theme", "resilience", "--format", "json", "--top", "0",
                                      "--requirements", "Networks/requirements.csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require(doc["findings"] as? [[String: Any]])
    }
    func withoutReasons(_ list: [[String: Any]]) throws -> [Data] {
        try list.map { try JSONSerialization.data(withJSONObject: $0.filter { $0.key != "reason" }, options: [.sortedKeys]) }
    }
    let with = try findings(fixture)
    #expect(try withoutReasons(with) == (try withoutReasons(try findings(without.path))))
    func id(_ value: Any?) -> String? { (value as? [String: Any])?["id"] as? String }
    // The trust has no tie to a council; the county council is among its possible partners.
    let countyTrust = with.filter { id($0["agency"]) == "trust" && $0["partner_role"] as? String == "council" }
    let partners = (countyTrust.first?["expected_partners"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    #expect(countyTrust.count == 1 && countyTrust.first?["finding"] as? String == "unlinked" && partners.contains("cc"),
            "the missing county–trust partnership is flagged")
    let text = try Executable.run(["missing", fixture, "--theme", "resilience", "--format", "csv", "--top", "0",
                                   "--requirements", "Networks/requirements.csv"])
    #expect(text.stdout.contains("Shire Hospitals NHS Foundation Trust (NHS trust) has no tie to a council, a tie resilience needs (statutory)"))
    #expect(text.stdout.contains("Shire County Council (overlap 100%; in conflict with it, which is no partnership)"))
}

/// The tensions command on the fixture: every format, exit 0, the unbalanced triangle of the
/// county, the trust and the ICB in plain words, and csv sections named.
@Test func tensions_signedCounty_listsUnbalancedTrianglesInPlainWords() throws {
    let text = try Executable.run(["tensions", fixture, "--as-at", "all"])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("Shire County Council and Shire Hospitals NHS Foundation Trust both work with NHS Shire Integrated Care Board but are in conflict."))
    #expect(text.stdout.contains("Environment Agency (Shire area), Northdale Voluntary Action and Shire Water are all in conflict with one another."))
    #expect(text.stdout.contains("All dates"))

    let json = try Executable.run(["tensions", fixture, "--format", "json"])
    #expect(json.status == 0)
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(doc["as_at"] as? String == "2023-04-01")
    #expect((doc["unbalanced"] as? [Any])?.count == 7)

    let csv = try Executable.run(["tensions", fixture, "--format", "csv", "--section", "triangles"])
    #expect(csv.status == 0)
    #expect(csv.stdout.hasPrefix("kind,balanced,agency_a,agency_b,agency_c,statement,as_at\n"))
    #expect(csv.stdout.contains("\nconflict-between-partners,false,cc,trust,icb,"))

    let usage = try Executable.run(["tensions", fixture, "--format", "csv"])
    #expect(usage.status == 64)
    #expect(usage.stderr.contains("--section summary, triangles or negative-ties"))

    // Byte-identical reruns.
    let again = try Executable.run(["tensions", fixture, "--format", "json"])
    #expect(again.stdout == json.stdout)
}

/// A sign that is neither 1 nor -1, or a conflict marked positive, is a located error (exit 65).
@Test func relationshipsSign_invalidValues_areLocatedErrors() throws {
    let dir = try Fixtures.makeNetwork([
        "agencies.csv": "id,name,sector,type\na,A,public,police\nb,B,public,fire\nc,C,public,icb\n",
        "relationships.csv": "source,target,type,sign\na,b,partnership,2\nb,c,conflict,1\na,c,funding,-1\n",
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try Executable.run(["validate", dir.path])
    #expect(run.status == 65)
    #expect(run.stderr.contains("relationships.csv:2:17: error: sign '2' is not 1 or -1"))
    #expect(run.stderr.contains("relationships.csv:3:14: error: sign 1 on a conflict tie"))
    #expect(!run.stderr.contains(":4:"))
}

import Foundation
import PartnerscopeCore
import PartnerscopeIO
import TestSupport
import Testing

/// "No input may crash the program": seeded random damage to a valid network folder (bytes
/// replaced, cut, duplicated, truncated; quotes, separators, line ends, byte-order marks, invalid
/// UTF-8, NUL, huge and non-finite numbers spliced in), or fields replaced by extreme values in a
/// still well-formed CSV, must end either in diagnostics that name a
/// file, a line and a column, or in a network whose every analysis and every report file is well
/// formed. A crash (a trap on overflow, an index out of range, a force-unwrap) kills the test
/// process, which fails the run.
@Suite struct MalformedInputTests {
    static let tokens: [[UInt8]] = [
        ",", "\"", "\n", "\r\n", "\r", "\u{FEFF}", "", "-1", "nan", "NaN", "inf", "-inf", "1e308", "0",
        "99999999999999999999999", "true", "a,b", "\"\"", " ", "public", "partnership", "é", "<&>",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0x00], [0xE2, 0x82]]

    /// Applies 1–3 random edits to `bytes`.
    static func damage(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var b = bytes
        for _ in 0..<(1 + rng.nextInt(below: 3)) {
            guard !b.isEmpty else { b += tokens[rng.nextInt(below: tokens.count)]; continue }
            let i = rng.nextInt(below: b.count)
            switch rng.nextInt(below: 5) {
            case 0: b.replaceSubrange(i..<min(b.count, i + rng.nextInt(below: 9)), with: tokens[rng.nextInt(below: tokens.count)])
            case 1: b.removeSubrange(i..<min(b.count, i + 1 + rng.nextInt(below: 40)))
            case 2:
                let j = rng.nextInt(below: b.count)
                b.insert(contentsOf: b[j..<min(b.count, j + 1 + rng.nextInt(below: 60))], at: i)
            case 3: b.removeSubrange(i...)
            default: b[i] = UInt8(truncatingIfNeeded: rng.next())
            }
        }
        return b
    }

    /// Values that are legal in some column and extreme or hostile in every one.
    static let values = ["0", "-0", "1", "5", "0.0000001", "1e308", "1.7976931348623157e308", "4.9e-324", "-1", "NaN",
                         "", " ", "true", "false", "2024-02-30", "9999-12-31", "x\"y", "<script>", "\u{202E}evil",
                         "=HYPERLINK(\"x\")", "a\nb", String(repeating: "long ", count: 2000), "public", "voluntary",
                         "conflict", "funding", "icb", "police"]

    /// Keeps the CSV structure but replaces one random field of a data record with one of ``values``,
    /// re-quoting every field: the file stays parseable, so the damage reaches validation and, when the
    /// value is legal, the analyses.
    static func perturbValues(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var records: [[String]] = []
        _ = CSVParser().parse(bytes) { records.append($0.fields) }
        guard records.count > 1 else { return bytes }
        let r = 1 + rng.nextInt(below: records.count - 1)
        guard !records[r].isEmpty else { return bytes }
        records[r][rng.nextInt(below: records[r].count)] = values[rng.nextInt(below: values.count)]
        let text = records.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }
            .joined(separator: "\n") + "\n"
        return Array(text.utf8)
    }

    @Test(arguments: ["hostile-names", "coterminosity-random"])
    func damagedFolders_giveDiagnosticsOrWellFormedReports(fixture: String) throws {
        let source = Fixtures.url(fixture)
        let names = ["agencies.csv", "areas.csv", "boundaries.csv", "relationships.csv"]
        let originals = try names.map { try [UInt8](Data(contentsOf: source.appendingPathComponent($0))) }
        let requirements = RequirementsLoader().builtIn().requirements
        var rng = SplitMix64(seed: 20261201)
        var loaded = 0, refused = 0
        for iteration in 0..<160 {
            let dir = try Fixtures.temporaryDirectory("damaged")
            defer { try? FileManager.default.removeItem(at: dir) }
            let target = rng.nextInt(below: names.count)  // every folder has at least one damaged file
            for (index, (name, original)) in zip(names, originals).enumerated() {
                let roll = rng.nextInt(below: 20)
                if roll == 0 && index != target && name != "agencies.csv" && name != "relationships.csv" { continue }  // optional file left out
                let bytes = index == target || (roll < 3 && iteration % 2 == 0)
                    ? (iteration % 2 == 0 ? Self.damage(original, &rng) : Self.perturbValues(original, &rng)) : original
                try Data(bytes).write(to: dir.appendingPathComponent(name))
            }
            let context = "\(fixture) iteration \(iteration)"
            let network: Network
            do {
                network = try NetworkLoader().load(directory: dir.path).network
            } catch {
                refused += 1
                switch error {
                case .missingInput:
                    Issue.record("\(context): both required files were written, yet: \(error)")
                case let .invalidData(errors, _):
                    #expect(!errors.isEmpty, "\(context)")
                    for d in errors {
                        #expect(d.line >= 1 && d.column >= 1 && !d.message.isEmpty, "\(context): \(d)")
                        #expect(names.contains((d.file as NSString).lastPathComponent), "\(context): \(d)")
                    }
                }
                continue
            }
            loaded += 1
            let analysis = NetworkAnalysis(network: network, requirements: requirements)
            for measure in CentralityMeasure.allCases {
                let values = analysis.centrality[measure] ?? []
                let finite = values.allSatisfy { $0.isFinite }
                #expect(finite, "\(context): \(measure) not finite")
            }
            for file in AnalystReport(analysis: analysis).files() {
                let bytes = file.bytes, path = file.path
                if path.hasSuffix(".json") {
                    let parsed = (try? JSONSerialization.jsonObject(with: Data(bytes))) != nil
                    #expect(parsed, "\(context): \(path)")
                } else if path.hasSuffix(".csv") {
                    let syntaxErrors = CSVParser().parse(bytes) { _ in }
                    #expect(syntaxErrors.isEmpty, "\(context): \(path)")
                } else {
                    let clean = String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy { Markup.isXMLCharacter($0) }
                    #expect(clean, "\(context): \(path)")
                }
            }
        }
        // Both outcomes are exercised, so neither branch of the check is dead.
        #expect(loaded > 10 && refused > 10, "loaded \(loaded), refused \(refused)")
    }

    /// survey.csv and audit.csv damaged at random (the survey fixture, with an audit of the whole
    /// network): every load ends in located diagnostics in those files, or in survey and audit
    /// reports whose JSON parses and whose CSV tables are well formed.
    @Test func damagedSurveyAndAudit_giveDiagnosticsOrWellFormedReports() throws {
        let source = Fixtures.url("survey-fixture")
        let fixed = try ["agencies.csv", "relationships.csv"].map { ($0, try Data(contentsOf: source.appendingPathComponent($0))) }
        let survey = try [UInt8](Data(contentsOf: source.appendingPathComponent("survey.csv")))
        let audit = Array("board,respondent,question,score,comment\n,council,A,2,\n,police,A,0,late\n,icb,I,3,\n,vcs,I,1,\n,police,I,2,\n".utf8)
        var rng = SplitMix64(seed: 20261202)
        var loaded = 0, refused = 0
        for iteration in 0..<120 {
            let dir = try Fixtures.temporaryDirectory("damaged-survey")
            defer { try? FileManager.default.removeItem(at: dir) }
            for (name, data) in fixed { try data.write(to: dir.appendingPathComponent(name)) }
            let damageSurvey = iteration % 3 != 2, damageAudit = iteration % 3 != 0
            for (name, original, damaged) in [("survey.csv", survey, damageSurvey), ("audit.csv", audit, damageAudit)] {
                let bytes = damaged ? (iteration % 2 == 0 ? Self.damage(original, &rng) : Self.perturbValues(original, &rng)) : original
                try Data(bytes).write(to: dir.appendingPathComponent(name))
            }
            let context = "survey/audit iteration \(iteration)"
            let result: LoadedNetwork
            do {
                result = try NetworkLoader().load(directory: dir.path)
            } catch {
                refused += 1
                guard case let .invalidData(errors, _) = error else { Issue.record("\(context): \(error)"); continue }
                for d in errors {
                    #expect(d.line >= 1 && d.column >= 1 && !d.message.isEmpty, "\(context): \(d)")
                    #expect(["survey.csv", "audit.csv"].contains((d.file as NSString).lastPathComponent), "\(context): \(d)")
                }
                continue
            }
            loaded += 1
            var outputs: [ReportTable] = []
            var documents: [JSONValue] = []
            if let s = result.survey {
                for mode in Symmetrisation.allCases {
                    let q = QualityReport(network: result.network, survey: s, options: .init(symmetrisation: mode))
                    outputs += q.tables
                    documents.append(q.json())
                    _ = q.text(top: 5)
                }
            }
            if let a = result.audit {
                let r = AuditReport(network: result.network, audit: a, boards: result.boards, gaps: nil, missingPartners: nil,
                                    boardAnalysis: nil, survey: nil)
                outputs += r.tables
                documents.append(r.json())
            }
            for d in documents {
                #expect((try? JSONSerialization.jsonObject(with: Data(d.rendered().utf8))) != nil, "\(context): JSON")
            }
            for t in outputs { #expect(CSVParser().parse(Array(t.csv().utf8)) { _ in }.isEmpty, "\(context): \(t.id)") }
        }
        #expect(loaded > 10 && refused > 10, "loaded \(loaded), refused \(refused)")
    }
}

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
}

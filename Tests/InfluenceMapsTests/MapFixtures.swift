import Foundation
import GraphvizRender
import PartnerscopeCore
import Testing
import TestSupport

/// The maps' fixtures: ``SixPartners`` with fixed influence values, hostile names and gaps.
enum MapFixtures {
    static func network(names: [String]? = nil) -> Network { SixPartners.network(names: names) }

    static let influence = [0.4, 0.2, 0.2, 0.1, 0.05, 0.05]

    static let hostileNames = [
        "Quote \" and 'apostrophe'", "Back\\slash \\N \\G \\n \\L", "<script>alert(1)</script>",
        "A & B &amp; C", "two\nlines", "Zürich – Łódź ☃ 東京 ]]> <!-- x -->",
    ]

    static func gaps() -> [CoterminosityPair] {
        [
            CoterminosityPair(a: 0, b: 2, relation: .partial, jaccard: 0.4, aInB: 0.5, bInA: 0.6,
                              populationShared: 400_000, populationAOnly: 412_345.4, populationBOnly: 1_900_000,
                              partners: true, expected: true),
            CoterminosityPair(a: 4, b: 1, relation: .partial, jaccard: 0.3, aInB: 0.5, bInA: 0.4,
                              populationShared: 100, populationAOnly: 50, populationBOnly: 25,
                              partners: false, expected: true),
            // Nested, not a gap: the map must leave it out.
            CoterminosityPair(a: 0, b: 1, relation: .aWithinB, jaccard: 0.3, aInB: 1, bInA: 0.3,
                              populationShared: 100, populationAOnly: 0, populationBOnly: 200,
                              partners: true, expected: true),
        ]
    }

    /// Compares `text` with the golden file `Golden/NAME`; with UPDATE_GOLDEN=1 in the
    /// environment, rewrites the file instead (then review the diff).
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "differs from Golden/\(name); rerun with UPDATE_GOLDEN=1 and review the diff",
                sourceLocation: sourceLocation)
    }
}

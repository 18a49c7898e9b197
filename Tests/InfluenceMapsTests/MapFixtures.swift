import Foundation
import GraphvizRender
import PartnerscopeCore
import Testing

/// A six-agency partnership with one tie of each style the maps distinguish, two agencies in the
/// same power–interest cell and one agency without ratings. Influence values are fixed inputs.
enum MapFixtures {
    static func network(names: [String]? = nil) -> Network {
        let rows: [(String, String, Sector, String, Level?, Int?, Int?)] = [
            ("council", "Leeds City Council", .public, "metropolitan-district", .local, 5, 5),
            ("police", "West Yorkshire Police", .public, "police", .subregional, 5, 4),
            ("icb", "NHS West Yorkshire ICB", .public, "icb", .subregional, 4, 2),
            ("vcs", "Voluntary Action Leeds", .voluntary, "voluntary-org", .local, 2, 5),
            ("firm", "Yorkshire Water", .private, "business", .regional, 2, 5),
            ("forum", "Leeds Tenants Federation", .community, "community-org", .neighbourhood, nil, nil),
        ]
        let agencies = rows.enumerated().map { k, r in
            Agency(id: AgencyID(r.0), name: names?[k] ?? r.1, sector: r.2, type: r.3, level: r.4, power: r.5, interest: r.6,
                   statutory: r.2 == .public)
        }
        let ties: [Relationship] = [
            Relationship(source: 1, target: 0, type: .accountability, weight: 1, directed: true),
            Relationship(source: 0, target: 3, type: .funding, weight: 4, directed: true),
            Relationship(source: 0, target: 2, type: .partnership, weight: 2),
            Relationship(source: 2, target: 4, type: .conflict, weight: 1),
            Relationship(source: 3, target: 5, type: .informal, weight: 1),
            Relationship(source: 1, target: 2, type: .protocol, weight: 8),
        ]
        return Network(name: "fixture", agencies: agencies, relationships: ties)
    }

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

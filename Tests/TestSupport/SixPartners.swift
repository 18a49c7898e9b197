import PartnerscopeCore

/// A six-agency partnership with one tie of each style the maps distinguish (accountability,
/// funding, partnership, conflict, informal, protocol), two agencies in the same power–interest
/// cell and one agency without ratings: the maps' fixture and the ego networks' graph.
///
///     police ─accountable to→ council ─funds→ vcs ─informal─ forum
///     police ─protocol─ icb ─partnership─ council;  icb ─conflict─ firm
public enum SixPartners {
    /// The network; `names` replaces the agencies' names in row order (for hostile-text tests).
    public static func network(names: [String]? = nil) -> Network {
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
        return Network(name: "fixture", agencies: agencies, relationships: ties)
    }

    public static let ties: [Relationship] = [
        Relationship(source: 1, target: 0, type: .accountability, weight: 1, directed: true),
        Relationship(source: 0, target: 3, type: .funding, weight: 4, directed: true),
        Relationship(source: 0, target: 2, type: .partnership, weight: 2),
        Relationship(source: 2, target: 4, type: .conflict, weight: 1),
        Relationship(source: 3, target: 5, type: .informal, weight: 1),
        Relationship(source: 1, target: 2, type: .protocol, weight: 8),
    ]
}

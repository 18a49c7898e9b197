/// The sector an agency belongs to (`sector` column of `agencies.csv`).
public enum Sector: String, CaseIterable, Sendable, Comparable, Codable {
    case `public`, `private`, voluntary, community
    public static func < (lhs: Sector, rhs: Sector) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The tier at which an agency works (`level` column of `agencies.csv`).
public enum Level: String, CaseIterable, Sendable, Codable {
    case national, regional, subregional, local, neighbourhood
}

/// The kind of a tie between two agencies (`type` column of `relationships.csv`).
public enum RelationshipType: String, CaseIterable, Sendable, Comparable, Codable {
    case partnership, `protocol`, agreement, funding, commissioning, accountability, scrutiny, informal, conflict
    public static func < (lhs: RelationshipType, rhs: RelationshipType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The recommended vocabulary for the free-text agency `type`, for UK public-service bodies.
///
/// Analyses that reason about kinds of agency (coterminosity by type, missing partners) match
/// on these strings; other values are accepted and simply compared as text.
public enum AgencyTypeVocabulary {
    /// Each recommended type with a one-line description, in the order the README lists them.
    public static let recommended: [(type: String, description: String)] = [
        ("county-council", "upper-tier council in a two-tier area"),
        ("district-council", "lower-tier council in a two-tier area"),
        ("unitary-council", "single-tier council (including metropolitan districts and London boroughs)"),
        ("metropolitan-district", "single-tier council in a metropolitan county"),
        ("london-borough", "single-tier council in Greater London"),
        ("combined-authority", "combined authority or mayoral combined authority"),
        ("police", "police force (its chief officer)"),
        ("pcc", "police and crime commissioner (from November 2012), or the police authority before it"),
        ("fire", "fire and rescue authority"),
        ("icb", "integrated care board (NHS, from July 2022)"),
        ("ccg", "clinical commissioning group (NHS, until June 2022)"),
        ("pct", "primary care trust (NHS, until March 2013)"),
        ("nhs-trust", "NHS acute, mental-health or community trust"),
        ("gp-federation", "GP federation or primary care network"),
        ("lep", "local enterprise partnership"),
        ("university", "university"),
        ("college", "further-education college"),
        ("jobcentre", "Jobcentre Plus / DWP"),
        ("housing", "housing association or arm's-length housing body"),
        ("environment", "Environment Agency, Natural England or an environmental body"),
        ("probation", "probation service"),
        ("voluntary-org", "voluntary or community sector body"),
        ("community-org", "community group or neighbourhood forum"),
        ("business", "private employer or business"),
        ("chamber", "chamber of commerce or business association"),
        ("government-office", "government office for a region"),
        ("rda", "regional development agency"),
        ("lsc", "Learning and Skills Council"),
        ("transport-authority", "passenger or integrated transport authority (before combined authorities)"),
    ]

    /// The recommended types alone. - Complexity: O(1) after the first use.
    public static let types: Set<String> = Set(recommended.map(\.type))
}

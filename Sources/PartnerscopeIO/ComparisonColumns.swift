import Foundation
import PartnerscopeCore

/// The comparison's columns in words: a label a national analyst reads, how values are written,
/// what each column means in one line, and which columns lead the page.
///
/// Column names are those of ``ComparisonTable`` (``ComparisonRow/measureNames``, then
/// `sector_<s>`, `type_<t>`, `neff_<t>`, `councils_split_<t>`); the CSV and JSON keep the names,
/// the pages use these words.
public enum ComparisonColumns {
    /// The label of a column, e.g. "residents in a coterminosity gap" for `share_in_gaps`.
    public static func label(_ name: String) -> String {
        if let fixed = labels[name] { return fixed }
        if let t = suffix(name, "type_") { return "agencies: \(t)" }
        if let s = suffix(name, "sector_") { return "\(s) sector agencies" }
        if let t = suffix(name, "neff_") { return "\(t) bodies per council (N_eff)" }
        if let t = suffix(name, "councils_split_") { return "councils split between \(t) bodies" }
        return name.replacingOccurrences(of: "_", with: " ")
    }

    /// One line saying what the column measures (tooltips and the pages' notes).
    public static func meaning(_ name: String) -> String {
        if let fixed = meanings[name] { return fixed }
        if let t = suffix(name, "type_") { return "Agencies of type \(t) in the footprint's network." }
        if let s = suffix(name, "sector_") { return "Agencies of the \(s) sector in the footprint's network." }
        if let t = suffix(name, "neff_") {
            return "How many \(t) bodies the typical council deals with: the population-weighted mean effective number (1 = one body serves all its people)."
        }
        if let t = suffix(name, "councils_split_") {
            return "Councils whose people are split between \(t) bodies (no one \(t) body serves 99.5% of them)."
        }
        return ""
    }

    /// `value` written for people: residents grouped in thousands, shares as percentages, money in
    /// pounds, counts whole, indices to three decimals; "–" for no value.
    public static func format(_ name: String, _ value: Double?) -> String {
        guard let v = value, v.isFinite else { return "–" }
        switch kind(name) {
        case .people: return NumberFormat.grouped(Int(v.rounded()))
        case .share: return NumberFormat.fixed(100 * v, 1) + "%"
        case .pounds: return "£" + NumberFormat.grouped(Int(v.rounded()))
        case .rate: return NumberFormat.fixed(v, 1)
        case .count: return v == v.rounded() && abs(v) < 1e15 ? NumberFormat.grouped(Int(v)) : NumberFormat.fixed(v, 1)
        case .index: return NumberFormat.fixed(v, 3)
        }
    }

    enum Kind { case people, share, pounds, rate, count, index }

    static func kind(_ name: String) -> Kind {
        if name.hasPrefix("population") { return .people }
        switch name {
        case "share_coterminous", "share_in_gaps": return .share
        case "spend_per_head": return .pounds
        case "agencies_per_100k": return .rate
        case "density", "degree_centralization", "betweenness_centralization", "modularity", "ei_sector", "ei_type": return .index
        default: return name.hasPrefix("neff_") ? .index : .count
        }
    }

    /// The measures drawn large, one line per footprint with its name, on the comparison page:
    /// the per-head figures first.
    public static let headline = ["share_in_gaps", "agencies_per_100k", "spend_per_head", "population_misaligned", "share_coterminous"]

    /// The order of the columns on the pages: per-head figures first, then people, structure,
    /// partners, and the per-type columns in the table's order.
    public static func ordered(_ columns: [ComparisonTable.Column]) -> [ComparisonTable.Column] {
        let lead = ["share_in_gaps", "agencies_per_100k", "spend_per_head", "population_footprint", "population_misaligned",
                    "share_coterminous", "population_in_gaps", "population_covered", "agencies", "ties", "density",
                    "degree_centralization", "betweenness_centralization", "components", "modularity", "communities",
                    "ei_sector", "ei_type", "partner_pairs", "absent_partners", "unlinked_partners"]
        let rank = Dictionary(uniqueKeysWithValues: lead.enumerated().map { ($1, $0) })
        return columns.enumerated().sorted { l, r in
            let a = rank[l.element.name] ?? lead.count + l.offset, b = rank[r.element.name] ?? lead.count + r.offset
            return a < b
        }.map(\.element)
    }

    private static func suffix(_ name: String, _ prefix: String) -> String? {
        name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : nil
    }

    static let labels: [String: String] = [
        "agencies": "agencies", "ties": "ties", "density": "density",
        "degree_centralization": "degree centralisation", "betweenness_centralization": "betweenness centralisation",
        "components": "separate parts", "modularity": "modularity", "communities": "communities",
        "ei_sector": "E–I index by sector", "ei_type": "E–I index by type", "partner_pairs": "partner pairs",
        "share_coterminous": "partner pairs coterminous", "population_covered": "people the bodies serve",
        "population_footprint": "residents", "population_in_gaps": "people in gaps (bodies' whole areas)",
        "share_in_gaps": "residents living in a gap", "population_misaligned": "worst split (people)",
        "agencies_per_100k": "agencies per 100,000 residents", "spend_per_head": "public spend per head",
        "absent_partners": "absent partners", "unlinked_partners": "unlinked partners",
    ]

    static let meanings: [String: String] = [
        "agencies": "Agencies whose boundary touches the footprint.",
        "ties": "Pairs of agencies with a tie.",
        "density": "Ties present out of all possible pairs (0–1).",
        "degree_centralization": "Freeman degree centralisation: 1 when one agency holds every tie (a star), 0 when all hold as many.",
        "betweenness_centralization": "Freeman betweenness centralisation: how far one agency stands on every path between the others.",
        "components": "Parts of the network with no tie between them (1 = connected).",
        "modularity": "How strongly the network divides into communities (Leiden): higher means more separate silos.",
        "communities": "Communities found by Leiden.",
        "ei_sector": "Krackhardt–Stern E–I index by sector: +1 every tie crosses sectors, −1 none does.",
        "ei_type": "E–I index by agency type: +1 every tie joins different types, −1 none does.",
        "partner_pairs": "Overlapping pairs of agencies of different types, expected to work together.",
        "share_coterminous": "Share of partner pairs whose areas coincide (within 0.5%).",
        "population_covered": "People served by at least one of the agencies, over their whole areas (for a London footprint, all of London).",
        "population_footprint": "People living in the footprint itself.",
        "population_in_gaps": "People served by a pair of partners whose areas only partly overlap, over the bodies' whole areas.",
        "share_in_gaps": "Residents of the footprint served by a pair of partners whose areas only partly overlap, as a share of its residents.",
        "population_misaligned": "The worst split among the gaps: the people on the smaller side of one line.",
        "agencies_per_100k": "Agencies per 100,000 residents, each agency counted by the share of its people who live in the footprint.",
        "spend_per_head": "Budgets (budget_m) apportioned to the footprint by population share (Total Place), per resident; an approximation.",
        "absent_partners": "Partnership themes with no agency of a required type in the network.",
        "unlinked_partners": "Required partners present but with no tie to the partnership.",
    ]
}

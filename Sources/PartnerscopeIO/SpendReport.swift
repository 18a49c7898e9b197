import Foundation
import PartnerscopeCore

/// Total Place (``TotalPlace``) as tables, JSON and text, every output stating that the figures
/// apportion budgets by population share, with the assumptions that brings.
public struct SpendReport: Sendable {
    public let network: Network
    public let spend: TotalPlace

    public init(network: Network) {
        self.network = network
        spend = TotalPlace(network: network)
    }

    var unit: String { spend.byPopulation ? "people" : "leaf areas" }

    /// How many budgets agencies.csv marks `budget_provenance=illustrative`, of how many budgets.
    public var budgetProvenance: (illustrative: Int, budgeted: Int) { BudgetProvenance.counts(network.agencies) }

    /// The warning every output opens with when budgets are marked illustrative; empty otherwise.
    public var illustrativeNote: String {
        let (marked, budgeted) = budgetProvenance
        if marked == 0 { return "" }
        if marked == budgeted {
            return "ILLUSTRATIVE BUDGETS: every budget_m is marked budget_provenance=illustrative in agencies.csv (written to show the method, not taken from annual accounts), so these figures are not real spend. "
        }
        return "ILLUSTRATIVE BUDGETS: \(marked) of the \(budgeted) budgets are marked budget_provenance=illustrative in agencies.csv (not taken from annual accounts), and the figures below include them. "
    }

    /// The approximation and its assumptions, in one paragraph (after the warning about
    /// illustrative budgets, when there is one).
    public var assumptions: String {
        illustrativeNote + "An approximation: each agency's budget_m (one year's, as agencies.csv records it) is spread over the areas it serves in proportion to the \(unit) it serves there (boundaries.csv shares), as if every pound were spent evenly per head; a body's regional or back-office spend is placed like the rest. Only agencies of the network with a budget_m count: the 'no budget' column counts bodies serving the area whose budget is not recorded. 'Through ties' is the share of the area's spend from agencies that commission or fund another agency of the network (the data hold no amount per tie)."
    }

    static let sectors = Sector.allCases

    /// On every row: `illustrative` when every budget is marked so, `3 of 26 illustrative`, or empty.
    var budgetsLabel: String { BudgetProvenance.label(budgetProvenance) }
    var budgetsColumn: ReportTable.Column {
        .init("budgets", "Budgets", help: "illustrative: agencies.csv marks the budgets budget_provenance=illustrative")
    }

    /// One row per reporting area, in areas.csv order.
    public var areasTable: ReportTable {
        let rows: [[ReportTable.Cell]] = spend.areas.map { s in
            let area = network.areas[s.area]
            return [.text(area.code.rawValue), .text(area.name), .number(s.population, digits: 0), .number(s.total, digits: 1),
                    .number(s.perHead, digits: 0)]
                + Self.sectors.map { .number(s.bySector[$0] ?? 0, digits: 1) }
                + [.number(s.throughTiesShare, digits: 3), .int(s.fundedAgencies), .int(s.unbudgetedAgencies), .text(budgetsLabel)]
        }
        return ReportTable(
            id: "spend", title: "Total Place: public money by area",
            explanation: "The money of the network's agencies flowing into each area (£ millions, and £ per head), by sector. " + assumptions,
            emptyNote: "No area receives spend: the network has no areas or boundaries, or no agency has a budget_m.",
            columns: [.init("area", "Area"), .init("name", "Name", long: true), .init("population", spend.byPopulation ? "People" : "Leaf areas", numeric: true),
                      .init("spend_m", "Spend £m", numeric: true), .init("per_head", "£ per head", numeric: true)]
                + Self.sectors.map { .init("\($0.rawValue)_m", "\($0.rawValue.capitalized) £m", numeric: true) }
                + [.init("through_ties_share", "Through ties", numeric: true, help: "share of the spend from agencies that commission or fund through ties"),
                   .init("agencies_with_budget", "Bodies", numeric: true), .init("agencies_without_budget", "No budget", numeric: true),
                   budgetsColumn],
            rows: rows)
    }

    /// One row per area and agency type.
    public var typesTable: ReportTable {
        var rows: [[ReportTable.Cell]] = []
        for s in spend.areas {
            let area = network.areas[s.area]
            for (type, x) in s.byType {
                rows.append([.text(area.code.rawValue), .text(area.name), .text(type), .number(x, digits: 1),
                             .number(s.population > 0 ? x * 1_000_000 / s.population : nil, digits: 0),
                             .number(s.total > 0 ? x / s.total : nil, digits: 3), .text(budgetsLabel)])
            }
        }
        return ReportTable(
            id: "spend-by-type", title: "Total Place: public money by area and type of body",
            explanation: "Each area's spend split by agency type. " + assumptions,
            emptyNote: "No area receives spend.",
            columns: [.init("area", "Area"), .init("name", "Name", long: true), .init("type", "Type"),
                      .init("spend_m", "Spend £m", numeric: true), .init("per_head", "£ per head", numeric: true),
                      .init("share", "Share of the area", numeric: true), budgetsColumn],
            rows: rows)
    }

    public func findings() -> [String] {
        var out = ["£\(NumberFormat.grouped(Int(spend.placed.rounded())))m of £\(NumberFormat.grouped(Int(spend.budgeted.rounded())))m in recorded budgets placed over \(spend.areas.count) area\(spend.areas.count == 1 ? "" : "s") by population share (an approximation)."]
        let ranked = spend.areas.filter { $0.perHead != nil }.sorted { $0.perHead! > $1.perHead! }
        if let hi = ranked.first, let lo = ranked.last, ranked.count > 1 {
            out.append("Per head: highest \(network.areas[hi.area].name) £\(NumberFormat.grouped(Int(hi.perHead!.rounded()))), lowest \(network.areas[lo.area].name) £\(NumberFormat.grouped(Int(lo.perHead!.rounded()))).")
        }
        if !spend.unplaced.isEmpty {
            out.append("Not placed (a budget but no boundaries): " + spend.unplaced.map { network.agencies[$0].name }.joined(separator: ", ") + ".")
        }
        return out
    }

    public func text(top: Int) -> String {
        var out = "Total Place: \(network.name)\n"
        if !illustrativeNote.isEmpty { out += illustrativeNote.trimmingCharacters(in: .whitespaces) + "\n" }
        out += "\n"
        for f in findings() { out += "- \(f)\n" }
        out += "\n" + assumptions + "\n"
        out += areasTable.terminalText(columns: ["area", "name", "population", "spend_m", "per_head", "public_m", "voluntary_m", "through_ties_share", "agencies_without_budget"], top: top)
        return out
    }

    public func json() -> JSONValue {
        .object([
            ("network", .string(network.name)), ("method", .string("population-share apportionment")),
            ("assumptions", .string(assumptions)), ("weighted_by", .string(unit)),
            ("budgets", .string(budgetsLabel)), ("illustrative_budgets", .int(budgetProvenance.illustrative)),
            ("budgets_recorded", .int(budgetProvenance.budgeted)),
            ("placed_m", .number(spend.placed)), ("budgeted_m", .number(spend.budgeted)),
            ("unplaced", .array(spend.unplaced.map { .string(network.agencies[$0].id.rawValue) })),
            ("findings", .array(findings().map { .string($0) })),
            ("areas", areasTable.jsonRows()), ("by_type", typesTable.jsonRows()),
        ])
    }
}

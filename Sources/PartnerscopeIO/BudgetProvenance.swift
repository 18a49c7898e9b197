import Foundation
import PartnerscopeCore

/// Whether an agency's `budget_m` is marked as made up. agencies.csv may carry a
/// `budget_provenance` column (kept, like any extra column, in ``Agency/attributes``); the value
/// `illustrative` says the budget was written to show the method, not taken from accounts
/// (Networks/west-yorkshire marks every budget so). Every output built on budgets (`spend`, the
/// audit's question F) then says so.
public enum BudgetProvenance {
    /// The column of agencies.csv.
    public static let column = "budget_provenance"

    /// Whether `agency` has a budget marked `illustrative` (case and surrounding spaces ignored).
    ///
    /// - Complexity: O(extra columns of the agency).
    public static func isIllustrative(_ agency: Agency) -> Bool {
        guard agency.budgetMillions != nil, let value = agency.attributes[column] else { return false }
        return value.trimmingCharacters(in: .whitespaces).lowercased() == "illustrative"
    }

    /// How many of the agencies with a `budget_m` are marked illustrative, of how many.
    ///
    /// - Complexity: O(|V| · extra columns).
    public static func counts(_ agencies: some Sequence<Agency>) -> (illustrative: Int, budgeted: Int) {
        var marked = 0, budgeted = 0
        for a in agencies where a.budgetMillions != nil {
            budgeted += 1
            if isIllustrative(a) { marked += 1 }
        }
        return (marked, budgeted)
    }

    /// The cell written beside every figure made from budgets: `illustrative` when every budget is
    /// marked so, `3 of 26 illustrative` when some are, empty when none is.
    public static func label(_ counts: (illustrative: Int, budgeted: Int)) -> String {
        if counts.illustrative == 0 { return "" }
        return counts.illustrative == counts.budgeted ? "illustrative" : "\(counts.illustrative) of \(counts.budgeted) illustrative"
    }
}

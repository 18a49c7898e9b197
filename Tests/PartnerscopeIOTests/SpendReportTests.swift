import PartnerscopeCore
import PartnerscopeIO
import Testing

/// Budgets marked as made up (agencies.csv `budget_provenance`) are said so by every spend output.
@Suite struct SpendReportTests {
    /// Two districts of 100 and 300 people; a council over both with budget 4 (£m), a police force
    /// over the first with budget 1, a charity with no budget.
    static func network(marks: [String?]) -> Network {
        func attributes(_ mark: String?) -> Attributes { Attributes(mark.map { [(key: "budget_provenance", value: $0)] } ?? []) }
        let agencies = [
            Agency(id: "council", name: "Council", sector: .public, type: "council", budgetMillions: 4, attributes: attributes(marks[0])),
            Agency(id: "police", name: "Police", sector: .public, type: "police", budgetMillions: 1, attributes: attributes(marks[1])),
            Agency(id: "charity", name: "Charity", sector: .voluntary, type: "charity", attributes: attributes("illustrative")),
        ]
        let areas = [Area(code: "D1", name: "One", population: 100), Area(code: "D2", name: "Two", population: 300)]
        return Network(name: "spend", agencies: agencies, areas: areas,
                       boundaries: [Boundary(agency: 0, area: 0), Boundary(agency: 0, area: 1), Boundary(agency: 1, area: 0)],
                       relationships: [])
    }

    @Test func everyBudgetIllustrative_isSaidInTextJSONAndEveryRow() {
        let report = SpendReport(network: Self.network(marks: ["illustrative", " Illustrative "]))
        // The charity's mark does not count: it has no budget.
        #expect(report.budgetProvenance.illustrative == 2 && report.budgetProvenance.budgeted == 2)
        #expect(report.text(top: 5).contains("ILLUSTRATIVE BUDGETS: every budget_m is marked"))
        #expect(report.json().rendered().contains("\"illustrative_budgets\": 2,"))
        for table in [report.areasTable, report.typesTable] {
            let lines = table.csv().split(separator: "\n")
            #expect(lines.first?.hasSuffix(",budgets") == true)
            #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",illustrative") }, "\(table.id)")
        }
    }

    @Test func someBudgetsIllustrative_countsThem_noneMarked_saysNothing() {
        let some = SpendReport(network: Self.network(marks: ["illustrative", nil]))
        #expect(some.assumptions.hasPrefix("ILLUSTRATIVE BUDGETS: 1 of the 2 budgets"))
        #expect(some.areasTable.csv().contains(",1 of 2 illustrative\n"))
        let none = SpendReport(network: Self.network(marks: [nil, "sourced: annual accounts 2023/24"]))
        #expect(none.illustrativeNote.isEmpty && none.assumptions.hasPrefix("An approximation"))
        #expect(!none.text(top: 5).contains("ILLUSTRATIVE"))
    }
}

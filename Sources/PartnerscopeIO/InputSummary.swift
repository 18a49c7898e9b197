import Foundation
import PartnerscopeCore

/// What `partnerscope validate` says about a folder beyond its network: how much each optional
/// file (boards, survey, audit) holds once it loaded, and, when the folder does not load, how many
/// errors and warnings each file raised, so that a long list of diagnostics can be read at a glance.
public enum InputSummary {
    /// Errors and warnings counted per file, in file order: `survey.csv: 3 errors, 1 warning`.
    /// Files are named by their last path component; warnings are left out when `includingWarnings`
    /// is false, and files with nothing to count are not listed.
    ///
    /// - Complexity: O(d log d) for d diagnostics.
    public static func countsByFile(errors: [Diagnostic], warnings: [Diagnostic], includingWarnings: Bool) -> [String] {
        var counts: [String: (errors: Int, warnings: Int)] = [:]
        for d in errors { counts[d.file, default: (0, 0)].errors += 1 }
        if includingWarnings { for d in warnings { counts[d.file, default: (0, 0)].warnings += 1 } }
        return counts.keys.sorted().map { file in
            let c = counts[file]!
            var parts: [String] = []
            if c.errors > 0 { parts.append(plural(c.errors, "error")) }
            if c.warnings > 0 { parts.append(plural(c.warnings, "warning")) }
            return "\(TerminalText.escaped((file as NSString).lastPathComponent)): \(parts.joined(separator: ", "))"
        }
    }

    /// One line per optional file the folder has: boards and memberships, the survey, the audit,
    /// with the warnings each raised. `loaded` is the folder as read (every date), so that the
    /// counts are those of the files.
    public static func optionalFiles(_ loaded: LoadedNetwork) -> [String] {
        var out: [String] = []
        func warnings(_ names: [String]) -> String {
            let n = loaded.warnings.filter { names.contains(($0.file as NSString).lastPathComponent) }.count
            return n == 0 ? "" : ", \(plural(n, "warning"))"
        }
        if !loaded.boards.isEmpty {
            out.append("boards.csv, memberships.csv: \(plural(loaded.boards.boards.count, "board")), \(plural(loaded.boards.memberships.count, "seat"))\(warnings(["boards.csv", "memberships.csv"]))")
        }
        if let survey = loaded.survey {
            out.append("survey.csv: " + surveyText(survey) + warnings(["survey.csv"]))
        }
        if let audit = loaded.audit {
            out.append("audit.csv: " + auditText(audit, boards: loaded.boards) + warnings(["audit.csv", "audit-questions.csv"]))
        }
        return out
    }

    /// `390 ratings by 33 respondents about 37 agencies in 2 waves (2023-03, 2024-03); 6 scored questions (6 PARTNER items); provenance illustrative`.
    static func surveyText(_ survey: Survey) -> String {
        let respondents = Set(survey.ratings.map(\.respondent)).count
        let rated = Set(survey.ratings.map(\.about)).count
        let standard = survey.dimensions.filter(\.isStandard).count
        var s = "\(plural(survey.ratings.count, "rating")) by \(plural(respondents, "respondent")) about \(plural(rated, "agency", "agencies")) in \(plural(survey.waves.count, "wave"))"
        s += survey.waves.isEmpty ? "" : " (\(TerminalText.escaped(survey.waves.prefix(6).joined(separator: ", ")))\(survey.waves.count > 6 ? ", …" : ""))"
        s += "; \(plural(survey.dimensions.count, "scored question")) (\(standard) of the 6 PARTNER items)"
        return s + provenance(survey.provenance)
    }

    /// `333 answers by 37 respondents to 9 questions, for the whole network and 4 boards; provenance illustrative`.
    static func auditText(_ loaded: LoadedAudit, boards: BoardSet) -> String {
        let audit = loaded.audit
        let respondents = Set(audit.responses.map(\.respondent)).count
        let questions = Set(audit.responses.map(\.question)).count
        let boardCount = Set(audit.responses.compactMap(\.board)).count
        let whole = audit.responses.contains { $0.board == nil }
        var scope: [String] = []
        if whole { scope.append("the whole network") }
        if boardCount > 0 { scope.append(plural(boardCount, "board")) }
        var s = "\(plural(audit.responses.count, "answer")) by \(plural(respondents, "respondent")) to \(plural(questions, "question")) of \(audit.questions.count)"
        if !scope.isEmpty { s += ", for \(scope.joined(separator: " and "))" }
        return s + provenance(loaded.provenance)
    }

    static func provenance(_ values: [String]) -> String {
        values.isEmpty ? "" : "; provenance \(TerminalText.escaped(values.joined(separator: ", ")))"
    }

    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(NumberFormat.grouped(n)) \(n == 1 ? one : many ?? one + "s")"
    }
}

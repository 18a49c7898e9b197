import PartnerscopeCore
import PartnerscopeIO
import Testing

/// What `validate` adds to the diagnostics: counts per file, and what each optional file holds.
@Suite struct InputSummaryTests {
    static func d(_ file: String, _ line: Int, _ severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(file: file, line: line, column: 1, severity: severity, message: "m")
    }

    @Test func countsByFile_namesEachFileOnce_inFileOrder_warningsOnlyWhenAsked() {
        let errors = [Self.d("n/survey.csv", 2), Self.d("n/survey.csv", 3), Self.d("n/audit.csv", 2)]
        let warnings = [Self.d("n/survey.csv", 4, .warning), Self.d("n/agencies.csv", 2, .warning)]
        #expect(InputSummary.countsByFile(errors: errors, warnings: warnings, includingWarnings: true)
                == ["agencies.csv: 1 warning", "audit.csv: 1 error", "survey.csv: 2 errors, 1 warning"])
        #expect(InputSummary.countsByFile(errors: errors, warnings: warnings, includingWarnings: false)
                == ["audit.csv: 1 error", "survey.csv: 2 errors"])
    }

    @Test func countsByFile_escapesAFileNameThatWouldDriveTheTerminal() {
        let lines = InputSummary.countsByFile(errors: [Self.d("n/\u{1B}[2Jsurvey.csv", 2)], warnings: [], includingWarnings: true)
        #expect(lines.count == 1 && !lines[0].unicodeScalars.contains { $0 == "\u{1B}" })
    }
}

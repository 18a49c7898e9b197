import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a network folder and print every problem found.",
        discussion: """
        Checks every file of the folder: agencies.csv, relationships.csv, areas.csv, boundaries.csv \
        and, when present, boards.csv and memberships.csv, survey.csv, audit.csv and \
        audit-questions.csv. Errors print as FILE:LINE:COLUMN: error: message (an unknown agency, \
        a score out of range, a duplicate row...), then how many each file raised when there are several. A valid folder \
        prints its counts, with a line for each optional file (ratings, waves, answers, provenance). \
        Exit status: 0 when the network is valid (warnings allowed), 65 when the data are invalid, \
        66 when a file is missing.

        Example:
          partnerscope validate Networks/west-yorkshire
        """
    )

    @OptionGroup var input: NetworkOptions

    func run() throws {
        let read: LoadedNetwork
        do throws(LoadError) {
            read = try resolveNetwork(input.network, quiet: input.quiet, strict: input.strict, requirements: nil)
        } catch {
            Console.error(lines: error.lines(includingWarnings: !input.quiet))
            // Per file, when the problems span several files (for one, the total says it all).
            if case let .invalidData(errors, warnings) = error {
                let counts = InputSummary.countsByFile(errors: errors, warnings: warnings, includingWarnings: !input.quiet)
                if counts.count > 1 { Console.error(lines: counts.map { "  " + $0 }) }
            }
            throw ExitCode(error.exitCode)
        }
        let loaded = try input.ties.apply(to: input.time.view(read), quiet: input.quiet)
        let n = loaded.network
        let warnings = loaded.warnings.count
        var out = "\(loaded.directory): valid: \(n.agencyCount) agencies, \(n.relationships.count) relationships, \(n.areas.count) areas, \(n.boundaries.count) boundaries\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")\n"
        for line in InputSummary.optionalFiles(read) { out += "  \(line)\n" }
        Console.output(out)
    }
}

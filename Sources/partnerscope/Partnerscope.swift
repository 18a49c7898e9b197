import ArgumentParser
import Foundation
import PartnerscopeIO

/// The root command: it only wires the subcommands together.
@main
struct Partnerscope: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnerscope",
        abstract: "Analyse the networks of organisations that deliver public services together.",
        discussion: """
        A network is a folder of CSV files: agencies.csv and relationships.csv (required), \
        areas.csv and boundaries.csv (optional). See the README for the schema.

        Example:
          partnerscope summary Networks/west-yorkshire
        """,
        version: Partnerscope.version,
        subcommands: [ValidateCommand.self, SummaryCommand.self, GapsCommand.self, CentralityCommand.self,
                      MissingCommand.self, SilosCommand.self, TensionsCommand.self, InfluenceCommand.self, MapCommand.self, ReportCommand.self,
                      ExportCommand.self, CompareCommand.self, BatchCommand.self, DiffCommand.self, BoardsCommand.self, QualityCommand.self, AuditCommand.self, SpendCommand.self,
                      HistoryCommand.self, TrendCommand.self]
    )
}

extension Partnerscope {
    /// Runs the command line. Unlike ArgumentParser's own `main()`, every message goes through
    /// ``Console`` (a closed or full standard output is an error, exit 74, never a trap), text from
    /// the arguments is escaped in error messages (a newline in a path cannot forge a line), and no
    /// subcommand at all is a usage error: the help goes to standard error and the status is 64,
    /// as for any other usage error (`--help` prints it to standard output and exits 0).
    static func main() {
        Console.guardStandardDescriptors()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.isEmpty {
            Console.error(lines: helpMessage().components(separatedBy: "\n"))
            Console.exit(ExitCode.usage.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Console.exit(0)
        } catch {
            let status = exitCode(for: error)
            var message = fullMessage(for: error)
            if status == .success {
                if !message.isEmpty { Console.output(message + "\n") }
            } else if !message.isEmpty {
                // An argument holding a newline or escape shows escaped, inside the message's own lines.
                for argument in Set(arguments) where argument.unicodeScalars.contains(where: TerminalText.isHidden) {
                    message = message.replacingOccurrences(of: argument, with: TerminalText.escaped(argument))
                }
                Console.error(lines: message.components(separatedBy: "\n"))
            }
            Console.exit(status.rawValue)
        }
    }

    /// What `partnerscope --version` prints.
    static let version = "0.1.0"
}

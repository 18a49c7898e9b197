import ArgumentParser

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
                      MissingCommand.self, SilosCommand.self, InfluenceCommand.self, MapCommand.self, ReportCommand.self,
                      ExportCommand.self, CompareCommand.self, BatchCommand.self, DiffCommand.self, BoardsCommand.self,
                      HistoryCommand.self, TrendCommand.self]
    )
}

extension Partnerscope {
    /// What `partnerscope --version` prints.
    static let version = "0.1.0"
}

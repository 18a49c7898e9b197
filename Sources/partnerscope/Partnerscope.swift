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
        subcommands: [Validate.self, Summary.self, Gaps.self, Centrality.self, Missing.self, Silos.self,
                      InfluenceCommand.self, MapCommand.self, Report.self, Export.self, Compare.self, Batch.self, Diff.self]
    )
}

import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a network folder and print every problem found.",
        discussion: """
        Errors print as FILE:LINE:COLUMN: error: message. Exit status: 0 when the network is \
        valid (warnings allowed), 65 when the data are invalid, 66 when a file is missing.

        Example:
          partnerscope validate Networks/west-yorkshire
        """
    )

    @OptionGroup var input: NetworkOptions

    func run() throws {
        let loaded = try input.load()
        let n = loaded.network
        let warnings = loaded.warnings.count
        Console.output("\(loaded.directory): valid: \(n.agencyCount) agencies, \(n.relationships.count) relationships, \(n.areas.count) areas, \(n.boundaries.count) boundaries\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")\n")
    }
}

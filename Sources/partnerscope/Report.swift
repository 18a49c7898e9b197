import ArgumentParser
import Foundation
import PartnerscopeCore
import PartnerscopeIO

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the analyst's report on one network: a self-contained web page, CSV tables, metrics, maps and exports.",
        discussion: """
        Writes a folder (default Output/<network name>/), replaced atomically: index.html (summary, \
        key findings, maps, sortable tables of centrality, communities, silos, brokers, coterminosity \
        gaps and missing partners, each explained), metrics.json, one CSV per table, the maps as SVG \
        and PNG under maps/, and the network as network.graphml, network.gexf and \
        network-node-link.json. The same input gives byte-identical files. See docs/report.md.

        Examples:
          partnerscope report Networks/west-yorkshire
          partnerscope report Networks/england --out board-pack --catalogue Networks/england
        """
    )

    @OptionGroup var input: NetworkOptions
    @Option(help: "The folder to write (default: Output/<network name>).") var out: String?
    @Flag(help: "Centrality: use each tie's direction.") var directed = false
    @Flag(help: "Centrality and communities: use tie weights.") var weighted = false
    @Option(help: "Seed of the communities (Leiden) and of any betweenness sample.") var seed: UInt64 = 1
    @Option(help: "A wider network to draw candidates for absent partners from.") var catalogue: String?
    @Option(help: "A requirements file (theme,requires,kind,reason,source) instead of the defaults.") var requirements: String?

    func run() throws {
        let loaded = try input.load()
        let network = loaded.network
        let resolved: LoadedRequirements
        do {
            resolved = try RequirementsLoader().resolve(networkDirectory: input.network, explicit: requirements)
        } catch {
            if case let .invalidData(_, warnings) = error, !input.quiet {
                for w in warnings.prefix(LoadError.printedLimit) { Console.error(w.description) }
            }
            Console.error(error.description)
            throw ExitCode(error.exitCode)
        }
        if !input.quiet { for w in resolved.warnings { Console.error(w.description) } }
        let catalogueNetwork = try catalogue.map { try loadNetwork($0, quiet: input.quiet).network }
        let analysis = NetworkAnalysis(
            network: network, requirements: resolved.requirements, catalogue: catalogueNetwork,
            options: .init(directed: directed, weighted: weighted, seed: seed,
                           silos: .init(weighted: weighted, seed: seed)))
        let (maps, mapsNote) = ReportMaps.render(analysis, seed: seed, quiet: input.quiet)
        let report = AnalystReport(analysis: analysis, requirementsOrigin: resolved.origin.description,
                                   maps: maps, mapsNote: mapsNote)
        let folder = out ?? "Output/\(network.name)"
        do {
            try report.write(to: folder)
        } catch {
            Console.error("\(folder): error: cannot write the report: \(error.localizedDescription)")
            throw ExitCode(73)
        }
        if !input.quiet { Console.error("wrote \(folder)/index.html and \(report.files().count - 1) other files") }
    }
}

/// The maps of the report. Drawing needs the maps layer (Graphviz); until it is part of this build
/// the report says so in place of the maps.
enum ReportMaps {
    static func render(_ analysis: NetworkAnalysis, seed: UInt64, quiet: Bool) -> ([AnalystReport.Map], String?) {
        ([], "Maps are not part of this build of Partnerscope: draw them with a build that has the `map` command.")
    }
}

import ArgumentParser
import Foundation
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeHistory
import PartnerscopeIO

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare several network folders side by side: one row per network.",
        discussion: """
        Analyses every folder in parallel and writes OUT/comparison.csv, OUT/comparison.json and \
        OUT/index.html (a sortable table with outliers beyond 1.5 IQR highlighted, a small-multiple \
        map per network and a page per network), rows in the order of the folders given. A folder that cannot be loaded is reported and \
        skipped; the others are still written and the exit status is 65.

        Example:
          partnerscope compare Networks/england-2021 Networks/england --out-dir reform
        """
    )

    @Argument(help: "Network folders to compare.") var networks: [String]
    @OptionGroup var options: ComparisonOptions

    func validate() throws {
        guard !networks.isEmpty else { throw ValidationError("give at least one network folder") }
    }

    func run() throws {
        let paths = networks
        let bases = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.lastPathComponent }
        let keys = bases.map { base in bases.count { $0 == base } > 1 ? nil : base }
            .enumerated().map { $0.element ?? paths[$0.offset] }
        let explicit = options.requirements.requirements
        let quiet = options.quiet, strict = options.strict
        let store = try options.history.open()
        var history: HistoryRun?
        if let store {
            history = HistoryRun(store: store, command: "compare", split: "network", network: keys.joined(separator: "+"),
                                 networkHash: try HistoryOptions.fingerprint(paths)) { _ in ("network", nil) }
        }
        for path in paths { RunInputs.recordFolder(path) }
        let time = options.time
        try ComparisonRun.run(
            count: paths.count, noun: "networks", options: options, title: "Comparison of \(paths.count) networks",
            description: "partnerscope compare " + paths.joined(separator: " "), names: keys, sortByKey: false, history: history
        ) { i in
            let loaded: LoadedNetwork
            let requirements: Requirements
            do throws(LoadError) {
                loaded = try NetworkLoader(acceptedTypes: RequirementsOptions.acceptedTypes(networkDirectory: paths[i], explicit: explicit))
                    .load(directory: paths[i], name: keys[i])
                if strict, let failure = LoadError.strict(loaded.warnings) { throw failure }
                // Warnings of each network (a typo in a type), as every other command prints them.
                if !quiet { Console.error(lines: loaded.warnings.map(\.description)) }
            } catch {
                return .failed(.init(key: keys[i], label: paths[i], message: error.description))
            }
            do throws(LoadError) {
                requirements = try RequirementsOptions.resolve(networkDirectory: paths[i], explicit: explicit, quiet: quiet, strict: strict).requirements
            } catch {
                return .failed(.init(key: keys[i], label: paths[i], message: error.description))
            }
            let network = time.view(loaded).network
            let analysis = NetworkAnalysis(network: network, requirements: requirements, options: ComparisonRow.analysisOptions)
            var row = ComparisonRow(key: keys[i], label: paths[i], analysis: analysis)
            row.profile = FootprintProfile(wholeNetwork: .init(network: network, coterminosity: analysis.coterminosity))
            return .row(row, drawing: network, title: keys[i], analysis: analysis)
        }
    }
}

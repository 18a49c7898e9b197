import ArgumentParser
import Foundation
import PartnerscopeCore
import PartnerscopeIO

struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Centrality and structural-hole measures of every agency, and network-level measures.",
        discussion: """
        Measures (as networkx 3.x; see docs/centrality.md): degree, in_degree, out_degree, strength, \
        betweenness (normalised), closeness (Wasserman-Faust), harmonic, eigenvector, pagerank \
        (damping 0.85), clustering, core, constraint, effective_size. The default view is undirected \
        and unweighted; --directed follows each tie's direction (an undirected tie counts both ways), \
        --weighted uses `weight` as tie strength and 1 / weight as path length. Repeated ties are \
        merged, summing weights. CSV and JSON list every agency sorted by id; the table shows the top \
        agencies by one measure and the network measures. Network-level measures need exact \
        betweenness and all-pairs distances: with --measures they are computed only when \
        --network-measures is given. Above \(CentralityTable.automaticSamplingThreshold) \
        agencies betweenness, closeness and harmonic are estimated from \(CentralityTable.automaticSampleSources) \
        sampled sources unless --exact is given.

        Examples:
          partnerscope centrality Networks/west-yorkshire
          partnerscope centrality Networks/west-yorkshire --measures betweenness,pagerank --top 10
          partnerscope centrality Networks/england --directed --weighted --format csv --out centrality.csv
          partnerscope centrality Networks/england --sample 500 --format json
        """
    )

    @OptionGroup var input: NetworkOptions
    @Option(help: "Comma-separated measures to compute (default: all); the other CSV columns stay empty.")
    var measures: String?
    @OptionGroup var view: ViewOptions
    @Option(help: "Estimate path-based measures from K sampled source agencies.") var sample: Int?
    @Flag(help: "Never sample, even on large networks.") var exact = false
    @Flag(name: .customLong("network-measures"), help: "Also compute the network-level measures (density, components, path length, centralization; exact betweenness and all-pairs distances) when --measures chooses measures; they are always computed for all measures. Table and JSON only.")
    var networkMeasures = false
    @Option(help: "Sort the table by this measure (default: the first requested, or betweenness).") var sort: String?
    @Option(help: "Rows in the table (0 = all).") var top: Int = 20
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions

    static func parseMeasures(_ list: String) throws -> [CentralityMeasure] {
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        var result: [CentralityMeasure] = []
        for name in names {
            guard let m = CentralityMeasure(rawValue: name.replacingOccurrences(of: "-", with: "_")) else {
                var message = "unknown measure '\(name)'"
                if let near = CentralityReport.suggestion(for: name) {
                    message += "; did you mean '\(near)'?"
                }
                throw ValidationError(message + " (measures: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if !result.contains(m) { result.append(m) }
        }
        if result.isEmpty { throw ValidationError("--measures names no measure") }
        return result
    }

    func validate() throws {
        if let measures { _ = try Self.parseMeasures(measures) }
        if let sort { _ = try Self.parseMeasures(sort) }
        if let sample, sample < 1 { throw ValidationError("--sample must be at least 1, got \(sample)") }
        if sample != nil && exact { throw ValidationError("--sample and --exact cannot be used together") }
        if top < 0 { throw ValidationError("--top must be 0 (all) or more, got \(top)") }
        if networkMeasures && format == .csv {
            throw ValidationError("--network-measures: CSV has one row per agency and no place for network-level measures; use --format json or table")
        }
    }

    func run() throws {
        let loaded = try input.load()
        let network = loaded.network
        let chosen = try measures.map(Self.parseMeasures) ?? CentralityMeasure.allCases
        let sortBy = try sort.map { try Self.parseMeasures($0)[0] } ?? (measures == nil ? .betweenness : chosen[0])
        var wanted = chosen
        if format == .table && !wanted.contains(sortBy) { wanted.append(sortBy) }
        let graph = Graph(network: network, directed: view.directed, weighted: view.weighted)
        let table = CentralityTable(graph: graph, measures: wanted, sampleSources: sample,
                                    automaticSampling: !exact, seed: view.seed,
                                    networkMeasures: format != .csv && (measures == nil || networkMeasures))
        switch format {
        case .csv:
            if !input.quiet { for note in CentralityReport.notes(table, graph: graph) { Console.error("note: \(note)") } }
            try output.emit(csv: CentralityReport.csv(table, network: network), network)
        case .json:
            try output.emit(json: CentralityReport.json(table, network: network, graph: graph), network)
        case .table:
            try output.emit(table: CentralityReport.text(table, network: network, graph: graph, sortBy: sortBy, top: top), network)
        }
    }
}

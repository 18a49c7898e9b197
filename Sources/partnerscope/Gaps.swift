import ArgumentParser
import Foundation
import PartnerscopeCore
import PartnerscopeIO

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Coterminosity gaps: partners whose boundaries cut across each other, weighted by population.",
        discussion: """
        For every two agencies of different types whose areas overlap, measures the people they \
        share (population_shared), a_in_b and b_in_a (shares of each one's people the other also \
        serves), the Jaccard index, and the relation: coterminous, a_within_b, b_within_a or \
        partial. A gap is a partial pair of partners (tied in relationships.csv, or of types \
        expected to work together: every pair of different types, or only tied pairs with \
        --partners-only). Rows are sorted worst split first: by population_misaligned, the \
        least of population_shared, population_a_only and population_b_only (the people on the \
        wrong side of the line), descending, then by ids. Areas are compared on leaf areas: a boundary on a \
        parent area applies to each area below it. Without populations every area weighs 1. \
        See docs/coterminosity.md.

        Examples:
          partnerscope gaps Networks/england --types district-council,unitary-council,icb
          partnerscope gaps Networks/england --types district-council,icb --format csv --out gaps.csv
          partnerscope gaps Networks/west-yorkshire --all --tolerance 0.01
          partnerscope gaps Networks/england --types unitary-council,icb --by agency
        """
    )

    enum By: String, ExpressibleByArgument, CaseIterable { case pair, agency, area }

    @OptionGroup var input: NetworkOptions
    @Option(help: "Only agencies of these types (comma-separated, e.g. district-council,icb); agency_a is of the earlier-listed type.")
    var types: String?
    @Flag(help: "A partial pair is a gap only when relationships.csv ties the two agencies.")
    var partnersOnly = false
    @Option(help: "ε: a share of at least 1−ε counts as the whole (0 ≤ ε < 1).")
    var tolerance: Double = CoterminosityAnalysis.defaultTolerance
    @Flag(help: "List every overlapping pair of agencies of different types, not only the gaps.")
    var all = false
    @Option(help: "pair (default): one row per pair; agency: N_eff per counterpart type; area: agencies of each type per area.")
    var by: By = .pair
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try validateTolerance(tolerance)
    }

    /// The agencies of these types with their boundaries and ties, and *every* area, so that leaf
    /// areas and populations are the same as in the whole network (``Network/subnetwork(agencies:name:)``
    /// drops the areas no kept agency covers, which could turn a parent area into a leaf).
    static func restrict(_ network: Network, toTypes keep: Set<String>) -> Network {
        var newIndex = [Int](repeating: -1, count: network.agencyCount)
        var agencies: [Agency] = []
        for (i, a) in network.agencies.enumerated() where keep.contains(a.type) {
            newIndex[i] = agencies.count
            agencies.append(a)
        }
        let boundaries = network.boundaries.compactMap { b -> Boundary? in
            newIndex[b.agency] < 0 ? nil : Boundary(agency: newIndex[b.agency], area: b.area, share: b.share)
        }
        let relationships = network.relationships.compactMap { r -> Relationship? in
            guard newIndex[r.source] >= 0, newIndex[r.target] >= 0 else { return nil }
            var copy = r
            copy.source = newIndex[r.source]
            copy.target = newIndex[r.target]
            return copy
        }
        return Network(name: network.name, agencies: agencies, areas: network.areas, boundaries: boundaries,
                       relationships: relationships, hasAreasFile: network.hasAreasFile,
                       hasBoundariesFile: network.hasBoundariesFile)
    }

    func run() throws {
        let loaded = try input.load()
        var network = loaded.network
        var typeOrder: [String]?
        if let types {
            let wanted = types.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                .filter { !$0.isEmpty }
            let present = Set(network.types)
            let unknown = wanted.filter { !present.contains($0) }
            if !unknown.isEmpty {
                Console.error("error: --types: no agency of type \(unknown.map { "'\($0)'" }.joined(separator: ", ")) in \(network.name); types present: \(present.sorted().joined(separator: ", "))")
                throw ExitCode.usage
            }
            network = Self.restrict(network, toTypes: Set(wanted))
            typeOrder = wanted
        }
        let analysis = CoterminosityAnalysis(network: network, tolerance: tolerance,
                                             expected: partnersOnly ? { _, _ in false } : nil)
        if !analysis.hasGeography {
            let message = CoterminosityReport.noGeographyMessage(loaded.network)
            switch format {
            case .table: try output.emit(table: message + "\n", network)
            case .csv:
                Console.error(message)
                try output.emit(csv: CSVWriter(header: CoterminosityReport.pairColumns).text, network)
            case .json:
                try output.emit(json: JSONValue.object([("network", .string(network.name)), ("geography", .bool(false)),
                                                        ("note", .string(message)), ("pairs", .array([]))]), network)
            }
            return
        }
        if !analysis.populationWeighted && format == .csv && !input.quiet {
            Console.error("note: \(CoterminosityReport.unweightedNote)")
        }
        switch by {
        case .pair:
            let rowsAre = all ? "overlapping pairs" : (partnersOnly ? "gaps between tied partners" : "coterminosity gaps")
            let pairs = all ? analysis.pairs : analysis.gaps
            let rows = { CoterminosityReport.orderedPairs(pairs, network: network, typeOrder: typeOrder) }
            switch format {
            case .csv:
                // Streamed row by row: with --all on a large network the rows are millions.
                let order = CoterminosityReport.pairOrder(pairs, network: network, typeOrder: typeOrder)
                try output.emit(csvStream: network) { columns, stream in
                    CoterminosityReport.writePairsCSV(pairs, order: order, network: network, columns: columns, to: stream)
                }
            case .json: try output.emit(json: CoterminosityReport.pairsJSON(rows(), analysis: analysis, network: network, rowsAre: rowsAre), network)
            case .table: try output.emit(table: CoterminosityReport.pairsText(rows(), analysis: analysis, network: network, rowsAre: rowsAre), network)
            }
        case .agency:
            switch format {
            case .csv: try output.emit(csv: CoterminosityReport.agencyCSV(analysis, network: network), network)
            case .json: try output.emit(json: CoterminosityReport.agencyJSON(analysis, network: network), network)
            case .table: try output.emit(table: CoterminosityReport.agencyText(analysis, network: network), network)
            }
        case .area:
            switch format {
            case .csv: try output.emit(csv: CoterminosityReport.areaCSV(analysis, network: network), network)
            case .json: try output.emit(json: CoterminosityReport.areaJSON(analysis, network: network), network)
            case .table: try output.emit(table: CoterminosityReport.areaText(analysis, network: network), network)
            }
        }
    }
}

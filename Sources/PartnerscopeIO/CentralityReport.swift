import PartnerscopeCore

/// Renders a ``CentralityTable`` as CSV (one row per agency, sorted by id), JSON (the same rows
/// plus network-level measures and notes) or a text table (the top agencies by one measure, with
/// the network measures in a footer).
public enum CentralityReport {
    /// The CSV header, in the documented order.
    public static let columns = ["id", "name", "sector", "type"] + CentralityMeasure.allCases.map(\.rawValue)

    /// Short headers for the text table.
    static let shortName: [CentralityMeasure: String] = [
        .degree: "deg", .inDegree: "in", .outDegree: "out", .strength: "strength", .betweenness: "betweenness",
        .closeness: "closeness", .harmonic: "harmonic", .eigenvector: "eigenvector", .pagerank: "pagerank",
        .clustering: "clustering", .core: "core", .constraint: "constraint", .effectiveSize: "eff_size",
    ]

    /// The measure name closest to a misspelt one, for "did you mean" messages.
    public static func suggestion(for name: String) -> String? {
        Suggestion.nearest(to: name, in: CentralityMeasure.allCases.map(\.rawValue))
    }

    /// Describes the view: "undirected, unweighted" etc.
    public static func viewDescription(directed: Bool, weighted: Bool) -> String {
        (directed ? "directed" : "undirected") + ", " + (weighted ? "weighted (path length = 1 / weight)" : "unweighted")
    }

    /// Agency indices sorted by id.
    static func byID(_ network: Network) -> [Int] {
        network.agencies.indices.sorted { network.agencies[$0].id < network.agencies[$1].id }
    }

    /// Explanations a reader needs for this table: sampling, convergence, zeros that stand for
    /// undefined values.
    public static func notes(_ table: CentralityTable, graph: Graph) -> [String] {
        var notes: [String] = []
        if let k = table.sampledSources {
            let auto = table.sampledAutomatically
            notes.append("betweenness, closeness, harmonic and the path-length measures are estimated from \(k) sampled source agencies of \(table.vertexCount) (Brandes & Pich 2007\(auto ? "; chosen automatically above \(NumberFormat.grouped(CentralityTable.automaticSamplingThreshold)) agencies, use --sample or --exact to change" : ""))")
        }
        if table[.eigenvector] != nil && !table.eigenvectorConverged {
            notes.append("eigenvector centrality did not converge (e.g. no directed cycle); the last iterate is shown")
        }
        let isolated = (0..<graph.vertexCount).filter { graph.outDegree($0) == 0 && graph.inDegree($0) == 0 }.count
        if isolated > 0 && (table[.constraint] != nil || table[.effectiveSize] != nil) {
            notes.append("\(isolated) agenc\(isolated == 1 ? "y has" : "ies have") no tie: constraint and effective size are undefined there and shown as 0")
        }
        if let net = table.network, net.components > 1 {
            notes.append("the network has \(net.components) components: closeness uses the Wasserman-Faust correction, and eigenvector centrality concentrates on the component(s) with the largest eigenvalue")
        }
        return notes
    }

    // MARK: CSV

    public static func csv(_ table: CentralityTable, network: Network) -> String {
        var csv = CSVWriter(header: columns)
        for i in byID(network) {
            let a = network.agencies[i]
            csv.appendRow([a.id.rawValue, a.name, a.sector.rawValue, a.type]
                + CentralityMeasure.allCases.map { m in table[m].map { NumberFormat.csv($0[i]) } ?? "" })
        }
        return csv.text
    }

    // MARK: JSON

    public static func networkJSON(_ m: NetworkMeasures) -> JSONValue {
        .object([
            ("density", .number(m.density)),
            ("components", .int(m.components)),
            ("largest_component", .int(m.largest)),
            ("average_path_length", .number(m.averagePathLength)),
            ("diameter", .number(m.diameter)),
            ("freeman_degree_centralization", .number(m.freemanDegreeCentralization)),
            ("freeman_betweenness_centralization", .number(m.freemanBetweennessCentralization)),
            ("reciprocity", .number(m.reciprocity)),
            ("path_measures_sampled_sources", m.sampledSources.map { .int($0) } ?? .null),
        ])
    }

    public static func json(_ table: CentralityTable, network: Network, graph: Graph) -> JSONValue {
        let rows: [JSONValue] = byID(network).map { i in
            let a = network.agencies[i]
            var pairs: [(String, JSONValue)] = [("id", .string(a.id.rawValue)), ("name", .string(a.name)),
                                                ("sector", .string(a.sector.rawValue)), ("type", .string(a.type))]
            for m in table.measures { pairs.append((m.rawValue, .number(table[m]![i]))) }
            return .object(pairs)
        }
        return .object([
            ("network", .string(network.name)),
            ("agencies", .int(network.agencyCount)),
            ("ties", .int(graph.edgeCount)),
            ("directed", .bool(graph.isDirected)),
            ("weighted", .bool(graph.isWeighted)),
            ("measures", .array(table.measures.map { .string($0.rawValue) })),
            ("sampled_sources", table.sampledSources.map { .int($0) } ?? .null),
            ("network_measures", table.network.map(networkJSON) ?? .null),
            ("notes", .array(notes(table, graph: graph).map { .string($0) })),
            ("rows", .array(rows)),
        ])
    }

    // MARK: Text

    /// Fixed decimals for people; counts as whole numbers.
    static func cell(_ m: CentralityMeasure, _ v: Double) -> String {
        switch m {
        case .degree, .inDegree, .outDegree, .core: return NumberFormat.fixed(v, 0)
        case .strength: return v == v.rounded() ? NumberFormat.fixed(v, 0) : NumberFormat.fixed(v, 2)
        case .harmonic, .effectiveSize: return NumberFormat.fixed(v, 3)
        default: return NumberFormat.fixed(v, 4)
        }
    }

    /// The top `top` agencies (all when 0) by `sortBy`, descending, ties by id, and the footer.
    public static func text(_ table: CentralityTable, network: Network, graph: Graph, sortBy: CentralityMeasure,
                            top: Int) -> String {
        var out = "Centrality in \(TextTable.clean(network.name)): \(network.agencyCount) agencies, \(graph.edgeCount) ties, \(viewDescription(directed: graph.isDirected, weighted: graph.isWeighted))\n"
        let values = table[sortBy] ?? []
        var order = byID(network)
        if !values.isEmpty { order.sort { values[$0] != values[$1] ? values[$0] > values[$1] : network.agencies[$0].id < network.agencies[$1].id } }
        let shown = top > 0 ? Array(order.prefix(top)) : order
        out += network.agencyCount == 0
            ? "The network has no agencies: nothing to rank.\n"
            : "Sorted by \(sortBy.rawValue), highest first\(shown.count < order.count ? "; top \(shown.count) of \(order.count)" : "").\n"
        out += "\n"
        if !shown.isEmpty {
            // In/out-degree repeat the degree on an undirected view.
            let measures = table.measures.filter { graph.isDirected || ($0 != .inDegree && $0 != .outDegree) }
            var t = TextTable(header: ["#", "id", "name", "sector"] + measures.map { shortName[$0] ?? $0.rawValue },
                              rightAligned: Set([0] + (0..<measures.count).map { $0 + 4 }))
            for (rank, i) in shown.enumerated() {
                let a = network.agencies[i]
                let name = a.name.count > 32 ? String(a.name.prefix(31)) + "…" : a.name
                t.append([String(rank + 1), a.id.rawValue, name, a.sector.rawValue] + measures.map { cell($0, table[$0]![i]) })
            }
            out += t.rendered()
        }
        if let m = table.network {
            out += "\nNetwork: density \(NumberFormat.fixed(m.density, 4)); \(m.components) component\(m.components == 1 ? "" : "s"), the largest with \(m.largest) agencies"
            out += "; average path length \(NumberFormat.fixed(m.averagePathLength, 3)) and diameter \(NumberFormat.fixed(m.diameter, 3)) in the largest component\n"
            out += "Freeman centralization: degree \(NumberFormat.fixed(m.freemanDegreeCentralization, 4)), betweenness \(NumberFormat.fixed(m.freemanBetweennessCentralization, 4))"
            if let r = m.reciprocity { out += "; reciprocity \(NumberFormat.fixed(r, 4))" }
            out += "\n"
        } else {
            out += "\nNetwork-level measures (density, components, path length, centralization) were not computed for the chosen measures: add --network-measures.\n"
        }
        for note in notes(table, graph: graph) { out += "Note: \(note).\n" }
        return out
    }
}

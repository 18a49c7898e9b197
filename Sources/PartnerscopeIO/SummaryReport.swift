import PartnerscopeCore

/// Renders a ``NetworkSummary`` for people (text) and programs (JSON).
public enum SummaryReport {
    public static func json(_ s: NetworkSummary, network: Network) -> JSONValue {
        .object([
            ("network", .string(network.name)),
            ("agencies", .int(s.agencyCount)),
            ("relationships", .int(s.relationshipCount)),
            ("ties", .int(s.tieCount)),
            ("negative_ties", .int(s.negativeTieCount)),
            ("agencies_by_sector", .object(s.agenciesBySector.map { ($0.0.rawValue, .int($0.1)) })),
            ("agencies_by_type", .object(s.agenciesByType.map { ($0.0, .int($0.1)) })),
            ("relationships_by_type", .object(s.relationshipsByType.map { ($0.0.rawValue, .int($0.1)) })),
            ("areas", .int(s.areaCount)),
            ("total_population", s.totalPopulation.map { .int($0) } ?? .null),
            ("population_covered", .number(s.populationCovered)),
            ("density", .number(s.density)),
            ("components", .int(s.componentCount)),
            ("largest_component", .int(s.largestComponentSize)),
            ("isolated_agencies", .array(s.isolatedAgencies.map { .string($0.rawValue) })),
        ])
    }

    public static func text(_ s: NetworkSummary, network: Network) -> String {
        var out = "Network \(TextTable.clean(network.name))\n\n"
        out += "\(s.agencyCount) agencies, \(s.relationshipCount) relationships (\(s.tieCount) distinct ties\(s.negativeTieCount > 0 ? "; \(s.negativeTieCount) pair\(s.negativeTieCount == 1 ? "" : "s") in conflict; a conflict is not counted as a tie" : "")), \(s.areaCount) areas\n"
        if let total = s.totalPopulation {
            out += "Population: \(NumberFormat.grouped(total))"
            if let covered = s.populationCovered { out += ", of whom \(NumberFormat.grouped(Int(covered.rounded()))) live in areas some agency covers" }
            out += "\n"
        } else if network.hasAreasFile {
            out += "Population: not given in areas.csv\n"
        } else {
            out += "Areas: no areas.csv, so geographic measures are not available\n"
        }
        out += "Density \(NumberFormat.fixed(s.density, 3)); \(s.componentCount) connected component\(s.componentCount == 1 ? "" : "s"), the largest with \(s.largestComponentSize) agencies\n"
        if !s.isolatedAgencies.isEmpty {
            out += "Isolated agencies (no tie\(s.negativeTieCount > 0 ? " other than a conflict" : "")): " + s.isolatedAgencies.map { TextTable.clean($0.rawValue) }.joined(separator: ", ") + "\n"
        }
        var sectors = TextTable(header: ["sector", "agencies"], rightAligned: [1])
        for (sector, n) in s.agenciesBySector { sectors.append([sector.rawValue, String(n)]) }
        var types = TextTable(header: ["type", "agencies"], rightAligned: [1])
        for (type, n) in s.agenciesByType { types.append([type, String(n)]) }
        var rels = TextTable(header: ["relationship", "count"], rightAligned: [1])
        for (type, n) in s.relationshipsByType { rels.append([type.rawValue, String(n)]) }
        out += "\n" + sectors.rendered() + "\n" + types.rendered() + "\n" + rels.rendered()
        return out
    }
}

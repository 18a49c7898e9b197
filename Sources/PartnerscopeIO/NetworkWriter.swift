import Foundation
import PartnerscopeCore

/// Writes a ``Network`` as a network folder in the documented CSV schema, so that what
/// ``NetworkLoader`` reads back is the same network (used for synthetic benchmark networks and
/// for sub-networks the batch job splits off).
public enum NetworkWriter {
    /// The four CSV files' contents, keyed by file name. `areas.csv` and `boundaries.csv` are
    /// included only when the network has areas.
    ///
    /// - Complexity: O(|agencies| + |areas| + |boundaries| + |relationships|).
    public static func files(_ network: Network) -> [String: String] {
        var files: [String: String] = [:]
        let agencyExtras = extraKeys(network.agencies.map(\.attributes))
        var agencies = CSVWriter(header: ["id", "name", "sector", "type", "level", "power", "interest", "budget_m", "statutory",
                                                 "start", "end", "successor_of"] + agencyExtras, guardsFormulas: false)
        let agencyValues = Attributes.columns(network.agencies.map(\.attributes), keys: agencyExtras, ignoringCase: true)
        for (i, a) in network.agencies.enumerated() {
            agencies.appendRow([a.id.rawValue, a.name, a.sector.rawValue, a.type, a.level?.rawValue ?? "",
                                a.power.map(String.init) ?? "", a.interest.map(String.init) ?? "",
                                NumberFormat.csv(a.budgetMillions), a.statutory.map { $0 ? "true" : "false" } ?? "",
                                a.start?.text ?? "", a.end?.text ?? "", a.successorOf.map(\.rawValue).joined(separator: "|")]
                               + agencyValues.map { $0[i] ?? "" })
        }
        files["agencies.csv"] = agencies.text
        if network.hasAreasFile || !network.areas.isEmpty {
            let areaExtras = extraKeys(network.areas.map(\.attributes))
            let areaValues = Attributes.columns(network.areas.map(\.attributes), keys: areaExtras, ignoringCase: true)
            var areas = CSVWriter(header: ["code", "name", "population", "parent"] + areaExtras, guardsFormulas: false)
            for (i, a) in network.areas.enumerated() {
                areas.appendRow([a.code.rawValue, a.name, a.population.map(String.init) ?? "", a.parent?.rawValue ?? ""]
                                + areaValues.map { $0[i] ?? "" })
            }
            files["areas.csv"] = areas.text
            var boundaries = CSVWriter(header: ["agency_id", "area_code", "share"], guardsFormulas: false)
            for b in network.boundaries {
                boundaries.appendRow([network.agencies[b.agency].id.rawValue, network.areas[b.area].code.rawValue,
                                      NumberFormat.csv(b.share)])
            }
            files["boundaries.csv"] = boundaries.text
        }
        let relationExtras = extraKeys(network.relationships.map(\.attributes))
        // The sign column only when a tie other than a conflict is negative (a conflict is negative by its type).
        let signed = network.relationships.contains { $0.isNegative && $0.type != .conflict }
        var relationships = CSVWriter(header: ["source", "target", "type", "weight", "directed", "since", "until"]
                                      + (signed ? ["sign"] : []) + relationExtras, guardsFormulas: false)
        let relationValues = Attributes.columns(network.relationships.map(\.attributes), keys: relationExtras, ignoringCase: true)
        for (j, r) in network.relationships.enumerated() {
            relationships.appendRow([network.agencies[r.source].id.rawValue, network.agencies[r.target].id.rawValue,
                                     r.type.rawValue, NumberFormat.csv(r.weight), r.directed ? "true" : "false",
                                     r.since?.text ?? "", r.until?.text ?? ""]
                                    + (signed ? [r.isNegative && r.type != .conflict ? "-1" : ""] : [])
                                    + relationValues.map { $0[j] ?? "" })
        }
        files["relationships.csv"] = relationships.text
        return files
    }

    /// Writes the network folder at `directory`, each file atomically.
    public static func write(_ network: Network, to directory: String) throws {
        for (name, text) in files(network).sorted(by: { $0.key < $1.key }) {
            try AtomicWriter.write(text, to: (directory as NSString).appendingPathComponent(name))
        }
    }

    /// Extra attribute names in first-seen order.
    private static func extraKeys(_ all: [Attributes]) -> [String] {
        var seen = Set<String>()
        var keys: [String] = []
        for attributes in all {
            for pair in attributes.pairs where seen.insert(pair.key.lowercased()).inserted { keys.append(pair.key) }
        }
        return keys
    }
}

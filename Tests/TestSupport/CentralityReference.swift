import Foundation
import PartnerscopeCore
import PartnerscopeIO

/// One view of a fixture network with the values networkx computed for it, read from
/// `Fixtures/centrality/<name>/centrality_reference.json` (written by `scripts/reference/centrality_reference.py`).
public struct CentralityReferenceView: Sendable, CustomStringConvertible {
    public let fixture: String
    public let name: String
    public let directed: Bool
    public let weighted: Bool
    /// Only relationships of this type, when set.
    public let include: RelationshipType?
    public let sampleSources: Int?
    public let seed: UInt64?
    /// Measure (CSV column name) → value per agency in file order; nil entries where networkx gives NaN.
    public let values: [String: [Double?]]
    /// Network-level measure → value (nil when networkx has none).
    public let network: [String: Double?]
    /// The reference tool and version, e.g. "networkx 3.6.1".
    public let tool: String
    public let network_: Network

    public var description: String { "\(fixture)/\(name)" }

    /// The view as Partnerscope builds it.
    public var graph: Graph {
        let include = include
        return Graph(network: network_, directed: directed, weighted: weighted,
                     include: include.map { type in { $0.type == type } })
    }
}

public enum CentralityReference {
    /// The fixture networks that carry reference values.
    public static let fixtures = ["karate", "florentine", "kite", "lesmis", "knoke", "disconnected"]

    /// Every view of every fixture (sampled views included); empty if a fixture fails to load,
    /// which ``load(_:)`` reports.
    public static func allViews() -> [CentralityReferenceView] {
        fixtures.flatMap { (try? load($0)) ?? [] }
    }

    /// The views of exact measures (not sampled).
    public static func exactViews() -> [CentralityReferenceView] { allViews().filter { $0.sampleSources == nil } }

    /// The sampled-betweenness views.
    public static func sampledViews() -> [CentralityReferenceView] { allViews().filter { $0.sampleSources != nil } }

    /// Loads one fixture's network and its reference views.
    public static func load(_ fixture: String) throws -> [CentralityReferenceView] {
        let folder = Fixtures.url("centrality").appendingPathComponent(fixture)
        let network = try NetworkLoader().load(directory: folder.path).network
        let data = try Data(contentsOf: folder.appendingPathComponent("centrality_reference.json"))
        guard let doc = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let views = doc["views"] as? [[String: Any]] else { throw CocoaError(.fileReadCorruptFile) }
        let tool = "\(doc["tool"] ?? "?") \(doc["version"] ?? "?")"
        func numbers(_ any: Any?) -> [Double?]? {
            guard let list = any as? [Any] else { return nil }
            return list.map { ($0 as? NSNumber)?.doubleValue }
        }
        return views.map { v in
            var values: [String: [Double?]] = [:]
            for (key, value) in v { if let list = numbers(value) { values[key] = list } }
            var net: [String: Double?] = [:]
            if let n = v["network"] as? [String: Any] {
                for (key, value) in n { net[key] = (value as? NSNumber)?.doubleValue }
            }
            return CentralityReferenceView(
                fixture: fixture, name: v["name"] as? String ?? "?", directed: v["directed"] as? Bool ?? false,
                weighted: v["weighted"] as? Bool ?? false,
                include: (v["include"] as? String).flatMap(RelationshipType.init(rawValue:)),
                sampleSources: (v["sample_sources"] as? NSNumber)?.intValue,
                seed: (v["seed"] as? NSNumber).map { UInt64($0.intValue) },
                values: values, network: net, tool: tool, network_: network)
        }
    }

    /// Whether `a` is within `tolerance` of `b`, relative to max(1, |b|).
    public static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    /// The indices where `ours` differs from `reference` (nil reference entries are skipped), with a
    /// readable description of each, for test messages.
    public static func mismatches(_ ours: [Double], _ reference: [Double?], tolerance: Double) -> [String] {
        guard ours.count == reference.count else { return ["length \(ours.count) vs \(reference.count)"] }
        return ours.indices.compactMap { i in
            guard let r = reference[i] else { return nil }
            return close(ours[i], r, tolerance) ? nil : "[\(i)] \(ours[i]) vs \(r)"
        }
    }
}

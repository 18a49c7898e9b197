import Foundation
import PartnerscopeCore
import TestSupport
import Testing

/// The reference values of `Fixtures/silos_reference.json`, written by
/// `scripts/reference/silos_reference.py` (python-igraph 1.0.0, networkx 3.6.1, plus brute-force
/// enumerations named in the script).
struct SilosReference: Decodable {
    struct LeidenRuns: Decodable {
        let resolution: Double
        let median: Double
        let max: Double
        let min: Double
    }

    struct FragilityValues: Decodable {
        let articulation_points: [Int]
        let cut_off: [Int]
        let bridges: [[Int]]
    }

    struct EIValues: Decodable {
        let whole: [Double]
        let by_group: [String: [Double]]
    }

    struct SoleLinkValues: Decodable {
        let groups: [Int]
        let agencies: [Int]
        let ties: Int
    }

    struct Case: Decodable, CustomTestStringConvertible {
        let name: String
        let vertex_count: Int
        let directed: Bool
        let weighted: Bool
        let edges: [[Double]]
        let groups: [Int]
        let leiden: [LeidenRuns]
        let modularity_of_groups: Double?
        let modularity_of_groups_resolution_0_5: Double?
        let fragility: FragilityValues
        let ei: EIValues
        let brokerage: [[Int]]
        let sole_links: [SoleLinkValues]

        var testDescription: String { name }

        /// The graph as the Swift code builds it.
        func graph(directed: Bool? = nil) -> Graph {
            Graph(vertexCount: vertex_count, edges: edges.map { (Int($0[0]), Int($0[1]), $0[2]) },
                  directed: directed ?? self.directed, weighted: weighted)
        }
    }

    let tools: String
    let cases: [Case]

    static let shared: SilosReference = {
        let data = try! Data(contentsOf: Fixtures.url("silos_reference.json"))
        return try! JSONDecoder().decode(SilosReference.self, from: data)
    }()

    static var all: [Case] { shared.cases }

    static func named(_ name: String) -> Case { shared.cases.first { $0.name == name }! }
}

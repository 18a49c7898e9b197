import Foundation
import PartnerscopeCore
import PartnerscopeIO
import TestSupport
import Testing

/// ``StructuralBalance`` against an independent networkx implementation
/// (scripts/reference/tensions_reference.py, networkx 3.6.1: signed pairs read straight from the
/// CSV files, triangles from `enumerate_all_cliques`, communities from `louvain_communities`),
/// stored in Tests/TestSupport/Fixtures/tensions_reference.json, on the illustrative signed-county
/// fixture (every dated case) and on Networks/west-yorkshire.
@Suite struct StructuralBalanceReferenceTests {
    static func reference() throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: Fixtures.url("tensions_reference.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(root["cases"] as? [String: [String: Any]])
    }

    /// The network of a reference case, looked at on the case's day.
    static func network(_ folder: String, asAt: String) throws -> Network {
        let path = Fixtures.repositoryRoot.appendingPathComponent(folder).path
        let whole = try NetworkLoader().load(directory: path).network
        let when = try AsAt.parse(asAt).get()
        return whole.asAt(when)
    }

    @Test(arguments: ["signed-county", "signed-county-default", "west-yorkshire", "west-yorkshire-all"])
    func structuralBalance_matchesNetworkxReference(name: String) throws {
        let e = try #require(try Self.reference()[name])
        let network = try Self.network(e["folder"] as! String, asAt: e["as_at"] as! String)
        if name.hasSuffix("default") || name == "west-yorkshire" {
            // The reference's day is the default day of the loader (latest start or since).
            #expect(network.defaultAsAt.description == e["as_at"] as? String)
        }
        let communities = SiloAnalysis.communities(network).membership
        let b = StructuralBalance(network: network, communities: communities)
        let ids = network.agencies.map(\.id.rawValue)

        #expect(b.positivePairs == e["positive_pairs"] as? Int)
        #expect(b.negativePairs == e["negative_pairs"] as? Int)
        let counts = try #require(e["triangles"] as? [String: Int])
        for kind in StructuralBalance.TriangleKind.allCases {
            #expect(b.count(kind) == counts[kind.signs], "\(kind.signs)")
        }
        #expect(b.triangleCount == e["triangle_total"] as? Int)
        let ratio = try #require(e["balance_ratio"] as? Double)
        #expect(abs(try #require(b.balanceRatio) - ratio) <= 1e-12)

        // Every triangle with a negative pair, as (sorted ids, signs, balanced).
        let expected = try #require(e["signed_triangles"] as? [[String: Any]]).map {
            "\(($0["agencies"] as! [String]).joined(separator: ",")) \($0["signs"] as! String) \($0["balanced"] as! Bool)"
        }.sorted()
        let got = b.signedTriangles.map {
            "\([ids[$0.a], ids[$0.b], ids[$0.c]].sorted().joined(separator: ",")) \($0.kind.signs) \($0.isBalanced)"
        }.sorted()
        #expect(got == expected)

        // Negative pairs with the unbalanced triangles that turn on each.
        let ties = try #require(e["negative_ties"] as? [[String: Any]])
        let expectedTies = ties.map { "\(($0["agencies"] as! [String]).joined(separator: ",")) \($0["unbalanced_triangles"] as! Int)" }.sorted()
        let gotTies = b.negativeTies.map { "\([ids[$0.a], ids[$0.b]].sorted().joined(separator: ",")) \($0.unbalancedTriangles)" }.sorted()
        #expect(gotTies == expectedTies)

        // Inside a community: where Leiden and networkx's Louvain find the same partition, the
        // flags must agree (on the fixture they do, and the test says so).
        let louvain = Set(try #require(e["louvain_communities"] as? [[String]]).map(Set.init))
        let leiden = Set(Dictionary(grouping: ids.indices, by: { communities[$0] }).values.map { Set($0.map { ids[$0] }) })
        if name.hasPrefix("signed-county") { #expect(leiden == louvain) }
        if leiden == louvain {
            for t in ties {
                let pair = t["agencies"] as! [String]
                let mine = try #require(b.negativeTies.first { [ids[$0.a], ids[$0.b]].sorted() == pair })
                #expect(mine.insideCommunity == (t["same_louvain_community"] as! Bool), "\(pair)")
            }
        }
    }

    /// The fixture's conflict alongside a partnership (Northdale and its voluntary action) is one
    /// negative pair that also names its positive tie; the funding tie marked sign -1 is negative.
    @Test func structuralBalance_signedCounty_mixedPairAndSignColumn() throws {
        let network = try Self.network("Tests/TestSupport/Fixtures/signed-county", asAt: "all")
        let b = StructuralBalance(network: network)
        let ids = network.agencies.map(\.id.rawValue)
        let mixed = try #require(b.negativeTies.first { Set([ids[$0.a], ids[$0.b]]) == ["da", "vol"] })
        #expect(mixed.types == [.conflict] && mixed.positiveTypes == [.partnership])
        let funding = try #require(b.negativeTies.first { Set([ids[$0.a], ids[$0.b]]) == ["hsp", "trust"] })
        #expect(funding.types == [.funding] && funding.positiveTypes.isEmpty)
        // Without communities nothing is inside one.
        #expect(b.negativeTiesInsideCommunities.isEmpty)
    }

    /// The words of the report: "A and B both work with C but are in conflict".
    @Test func tensionsReport_westYorkshire_saysWhoIsInConflictInPlainWords() throws {
        let network = try Self.network("Networks/west-yorkshire", asAt: "all")
        let options = SiloAnalysis.Options()
        let communities = SiloAnalysis.communities(network, options: options).membership
        let b = StructuralBalance(network: network, communities: communities)
        let text = TensionsReport.text(b, network: network, communities: communities, options: options)
        #expect(text.contains("Calderdale and Huddersfield NHS Foundation Trust and Kirklees Council both work with NHS West Yorkshire Integrated Care Board but are in conflict."))
        // The figures of the networkx reference (tensions_reference.json, west-yorkshire-all).
        let e = try #require(try Self.reference()["west-yorkshire-all"])
        let counts = try #require(e["triangles"] as? [String: Int])
        let total = try #require(e["triangle_total"] as? Int)
        let ratio = String(format: "%.3f", try #require(e["balance_ratio"] as? Double))
        #expect(text.contains("Balance ratio \(ratio): \(counts["+++"]! + counts["+--"]!) of \(total) triangles are balanced."))
        let csv = TensionsReport.csv(b, network: network, communities: communities, section: .negativeTies)
        let strain = try #require((e["negative_ties"] as? [[String: Any]])?.first { $0["agencies"] as? [String] == ["cht", "kirklees-c"] })
        #expect(csv.contains("cht,kirklees-c,conflict,scrutiny,,false,\(strain["unbalanced_triangles"] as! Int),"))
    }
}

/// The regression test of issue 13's symptom (TensionsEndToEndTests) can fail: read as a path,
/// the fixture's county–trust conflict does move the trust's betweenness; read as Partnerscope
/// reads it now (positive ties only) it does not.
@Test func conflictTie_readAsAPath_wouldMoveTheTrustsBetweenness() throws {
    let network = try StructuralBalanceReferenceTests.network("Tests/TestSupport/Fixtures/signed-county", asAt: "all")
    let trust = try #require(network.index(of: AgencyID("trust")))
    func betweenness(_ g: Graph) -> Double { CentralityTable(graph: g, measures: [.betweenness])[.betweenness]![trust] }
    let withoutConflict = Network(name: "w", agencies: network.agencies, areas: network.areas, boundaries: network.boundaries,
                                  relationships: network.relationships.filter { !($0.type == .conflict && network.agencies[$0.source].id.rawValue == "cc") })
    #expect(betweenness(Graph(network: network)) == betweenness(Graph(network: withoutConflict)))
    #expect(betweenness(Graph(network: network, ties: .all)) != betweenness(Graph(network: withoutConflict, ties: .all)))
}

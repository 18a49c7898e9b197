import Foundation
import PartnerscopeCore
import PartnerscopeIO
import TestSupport
import Testing

/// Network influence on Networks/west-yorkshire against an independent networkx computation
/// (scripts/reference/influence_reference.py, networkx 3.6.1 `pagerank` on a DiGraph it builds
/// from the CSV files and the documented table of dependence; stored in
/// Tests/TestSupport/Fixtures/influence_reference.json), and the rankings issue 13 asks for.
@Suite struct InfluenceReferenceTests {
    static func cases() throws -> [[String: Any]] {
        let data = try Data(contentsOf: Fixtures.url("influence_reference.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(root["cases"] as? [[String: Any]])
    }

    static func westYorkshire(_ asAt: String?) throws -> Network {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Networks/west-yorkshire").path
        let whole = try NetworkLoader().load(directory: path).network
        return try whole.asAt(asAt.map { try AsAt.parse($0).get() } ?? whole.defaultAsAt)
    }

    @Test func influence_westYorkshire_matchesNetworkx() throws {
        let cases = try Self.cases()
        #expect(cases.count == 4)
        for c in cases {
            let day = try #require(c["as_at"] as? String)
            let network = try Self.westYorkshire(day)
            if c["default"] as? Bool == true { #expect(network.defaultAsAt.description == day) }
            let expected = try #require(c["influence"] as? [String: Double])
            let got = ResourceDependence.influence(network)
            #expect(got.count == expected.count, "\(day)")
            for (i, a) in network.agencies.enumerated() {
                let e = try #require(expected[a.id.rawValue], "\(a.id) on \(day)")
                #expect(abs(got[i] - e) <= 1e-9, "\(a.id) on \(day): \(got[i]) vs \(e)")
            }
        }
    }

    /// On the default day (2022-07-01) every party depended on outranks its dependant: the ICB
    /// every trust it commissions, each funder its recipients, the combined authority its five
    /// constituent councils (and West Yorkshire Police, which answers to its mayor).
    @Test func influence_westYorkshire_flowsTowardTheBodyDependedOn() throws {
        let network = try Self.westYorkshire(nil)
        let x = ResourceDependence.influence(network)
        let ids = network.agencies.map(\.id.rawValue)
        var checked: [RelationshipType: Int] = [:]
        for r in network.relationships where r.source != r.target {
            let (dependent, dependedOn): (Int, Int)
            switch ResourceDependence.direction(of: r) {
            case .targetOnSource: (dependent, dependedOn) = (r.target, r.source)
            case .sourceOnTarget: (dependent, dependedOn) = (r.source, r.target)
            case .mutual, .none: continue
            }
            #expect(x[dependedOn] > x[dependent], "\(r.type): \(ids[dependedOn]) \(x[dependedOn]) vs \(ids[dependent]) \(x[dependent])")
            checked[r.type, default: 0] += 1
        }
        let icb = try #require(network.index(of: AgencyID("wy-icb"))), ca = try #require(network.index(of: AgencyID("wyca")))
        let commissioned = network.relationships.filter { $0.type == .commissioning && $0.source == icb }.map(\.target)
        let constituents = network.relationships.filter { $0.type == .accountability && $0.target == ca && network.agencies[$0.source].type == "metropolitan-district" }.map(\.source)
        #expect(commissioned.count == 7 && constituents.count == 5)
        #expect((checked[.funding] ?? 0) > 0 && (checked[.scrutiny] ?? 0) > 0)
        // The ICB and the combined authority rank first and second of 37.
        let ranked = x.indices.sorted { x[$0] > x[$1] }
        #expect(ranked.prefix(2).map { ids[$0] } == ["wy-icb", "wyca"])
    }

    /// No agency holding a partnership, protocol or agreement tie is a non-stakeholder, on any day.
    @Test func salience_westYorkshire_noFormalPartnerIsANonStakeholder() throws {
        for day in [nil, "all", "2009-06-30"] {
            let network = try Self.westYorkshire(day)
            let profile = InfluenceProfile(network: network, networkInfluence: ResourceDependence.influence(network))
            var formal = Set<Int>()
            for r in network.relationships where [.partnership, .protocol, .agreement].contains(r.type) && !r.isNegative {
                formal.insert(r.source)
                formal.insert(r.target)
            }
            #expect(!formal.isEmpty)
            for row in profile.rows where formal.contains(row.agency) {
                #expect(row.salience.type != .nonStakeholder, "\(network.agencies[row.agency].id) on \(day ?? "default")")
            }
            // Voluntary Action Leeds and the Leeds Tenants Federation (issue 13) are stakeholders.
            for id in ["val", "leeds-tenants"] {
                if let i = network.index(of: AgencyID(id)) {
                    #expect(profile.rows.first { $0.agency == i }!.salience.type != .nonStakeholder)
                }
            }
        }
    }
}

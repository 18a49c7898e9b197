import PartnerscopeCore
import Testing

@Suite struct ResourceDependenceTests {
    static func agencies(_ ids: [String]) -> [Agency] {
        ids.map { Agency(id: AgencyID($0), name: $0.uppercased(), sector: .public, type: $0) }
    }

    static func network(_ ids: [String], _ ties: [(String, String, RelationshipType, Double)]) -> Network {
        let ag = agencies(ids)
        let index = Dictionary(uniqueKeysWithValues: ag.enumerated().map { ($1.id.rawValue, $0) })
        return Network(name: "t", agencies: ag, relationships: ties.map {
            Relationship(source: index[$0.0]!, target: index[$0.1]!, type: $0.2, weight: $0.3,
                         directed: [.funding, .commissioning, .accountability, .scrutiny].contains($0.2))
        })
    }

    static func score(_ n: Network, _ id: String) -> Double { ResourceDependence.influence(n)[n.index(of: AgencyID(id))!] }

    /// The documented table (Pfeffer & Salancik 1978): who depends on whom in each type.
    @Test func direction_eachType_asDocumented() {
        #expect(ResourceDependence.direction(of: .funding) == .targetOnSource)
        #expect(ResourceDependence.direction(of: .commissioning) == .targetOnSource)
        #expect(ResourceDependence.direction(of: .scrutiny) == .targetOnSource)
        #expect(ResourceDependence.direction(of: .accountability) == .sourceOnTarget)
        for t in [RelationshipType.partnership, .protocol, .agreement, .informal] {
            #expect(ResourceDependence.direction(of: t) == .mutual)
        }
        #expect(ResourceDependence.direction(of: .conflict) == .none)
        #expect(ResourceDependence.direction(of: Relationship(source: 0, target: 1, type: .funding, sign: -1)) == .none)
    }

    /// The dependence graph: arcs from the dependent party to the party depended on.
    @Test func graph_arcsRunFromTheDependentParty() {
        let n = Self.network(["ca", "council", "vcs", "trust", "icb", "police"], [
            ("council", "vcs", .funding, 2), ("icb", "trust", .commissioning, 5), ("council", "ca", .accountability, 1),
            ("council", "trust", .scrutiny, 1), ("council", "police", .partnership, 3), ("police", "trust", .conflict, 1),
        ])
        let g = ResourceDependence.graph(n)
        func arc(_ a: String, _ b: String) -> Double? { g.weight(from: n.index(of: AgencyID(a))!, to: n.index(of: AgencyID(b))!) }
        #expect(arc("vcs", "council") == 2 && arc("council", "vcs") == nil)
        #expect(arc("trust", "icb") == 5 && arc("icb", "trust") == nil)
        #expect(arc("council", "ca") == 1 && arc("ca", "council") == nil)
        #expect(arc("trust", "council") == 1 && arc("council", "trust") == nil)
        #expect(arc("council", "police") == 3 && arc("police", "council") == 3)
        #expect(arc("police", "trust") == nil && arc("trust", "police") == nil)
    }

    /// An ICB outranks every trust it commissions, though the trusts work with each other and
    /// with a council (the old direction, commissioner → provider, put the trusts first).
    @Test func influence_icbOutranksEveryTrustItCommissions() {
        let n = Self.network(["icb", "acute", "mental", "community", "council"], [
            ("icb", "acute", .commissioning, 5), ("icb", "mental", .commissioning, 5), ("icb", "community", .commissioning, 5),
            ("acute", "mental", .partnership, 2), ("mental", "community", .partnership, 2), ("acute", "council", .partnership, 2),
            ("council", "icb", .partnership, 2),
        ])
        for trust in ["acute", "mental", "community"] { #expect(Self.score(n, "icb") > Self.score(n, trust), "\(trust)") }
        // Under the old reading (PageRank along commissioner → provider) the trusts led.
        let old = PageRank.scores(Graph(network: n, directed: true, weighted: true))
        #expect(old[n.index(of: AgencyID("icb"))!] < old[n.index(of: AgencyID("mental"))!])
    }

    /// A funder outranks its recipients, even recipients that partner each other.
    @Test func influence_funderOutranksItsRecipients() {
        let n = Self.network(["funder", "a", "b", "c"], [
            ("funder", "a", .funding, 1), ("funder", "b", .funding, 1), ("funder", "c", .funding, 1),
            ("a", "b", .partnership, 1), ("b", "c", .partnership, 1),
        ])
        for r in ["a", "b", "c"] { #expect(Self.score(n, "funder") > Self.score(n, r), "\(r)") }
    }

    /// A combined authority outranks its constituent councils, which work with each other and
    /// with their own partners.
    @Test func influence_combinedAuthorityOutranksItsConstituentCouncils() {
        let councils = ["leeds", "bradford", "wakefield"]
        var ties: [(String, String, RelationshipType, Double)] = councils.map { ($0, "ca", .accountability, 5) }
        ties += [("leeds", "bradford", .partnership, 1), ("bradford", "wakefield", .partnership, 1),
                 ("leeds", "police", .partnership, 2), ("bradford", "police", .partnership, 2), ("wakefield", "police", .partnership, 2),
                 ("leeds", "vcs", .funding, 1)]
        let n = Self.network(["ca", "police", "vcs"] + councils, ties)
        for c in councils { #expect(Self.score(n, "ca") > Self.score(n, c), "\(c)") }
    }

    /// Hand-worked: council C funds V and partners P, so the arcs are V → C and C ⇄ P; no agency
    /// is dangling. With d = 0.85 and t = (1 − d)/3, PageRank solves x_V = t (nothing points at V),
    /// x_P = t + d·x_C (C's only out-arc) and x_C = t + d·(x_V + x_P).
    @Test func influence_threeAgencies_solvesTheLinearSystem() {
        let n = Self.network(["c", "p", "v"], [("c", "v", .funding, 1), ("c", "p", .partnership, 1)])
        let x = ResourceDependence.influence(n)
        let d = 0.85, t = (1 - d) / 3
        let xc = (t + d * t + d * t) / (1 - d * d)
        let xp = t + d * xc
        #expect(abs(x[2] - t) < 1e-9 && abs(x[0] - xc) < 1e-9 && abs(x[1] - xp) < 1e-9)
        #expect(abs(x.reduce(0, +) - 1) < 1e-12)
        #expect(x[0] > x[1] && x[1] > x[2])
    }

    @Test func influence_cornerCases() {
        #expect(ResourceDependence.influence(Network(name: "e", agencies: [], relationships: [])).isEmpty)
        let one = Self.network(["a"], [])
        #expect(ResourceDependence.influence(one) == [1])
        // Only a conflict: no arc, so every agency gets 1/n.
        let conflict = Self.network(["a", "b"], [("a", "b", .conflict, 1)])
        #expect(ResourceDependence.influence(conflict).allSatisfy { abs($0 - 0.5) < 1e-12 })
    }

    /// Salience rules: power from dependence, legitimacy from a formal tie; informal contact and
    /// conflict give neither; no holder of a partnership, protocol or agreement tie is a
    /// non-stakeholder.
    @Test func salience_tiesGivePowerAndLegitimacy() {
        let ag = ["funder", "grantee", "partner", "chat", "foe"].map {
            Agency(id: AgencyID($0), name: $0, sector: .voluntary, type: "voluntary-org")
        }
        let n = Network(name: "s", agencies: ag, ties: [
            ("funder", "grantee", .funding), ("grantee", "partner", .protocol), ("chat", "partner", .informal),
            ("foe", "funder", .conflict),
        ])
        let p = InfluenceProfile(network: n, networkInfluence: ResourceDependence.influence(n))
        func row(_ id: String) -> InfluenceRow { p.rows.first { n.agencies[$0.agency].id.rawValue == id }! }
        #expect(row("funder").salience.power && row("funder").salience.powerSource == "dependence")
        #expect(row("funder").salience.type == .dominant)  // power by dependence, legitimacy by the funding tie
        #expect(row("grantee").salience.type == .discretionary && row("grantee").salience.legitimacySource == "formal tie")
        #expect(row("partner").salience.type == .discretionary)
        #expect(row("chat").salience.type == .nonStakeholder)
        #expect(row("foe").salience.type == .nonStakeholder)
    }
}

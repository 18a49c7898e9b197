import PartnerscopeCore

/// Seeded synthetic partnership networks in the project's schema, for benchmarks.
///
/// - Agencies get sectors in realistic proportions (70% public, 10% private, 15% voluntary,
///   5% community) and types drawn from the recommended vocabulary.
/// - Areas are a line of `areaCount` small areas with populations 1,000–3,000 (like LSOAs); each
///   agency type tiles the line with its own footprint size, so footprints of different types
///   overlap partially, as real boundaries do.
/// - Ties follow a mix of preferential attachment (70%: a heavy-tailed degree distribution like
///   real partnership networks) and local ties among agencies with nearby footprints (30%), with
///   types, weights 1–5 and 20% directed.
///
/// The same parameters and seed always give the same network.
struct SyntheticNetwork {
    var agencyCount: Int
    var relationshipCount: Int
    var areaCount: Int
    var seed: UInt64 = 42

    /// Agency types with the number of small areas their footprint spans and their relative
    /// frequency among public-sector agencies: many small bodies, few large ones, as in England.
    static let publicTypes: [(type: String, footprint: Int, weight: Double)] = [
        ("district-council", 40, 0.05), ("county-council", 300, 0.005), ("unitary-council", 120, 0.02),
        ("police", 900, 0.002), ("fire", 700, 0.002), ("icb", 1100, 0.002), ("nhs-trust", 60, 0.03),
        ("lep", 1000, 0.002), ("college", 20, 0.10), ("university", 30, 0.03), ("jobcentre", 10, 0.20),
        ("housing", 10, 0.25), ("probation", 800, 0.002), ("environment", 2500, 0.001), ("gp-federation", 8, 0.30),
    ]
    static let otherTypes: [Sector: (type: String, footprint: Int)] = [
        .private: ("business", 2), .voluntary: ("voluntary-org", 3), .community: ("community-org", 1),
    ]

    func make() -> Network {
        var rng = SplitMix64(seed: seed)
        let totalWeight = Self.publicTypes.reduce(0) { $0 + $1.weight }
        var agencies: [Agency] = []
        agencies.reserveCapacity(agencyCount)
        var start: [Int] = []
        var width: [Int] = []
        for i in 0..<agencyCount {
            let u = rng.nextUnit()
            let sector: Sector = u < 0.70 ? .public : u < 0.80 ? .private : u < 0.95 ? .voluntary : .community
            let t: (type: String, footprint: Int)
            if sector == .public {
                var r = rng.nextUnit() * totalWeight
                var pick = Self.publicTypes.count - 1
                for (k, p) in Self.publicTypes.enumerated() {
                    if r < p.weight { pick = k; break }
                    r -= p.weight
                }
                t = (Self.publicTypes[pick].type, Self.publicTypes[pick].footprint)
            } else {
                t = Self.otherTypes[sector]!
            }
            let w = max(1, min(areaCount, t.footprint))
            // Tile the line: agency footprints of one type start at multiples of the width.
            let tiles = max(1, areaCount / w)
            let s = rng.nextInt(below: tiles) * w
            start.append(s)
            width.append(min(w, areaCount - s))
            agencies.append(Agency(id: AgencyID("ag\(i)"), name: "Agency \(i)", sector: sector, type: t.type,
                                   level: .local, power: 1 + rng.nextInt(below: 5), interest: 1 + rng.nextInt(below: 5)))
        }
        var areas: [Area] = []
        areas.reserveCapacity(areaCount)
        for x in 0..<areaCount {
            areas.append(Area(code: AreaCode("A\(x)"), name: "Area \(x)", population: 1000 + rng.nextInt(below: 2001)))
        }
        var boundaries: [Boundary] = []
        for a in 0..<agencyCount {
            for x in start[a]..<(start[a] + width[a]) {
                // Edge areas of a footprint are shared with the neighbouring body.
                let edge = x == start[a] + width[a] - 1 && width[a] > 1
                boundaries.append(Boundary(agency: a, area: x, share: edge ? 0.5 : 1))
            }
        }
        var relationships: [Relationship] = []
        relationships.reserveCapacity(relationshipCount)
        var endpoints: [Int] = []  // for preferential attachment
        endpoints.reserveCapacity(relationshipCount * 2)
        let byStart = (0..<agencyCount).sorted { (start[$0], $0) < (start[$1], $1) }
        var rank = [Int](repeating: 0, count: agencyCount)
        for (k, a) in byStart.enumerated() { rank[a] = k }
        let kinds = RelationshipType.allCases
        while relationships.count < relationshipCount {
            let s = rng.nextInt(below: agencyCount)
            var t: Int
            if rng.nextUnit() < 0.7 && !endpoints.isEmpty {
                t = endpoints[rng.nextInt(below: endpoints.count)]
            } else {
                let offset = rng.nextInt(below: 41) - 20
                t = byStart[min(agencyCount - 1, max(0, rank[s] + offset))]
            }
            if t == s { t = (s + 1) % agencyCount }
            if t == s { break }  // a single agency
            endpoints.append(s)
            endpoints.append(t)
            relationships.append(Relationship(source: s, target: t, type: kinds[rng.nextInt(below: kinds.count)],
                                              weight: Double(1 + rng.nextInt(below: 5)),
                                              directed: rng.nextUnit() < 0.2))
        }
        return Network(name: "synthetic-\(agencyCount)-\(relationshipCount)", agencies: agencies, areas: areas,
                       boundaries: boundaries, relationships: relationships)
    }
}

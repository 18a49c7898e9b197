import PartnerscopeCore

/// A hand-made network of two regions for the splitting, comparison and diff tests.
///
///     R1 (region)            R2 (region)
///     ├── D1: L1 (100), L2 (200)   └── D3: L4 (400), L5 (500)
///     └── D2: L3 (300)
///
/// Councils c1 (D1 = L1, L2), c2 (D2 = L3), c3 (D3 = L4, L5); ICBs h1 (L1–L3) and h2 (L4, L5)
/// and h3 (no boundary); police p1 across the regions (L2, L3, L4); a national body n1 with its
/// boundary named on the region rows R1 and R2. Ties: c1–h1, c2–h1, c3–h2, p1–c1, p1–c3, n1–h1,
/// c1–c2 and h3–c1.
public enum TwoRegions {
    public static let areaRows: [(String, String, Int?, String?)] = [
        ("R1", "Region One", nil, nil), ("R2", "Region Two", nil, nil),
        ("D1", "District One", nil, "R1"), ("D2", "District Two", nil, "R1"), ("D3", "District Three", nil, "R2"),
        ("L1", "Leaf 1", 100, "D1"), ("L2", "Leaf 2", 200, "D1"), ("L3", "Leaf 3", 300, "D2"),
        ("L4", "Leaf 4", 400, "D3"), ("L5", "Leaf 5", 500, "D3"),
    ]
    public static let agencyRows: [(String, String, String)] = [
        ("c1", "Council One", "unitary-council"), ("c2", "Council Two", "unitary-council"),
        ("c3", "Council Three", "unitary-council"), ("h1", "ICB One", "icb"), ("h2", "ICB Two", "icb"),
        ("h3", "ICB Three", "icb"), ("n1", "National Body", "environment"), ("p1", "Police One", "police"),
    ]
    public static let boundaryRows: [(String, String)] = [
        ("c1", "L1"), ("c1", "L2"), ("c2", "L3"), ("c3", "L4"), ("c3", "L5"),
        ("h1", "L1"), ("h1", "L2"), ("h1", "L3"), ("h2", "L4"), ("h2", "L5"),
        ("n1", "R1"), ("n1", "R2"), ("p1", "L2"), ("p1", "L3"), ("p1", "L4"),
    ]
    public static let tieRows: [(String, String)] = [
        ("c1", "h1"), ("c2", "h1"), ("c3", "h2"), ("p1", "c1"), ("p1", "c3"), ("n1", "h1"), ("c1", "c2"), ("h3", "c1"),
    ]

    public static var network: Network {
        let agencies = agencyRows.map { Agency(id: AgencyID($0.0), name: $0.1, sector: .public, type: $0.2) }
        let areas = areaRows.map { Area(code: AreaCode($0.0), name: $0.1, population: $0.2, parent: $0.3.map { AreaCode($0) }) }
        let agencyIndex = Dictionary(uniqueKeysWithValues: agencyRows.enumerated().map { ($0.element.0, $0.offset) })
        let areaIndex = Dictionary(uniqueKeysWithValues: areaRows.enumerated().map { ($0.element.0, $0.offset) })
        return Network(
            name: "two-regions", agencies: agencies, areas: areas,
            boundaries: boundaryRows.map { Boundary(agency: agencyIndex[$0.0]!, area: areaIndex[$0.1]!) },
            relationships: tieRows.map { Relationship(source: agencyIndex[$0.0]!, target: agencyIndex[$0.1]!, type: .partnership) })
    }

    /// The network as CSV files (for end-to-end tests), with optional extra agency rows appended.
    public static func files(extraAgencies: [String] = []) -> [String: String] {
        [
            "agencies.csv": "id,name,sector,type\n" + agencyRows.map { "\($0.0),\($0.1),public,\($0.2)\n" }.joined()
                + extraAgencies.map { $0 + "\n" }.joined(),
            "areas.csv": "code,name,population,parent\n" + areaRows.map { "\($0.0),\($0.1),\($0.2.map(String.init) ?? ""),\($0.3 ?? "")\n" }.joined(),
            "boundaries.csv": "agency_id,area_code,share\n" + boundaryRows.map { "\($0.0),\($0.1),1\n" }.joined(),
            "relationships.csv": "source,target,type\n" + tieRows.map { "\($0.0),\($0.1),partnership\n" }.joined(),
        ]
    }
}

extension TwoRegions {
    /// A later snapshot of ``network``: council c2 merged into c1 (c1 now covers L1–L3), L3 moved
    /// from ICB h1 to h2, a new fire authority f1 over everything; ties c1–c2 and c2–h1 gone, c1–h2
    /// and f1–p1 new.
    public static var after: Network {
        let rows = agencyRows.filter { $0.0 != "c2" } + [("f1", "Fire One", "fire")]
        let agencies = rows.map { Agency(id: AgencyID($0.0), name: $0.1, sector: .public, type: $0.2) }
        let areas = areaRows.map { Area(code: AreaCode($0.0), name: $0.1, population: $0.2, parent: $0.3.map { AreaCode($0) }) }
        let agencyIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($0.element.0, $0.offset) })
        let areaIndex = Dictionary(uniqueKeysWithValues: areaRows.enumerated().map { ($0.element.0, $0.offset) })
        let bounds: [(String, String)] = [
            ("c1", "L1"), ("c1", "L2"), ("c1", "L3"), ("c3", "L4"), ("c3", "L5"), ("h1", "L1"), ("h1", "L2"),
            ("h2", "L3"), ("h2", "L4"), ("h2", "L5"), ("n1", "R1"), ("n1", "R2"), ("p1", "L2"), ("p1", "L3"), ("p1", "L4"),
            ("f1", "L1"), ("f1", "L2"), ("f1", "L3"), ("f1", "L4"), ("f1", "L5"),
        ]
        let ties: [(String, String)] = [
            ("c1", "h1"), ("h2", "c1"), ("c3", "h2"), ("p1", "c1"), ("p1", "c3"), ("n1", "h1"), ("h3", "c1"), ("p1", "f1"),
        ]
        return Network(
            name: "two-regions-after", agencies: agencies, areas: areas,
            boundaries: bounds.map { Boundary(agency: agencyIndex[$0.0]!, area: areaIndex[$0.1]!) },
            relationships: ties.map { Relationship(source: agencyIndex[$0.0]!, target: agencyIndex[$0.1]!, type: .partnership) })
    }
}

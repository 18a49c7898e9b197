/// A partnership network: agencies, the areas they serve, who covers which area, and the ties
/// between agencies.
///
/// Agencies and areas are interned: every other structure refers to them by their dense index in
/// ``agencies`` and ``areas``; agency types are interned once too (``types``, ``agencyTypeIndex``). Build one with ``init(name:agencies:areas:boundaries:relationships:hasAreasFile:hasBoundariesFile:)``
/// (the loader in `PartnerscopeIO` does this after validating the CSV files).
public struct Network: Sendable {
    /// A short name, by default the folder's name (e.g. `west-yorkshire`).
    public var name: String
    public private(set) var agencies: [Agency]
    public private(set) var areas: [Area]
    public private(set) var boundaries: [Boundary]
    public private(set) var relationships: [Relationship]
    /// Whether the network came with an `areas.csv`; geographic analyses say so when it did not.
    public var hasAreasFile: Bool
    /// Whether the network came with a `boundaries.csv`.
    public var hasBoundariesFile: Bool
    /// The day this network shows (``asAt(_:)``); nil when it was never filtered by date.
    public var asAt: AsAt?

    public private(set) var agencyIndex: [AgencyID: Int]
    public private(set) var areaIndex: [AreaCode: Int]
    /// The distinct agency types, sorted (Swift `String` order): the one interning of `type` that
    /// every analysis indexing by type uses, so their type orders agree.
    public private(set) var types: [String]
    /// For each agency, the index of its ``Agency/type`` in ``types``.
    public private(set) var agencyTypeIndex: [Int32]

    /// Creates a network. Indices in `boundaries` and `relationships` must be valid (checked in
    /// debug builds); ids and codes must be unique. Agency types are interned here (``types``,
    /// ``agencyTypeIndex``).
    ///
    /// - Complexity: O(|agencies| + |areas| + |boundaries| + |relationships| + T log T) for T
    ///   distinct types.
    public init(name: String, agencies: [Agency], areas: [Area] = [], boundaries: [Boundary] = [],
                relationships: [Relationship], hasAreasFile: Bool? = nil, hasBoundariesFile: Bool? = nil) {
        self.name = name
        self.agencies = agencies
        self.areas = areas
        self.boundaries = boundaries
        self.relationships = relationships
        self.hasAreasFile = hasAreasFile ?? !areas.isEmpty
        self.hasBoundariesFile = hasBoundariesFile ?? !boundaries.isEmpty
        var agencyIndex = [AgencyID: Int](minimumCapacity: agencies.count)
        for (i, agency) in agencies.enumerated() { agencyIndex[agency.id] = i }
        var areaIndex = [AreaCode: Int](minimumCapacity: areas.count)
        for (i, area) in areas.enumerated() { areaIndex[area.code] = i }
        self.agencyIndex = agencyIndex
        self.areaIndex = areaIndex
        let types = Set(agencies.map(\.type)).sorted()
        var typeIndex = [String: Int32](minimumCapacity: types.count)
        for (k, t) in types.enumerated() { typeIndex[t] = Int32(k) }
        self.types = types
        self.agencyTypeIndex = agencies.map { typeIndex[$0.type]! }
        assert(agencyIndex.count == agencies.count, "duplicate agency id")
        assert(areaIndex.count == areas.count, "duplicate area code")
        assert(relationships.allSatisfy { agencies.indices.contains($0.source) && agencies.indices.contains($0.target) })
        assert(boundaries.allSatisfy { agencies.indices.contains($0.agency) && areas.indices.contains($0.area) })
    }

    /// Convenience for building small networks in code and tests: ties named by agency id.
    ///
    /// - Precondition: every id in `ties` names an agency in `agencies`.
    public init(name: String, agencies: [Agency], ties: [(AgencyID, AgencyID, RelationshipType)]) {
        var index = [AgencyID: Int]()
        for (i, agency) in agencies.enumerated() { index[agency.id] = i }
        self.init(name: name, agencies: agencies, relationships: ties.map {
            Relationship(source: index[$0.0]!, target: index[$0.1]!, type: $0.2)
        })
    }

    public var agencyCount: Int { agencies.count }

    /// The index of the agency with this id, if any.
    public func index(of id: AgencyID) -> Int? { agencyIndex[id] }

    /// The index of the area with this code, if any.
    public func index(of code: AreaCode) -> Int? { areaIndex[code] }

    /// Whether every area weighs by a known population (false when `areas.csv` lacks the column or
    /// any value).
    public var hasPopulation: Bool { !areas.isEmpty && areas.allSatisfy { $0.population != nil } }
}

// MARK: - Sub-networks

extension Network {
    /// The sub-network induced by a set of agencies: those agencies, the ties among them, their
    /// boundaries and the areas those boundaries touch (plus the ancestors of those areas, so that
    /// `parent` codes still resolve).
    ///
    /// Agencies keep their relative order, so indices stay sorted as in the parent network.
    /// - Complexity: O(|agencies| + |areas| + |boundaries| + |relationships|).
    public func subnetwork(agencies keep: some Sequence<Int>, name: String? = nil) -> Network {
        var keepAgency = [Bool](repeating: false, count: agencies.count)
        for i in keep { keepAgency[i] = true }
        var newAgencyIndex = [Int](repeating: -1, count: agencies.count)
        var newAgencies: [Agency] = []
        for i in agencies.indices where keepAgency[i] {
            newAgencyIndex[i] = newAgencies.count
            newAgencies.append(agencies[i])
        }
        var keepArea = [Bool](repeating: false, count: areas.count)
        for b in boundaries where keepAgency[b.agency] { keepArea[b.area] = true }
        // Keep ancestors so that parent codes resolve in the sub-network.
        let hierarchy = AreaHierarchy(self)
        for i in areas.indices where keepArea[i] {
            for a in hierarchy.ancestors(of: i) {
                if keepArea[a] { break }
                keepArea[a] = true
            }
        }
        var newAreaIndex = [Int](repeating: -1, count: areas.count)
        var newAreas: [Area] = []
        for i in areas.indices where keepArea[i] {
            newAreaIndex[i] = newAreas.count
            newAreas.append(areas[i])
        }
        let newBoundaries = boundaries.compactMap { b -> Boundary? in
            guard keepAgency[b.agency] else { return nil }
            return Boundary(agency: newAgencyIndex[b.agency], area: newAreaIndex[b.area], share: b.share)
        }
        let newRelationships = relationships.compactMap { r -> Relationship? in
            guard keepAgency[r.source], keepAgency[r.target] else { return nil }
            var copy = r
            copy.source = newAgencyIndex[r.source]
            copy.target = newAgencyIndex[r.target]
            return copy
        }
        var sub = Network(name: name ?? self.name, agencies: newAgencies, areas: newAreas,
                          boundaries: newBoundaries, relationships: newRelationships,
                          hasAreasFile: hasAreasFile, hasBoundariesFile: hasBoundariesFile)
        sub.asAt = asAt
        return sub
    }

    /// The sub-network of the agencies in one sector.
    public func subnetwork(sector: Sector) -> Network {
        subnetwork(agencies: agencies.indices.filter { agencies[$0].sector == sector },
                   name: "\(name)/sector=\(sector.rawValue)")
    }

    /// The sub-network of the agencies of one type.
    public func subnetwork(type: String) -> Network {
        subnetwork(agencies: agencies.indices.filter { agencies[$0].type == type },
                   name: "\(name)/type=\(type)")
    }

    /// The sub-network of the agencies whose boundaries touch any of the given areas or any area
    /// below them (areas whose `parent` chain reaches one of them).
    ///
    /// - Complexity: O(|areas| · depth + |boundaries|) plus the cost of ``subnetwork(agencies:name:)``.
    public func subnetwork(touchingAreas roots: Set<Int>, name: String? = nil) -> Network {
        let inside = areasWithin(roots)
        var keep = Set<Int>()
        for b in boundaries where inside[b.area] { keep.insert(b.agency) }
        return subnetwork(agencies: keep.sorted(), name: name)
    }

    /// A flag per area: true when the area is one of `roots` or its `parent` chain reaches one.
    ///
    /// - Complexity: O(|areas| log |areas|) (see ``AreaHierarchy/within(_:)``).
    public func areasWithin(_ roots: Set<Int>) -> [Bool] {
        AreaHierarchy(self).within(roots)
    }
}

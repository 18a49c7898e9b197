/// A piece of geography: one row of `areas.csv` (an LSOA, a district, a region...).
public struct Area: Hashable, Sendable {
    public var code: AreaCode
    public var name: String
    /// Resident population, when known.
    public var population: Int?
    /// The code of a larger area containing this one, e.g. an LSOA's district.
    public var parent: AreaCode?
    public var attributes: Attributes

    public init(code: AreaCode, name: String, population: Int? = nil, parent: AreaCode? = nil,
                attributes: Attributes = Attributes()) {
        self.code = code
        self.name = name
        self.population = population
        self.parent = parent
        self.attributes = attributes
    }
}

/// The coverage of one area by one agency: one row of `boundaries.csv`.
///
/// Indices refer to ``Network/agencies`` and ``Network/areas``.
public struct Boundary: Hashable, Sendable {
    public var agency: Int
    public var area: Int
    /// The fraction of the area's population the agency covers, in (0, 1].
    public var share: Double

    public init(agency: Int, area: Int, share: Double = 1) {
        self.agency = agency
        self.area = area
        self.share = share
    }
}

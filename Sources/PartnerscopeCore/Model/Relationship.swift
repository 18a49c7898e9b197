/// A tie between two agencies: one row of `relationships.csv`.
///
/// `source` and `target` are indices into ``Network/agencies``.
public struct Relationship: Hashable, Sendable {
    public var source: Int
    public var target: Int
    public var type: RelationshipType
    /// Tie strength, > 0.
    public var weight: Double
    /// When false the tie runs both ways.
    public var directed: Bool
    /// When the tie started (`since`); nil: before the data begins.
    public var since: ISODate?
    /// When it ended (`until`, inclusive); nil: still in force.
    public var until: ISODate?
    public var attributes: Attributes

    public init(source: Int, target: Int, type: RelationshipType, weight: Double = 1,
                directed: Bool = false, since: ISODate? = nil, until: ISODate? = nil, attributes: Attributes = Attributes()) {
        self.source = source
        self.target = target
        self.type = type
        self.weight = weight
        self.directed = directed
        self.since = since
        self.until = until
        self.attributes = attributes
    }
}

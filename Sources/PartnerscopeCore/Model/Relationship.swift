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
    /// +1 for a positive tie (working together in some way), −1 for a negative one (a dispute).
    /// A `conflict` tie is always −1; any other type is +1 unless the optional `sign` column of
    /// `relationships.csv` says −1. Negative ties are not paths, partnerships or community bonds:
    /// ``Graph/init(network:directed:weighted:ties:include:)`` leaves them out unless asked, and
    /// ``StructuralBalance`` reads them.
    public var sign: Int
    /// When the tie started (`since`); nil: before the data begins.
    public var since: ISODate?
    /// When it ended (`until`, inclusive); nil: still in force.
    public var until: ISODate?
    public var attributes: Attributes

    public init(source: Int, target: Int, type: RelationshipType, weight: Double = 1,
                directed: Bool = false, sign: Int? = nil, since: ISODate? = nil, until: ISODate? = nil,
                attributes: Attributes = Attributes()) {
        precondition(sign == nil || sign == 1 || sign == -1, "a tie's sign is +1 or -1")
        self.source = source
        self.target = target
        self.type = type
        self.weight = weight
        self.directed = directed
        self.sign = type == .conflict ? -1 : sign ?? 1
        self.since = since
        self.until = until
        self.attributes = attributes
    }

    /// Whether the tie is negative (``sign`` −1): a `conflict`, or a tie marked `sign` −1.
    @inlinable public var isNegative: Bool { sign < 0 }
}

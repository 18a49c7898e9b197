/// An organisation in the network: one row of `agencies.csv`.
public struct Agency: Hashable, Sendable {
    public var id: AgencyID
    public var name: String
    public var sector: Sector
    /// Free text; see ``AgencyTypeVocabulary`` for the recommended values.
    public var type: String
    public var level: Level?
    /// Formal power, 1 (least) to 5 (most).
    public var power: Int?
    /// Interest in the partnership's agenda, 1 to 5.
    public var interest: Int?
    /// Annual budget in £ millions.
    public var budgetMillions: Double?
    /// Whether the agency has a statutory duty to take part.
    public var statutory: Bool?
    /// The first period the agency existed in (`start` column); nil: since before the data begins.
    public var start: ISODate?
    /// The last period it existed in (`end` column, inclusive); nil: still exists.
    public var end: ISODate?
    /// The agencies this one took over from (`successor_of`: the ICB succeeds its CCGs).
    public var successorOf: [AgencyID]
    /// Columns beyond the schema, kept verbatim and carried through to exports.
    public var attributes: Attributes

    public init(
        id: AgencyID, name: String, sector: Sector, type: String, level: Level? = nil,
        power: Int? = nil, interest: Int? = nil, budgetMillions: Double? = nil,
        statutory: Bool? = nil, start: ISODate? = nil, end: ISODate? = nil, successorOf: [AgencyID] = [],
        attributes: Attributes = Attributes()
    ) {
        self.id = id
        self.name = name
        self.sector = sector
        self.type = type
        self.level = level
        self.power = power
        self.interest = interest
        self.budgetMillions = budgetMillions
        self.statutory = statutory
        self.start = start
        self.end = end
        self.successorOf = successorOf
        self.attributes = attributes
    }
}

/// Extra CSV columns of a row, in the order of the file's header.
public struct Attributes: Hashable, Sendable {
    /// (column name as written in the header, value) pairs.
    public var pairs: [(key: String, value: String)]

    public init(_ pairs: [(key: String, value: String)] = []) { self.pairs = pairs }

    /// The value of the column whose name equals `key`, ignoring case.
    public subscript(key: String) -> String? {
        let lowered = key.lowercased()
        return pairs.first { $0.key.lowercased() == lowered }?.value
    }

    public var isEmpty: Bool { pairs.isEmpty }

    /// The values of many columns for many rows at once: `result[k][i]` is row `i`'s value of
    /// `keys[k]` (the first pair with that key, compared exactly or, with `ignoringCase`, after
    /// lower-casing), nil where the row has none. Looking each key up by subscript would cost
    /// O(|keys| · |pairs|) per row: `export` of 100,000 extra columns had taken 70 s.
    ///
    /// - Complexity: O(Σ |pairs| + |keys| · |rows|).
    public static func columns(_ rows: [Attributes], keys: [String], ignoringCase: Bool = false) -> [[String?]] {
        var index: [String: Int] = [:]
        for (k, key) in keys.enumerated() where index[ignoringCase ? key.lowercased() : key] == nil {
            index[ignoringCase ? key.lowercased() : key] = k
        }
        var result = [[String?]](repeating: [String?](repeating: nil, count: rows.count), count: keys.count)
        for (i, row) in rows.enumerated() {
            for pair in row.pairs {
                if let k = index[ignoringCase ? pair.key.lowercased() : pair.key], result[k][i] == nil { result[k][i] = pair.value }
            }
        }
        return result
    }

    public static func == (lhs: Attributes, rhs: Attributes) -> Bool {
        lhs.pairs.count == rhs.pairs.count
            && zip(lhs.pairs, rhs.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.key)
            hasher.combine(pair.value)
        }
    }
}

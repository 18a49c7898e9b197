/// One agency's formal power, interest, network influence and stakeholder class.
public struct InfluenceRow: Sendable, Equatable {
    public var agency: Int
    public var power: Int?
    public var budgetMillions: Double?
    public var statutory: Bool?
    public var interest: Int?
    /// Network influence (``ResourceDependence/influence(_:damping:)`` unless the caller chose otherwise).
    public var networkInfluence: Double
    public var quadrant: PowerInterestQuadrant?
    public var salience: StakeholderSalience.Attributes
}

/// The influence table: per agency, formal power, interest, network influence, power–interest
/// quadrant and salience class, sorted by agency id.
///
/// Network influence is an input (one value per agency, normally
/// ``ResourceDependence/influence(_:damping:)``), so that this type stays independent of how it is
/// computed. Salience reads the agency's columns and its ties (``StakeholderSalience/ties(_:)``).
///
/// - Complexity: O(|V| log |V| + |E|).
/// - Corner cases: the empty network gives no rows; a missing or non-finite influence value
///   counts as 0.
public struct InfluenceProfile: Sendable {
    public let grid: PowerInterestGrid
    public let salience: StakeholderSalience
    public let rows: [InfluenceRow]

    public init(network: Network, networkInfluence: [Double], grid: PowerInterestGrid = .init(),
                salience: StakeholderSalience = .init()) {
        self.grid = grid
        self.salience = salience
        let order = network.agencies.indices.sorted { network.agencies[$0].id < network.agencies[$1].id }
        let ties = StakeholderSalience.ties(network)
        rows = order.map { i in
            let a = network.agencies[i]
            let value = i < networkInfluence.count && networkInfluence[i].isFinite ? networkInfluence[i] : 0
            return InfluenceRow(agency: i, power: a.power, budgetMillions: a.budgetMillions, statutory: a.statutory,
                                interest: a.interest, networkInfluence: value, quadrant: grid.quadrant(of: a),
                                salience: salience.attributes(of: a, ties: ties[i]))
        }
    }
}

/// The four cells of the power–interest grid and what each asks of a partnership.
public enum PowerInterestQuadrant: String, CaseIterable, Sendable, Comparable {
    /// High power, high interest: key players.
    case manageClosely = "manage closely"
    /// High power, low interest.
    case keepSatisfied = "keep satisfied"
    /// Low power, high interest.
    case keepInformed = "keep informed"
    /// Low power, low interest: minimal effort.
    case monitor

    public static func < (lhs: PowerInterestQuadrant, rhs: PowerInterestQuadrant) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The power–interest grid: each agency placed by its formal `power` and its `interest` in the
/// partnership's agenda, both rated 1–5, into one of four quadrants.
///
/// Definition: with threshold *h*, power is high when `power ≥ h` and interest is high when
/// `interest ≥ h`; then high/high → manage closely, high/low → keep satisfied, low/high → keep
/// informed, low/low → monitor.
///
/// - Parameter highThreshold: default 4, so 4 and 5 are high and the midpoint 3 is low (the grid
///   is split between 3 and 4); the threshold is printed with every output that uses it.
/// - Corner cases: an agency without `power` or without `interest` has no quadrant (nil).
/// - Complexity: O(1) per agency.
/// - Reference: Mendelow, A. (1991), "Environmental scanning: the impact of the stakeholder
///   concept", *Proceedings of the 2nd International Conference on Information Systems*,
///   Cambridge, MA, pp. 407–418 (no DOI); as popularised by Johnson & Scholes, *Exploring
///   Corporate Strategy*.
public struct PowerInterestGrid: Sendable, Equatable {
    public static let defaultHighThreshold = 4
    public let highThreshold: Int

    public init(highThreshold: Int = PowerInterestGrid.defaultHighThreshold) {
        self.highThreshold = highThreshold
    }

    /// The quadrant of a (power, interest) rating, or nil when either is missing.
    public func quadrant(power: Int?, interest: Int?) -> PowerInterestQuadrant? {
        guard let power, let interest else { return nil }
        switch (power >= highThreshold, interest >= highThreshold) {
        case (true, true): return .manageClosely
        case (true, false): return .keepSatisfied
        case (false, true): return .keepInformed
        case (false, false): return .monitor
        }
    }

    /// The quadrant of an agency, from its `power` and `interest` columns.
    public func quadrant(of agency: Agency) -> PowerInterestQuadrant? {
        quadrant(power: agency.power, interest: agency.interest)
    }
}

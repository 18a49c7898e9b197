/// The count, mean, spread and range of a list of scores.
///
/// The spread is the sample standard deviation, s = √(Σ(x − x̄)² / (n − 1)), as pandas' `std()`
/// and R's `sd()` compute it; nil for fewer than two scores. The mean, minimum and maximum are nil
/// for no scores.
///
/// - Complexity: O(n) time, O(1) space.
public struct ScoreSummary: Sendable, Equatable {
    public var count: Int
    public var mean: Double?
    public var standardDeviation: Double?
    public var minimum: Double?
    public var maximum: Double?

    public init<C: Collection>(_ values: C) where C.Element == Double {
        var n = 0, sum = 0.0, lo = Double.infinity, hi = -Double.infinity
        for v in values { n += 1; sum += v; lo = min(lo, v); hi = max(hi, v) }
        count = n
        guard n > 0 else { mean = nil; standardDeviation = nil; minimum = nil; maximum = nil; return }
        let m = sum / Double(n)
        mean = m
        minimum = lo
        maximum = hi
        if n > 1 {
            var squares = 0.0
            for v in values { squares += (v - m) * (v - m) }
            standardDeviation = (squares / Double(n - 1)).squareRoot()
        } else {
            standardDeviation = nil
        }
    }

    /// The mean as a percentage of the PARTNER scale's maximum (4): 3.24 → 81%, the way PARTNER
    /// reports present a network's trust score ("trust score of 81%").
    public var percentOfMaximum: Double? {
        mean.map { 100 * $0 / Double(SurveyDimension.scale.upperBound) }
    }
}

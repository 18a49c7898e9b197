/// How the two sides' ratings of a relationship become one score, and so how non-response is
/// handled: the options of UCINET's *Transform > Symmetrize* (Borgatti, Everett & Freeman 2002)
/// that apply to valued ratings, restricted to the sides that answered.
///
/// For a pair {a, b} with ratings x(a→b) and x(b→a), either of which may be missing (the
/// respondent did not answer, or did not rate that partner):
///
/// | option | both sides answered | one side answered |
/// |---|---|---|
/// | `mean` | (x(a→b) + x(b→a)) / 2 | that side's rating |
/// | `minimum` | min(x(a→b), x(b→a)) | that side's rating |
/// | `maximum` | max(x(a→b), x(b→a)) | that side's rating |
/// | `one-sided` | no symmetrisation: each rating is its own relationship, a→b and b→a apart | |
///
/// Deviation from UCINET: UCINET reads a missing cell as 0, so its minimum of a one-sided pair is 0
/// and its mean is half the rating. A survey non-response is not a rating of 0 (the PARTNER scale
/// starts at 1), so here a missing side is left out and the pair keeps the side that answered;
/// every output says how many relationships rest on one side only.
public enum Symmetrisation: String, CaseIterable, Sendable {
    case mean
    case minimum = "min"
    case maximum = "max"
    case oneSided = "one-sided"

    /// The pair's score from its two sides (nil: that side gave no score). For ``oneSided`` the
    /// first argument is the relationship's own rating and the second is ignored.
    ///
    /// - Complexity: O(1).
    public func combine(_ ab: Double?, _ ba: Double?) -> Double? {
        if self == .oneSided { return ab }
        guard let ab else { return ba }
        guard let ba else { return ab }
        switch self {
        case .mean: return (ab + ba) / 2
        case .minimum: return min(ab, ba)
        case .maximum: return max(ab, ba)
        case .oneSided: return ab
        }
    }
}

/// "Did you mean" suggestions for unknown ids.
enum Suggestion {
    /// The largest edit distance ever accepted as a typo, whatever the length: it bounds the work
    /// of a look-up (a 100,000-character id against 8 others of that length had taken minutes).
    static let maximumDistance = 16

    /// The known string nearest to `value` by case-insensitive Levenshtein distance, if it is
    /// close enough to be a plausible typo: distance at most k = min(max(2, length / 3), 16).
    /// Ties go to the smaller string.
    ///
    /// - Complexity: O(Σ min(|value|, |candidate|) · k) over the candidates whose length is within
    ///   k of the value's (the others are skipped without computing a distance): linear in the
    ///   text compared, never quadratic in an id's length.
    static func nearest(to value: String, in known: [String]) -> String? {
        let target = Array(value.lowercased().unicodeScalars)
        let threshold = min(max(2, target.count / 3), maximumDistance)
        var best: (String, Int)?
        for candidate in known {
            // The length in scalars bounds the distance from below: skip before lowercasing.
            let roughLength = candidate.unicodeScalars.count
            if abs(roughLength - target.count) > threshold + 2 { continue }
            let c = Array(candidate.lowercased().unicodeScalars)
            if abs(c.count - target.count) > threshold { continue }
            let d = distance(target, c, limit: best.map { min($0.1, threshold) } ?? threshold)
            if d <= threshold, d < (best?.1 ?? Int.max) || (d == best?.1 && candidate < best!.0) {
                best = (candidate, d)
            }
        }
        return best?.0
    }

    /// Levenshtein distance when it is at most `limit`, else some value above `limit`.
    ///
    /// Only the band of cells with |i − j| ≤ limit is computed (a path outside it costs more
    /// than `limit`), and the computation stops once a whole row of the band exceeds `limit`
    /// (Ukkonen 1985, doi:10.1016/S0019-9958(85)80046-2).
    ///
    /// - Complexity: O(|a| · limit) time, O(|b|) space.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let over = limit + 1
        var previous = [Int](repeating: over, count: b.count + 1)
        var current = [Int](repeating: over, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        for i in 1...a.count {
            let lo = max(1, i - limit), hi = min(b.count, i + limit)
            current[lo - 1] = lo == 1 ? min(i, over) : over
            var rowMin = current[lo - 1]
            if lo <= hi {
                for j in lo...hi {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, over)
                    current[j] = value
                    rowMin = min(rowMin, value)
                }
            }
            if hi < b.count { current[hi + 1] = over }
            if rowMin > limit { return over }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

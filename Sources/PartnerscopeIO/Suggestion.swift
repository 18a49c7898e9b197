/// "Did you mean" suggestions for unknown ids.
enum Suggestion {
    /// The known string nearest to `value` by case-insensitive Levenshtein distance, if it is
    /// close enough to be a plausible typo (distance at most max(2, length / 3)).
    ///
    /// - Complexity: O(|known| · |value| · L) with L the candidates' length; candidates whose length
    ///   differs by more than the threshold are skipped without computing a distance.
    static func nearest(to value: String, in known: [String]) -> String? {
        let target = Array(value.lowercased().unicodeScalars)
        let threshold = max(2, target.count / 3)
        var best: (String, Int)?
        for candidate in known {
            let c = Array(candidate.lowercased().unicodeScalars)
            if abs(c.count - target.count) > threshold { continue }
            let d = distance(target, c, limit: best.map { min($0.1, threshold) } ?? threshold)
            if d <= threshold, d < (best?.1 ?? Int.max) || (d == best?.1 && candidate < best!.0) {
                best = (candidate, d)
            }
        }
        return best?.0
    }

    /// Levenshtein distance, giving up (returning limit + 1) once every entry of a row exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

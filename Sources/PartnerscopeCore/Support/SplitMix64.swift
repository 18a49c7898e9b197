/// A small, fast, seeded pseudo-random generator (Steele, Lea & Flood 2014,
/// "Fast splittable pseudorandom number generators", doi:10.1145/2714064.2660195).
///
/// Every randomised computation in Partnerscope (community detection restarts, sampled
/// betweenness, synthetic networks, layout jitter) takes one of these with an explicit seed, so
/// the same input and seed always give the same output on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's nearly-divisionless method is overkill here;
    /// the modulo bias for bounds far below 2^64 is negligible and the result is reproducible).
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}

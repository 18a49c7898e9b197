/// The people a board's footprint holds and how much of them each agency serves: the
/// coterminosity of a board's members with the board.
///
/// A footprint is the union of the board's areas and every area below them (``Network/areasWithin(_:)``).
/// On the network's leaf areas, weighted by population when every leaf has one (else 1 each), as
/// in ``PopulationShares``:
///
///     P(F)        = Σ_{leaf x in F} P(x)
///     covered(A)  = Σ_{x in F} s_A(x) P(x) / P(F)      the share of the board's people A serves
///     inside(A)   = Σ_{x in F} s_A(x) P(x) / pop(A)    the share of A's people inside the footprint
///
/// where s_A(x) is A's share of leaf x (a boundary on a parent area applies to the leaves below it).
/// A member with covered(A) < 1 − ε does not cover the footprint: some of the board's people are
/// served by another body of its kind, which then has no seat, or by none.
///
/// Corner cases: a board without areas, or a network without areas, has no footprint (nil
/// figures); an agency without boundaries gives nil (its coverage is unknown, not zero).
///
/// - Complexity: O(|areas| · depth) per footprint; O(leaves of A) per ``coverage(of:in:)``.
public struct BoardFootprint: Sendable {
    /// Per area index: whether the leaf lies in the footprint.
    public let inFootprint: [Bool]
    /// P(F): people (or leaf areas when populations are incomplete) in the footprint.
    public let weight: Double

    /// The footprint of `areas` in a network whose leaf weights are `shares`; nil for no areas.
    public init?(areas: [Int], network: Network, shares: PopulationShares) {
        guard !areas.isEmpty, !network.areas.isEmpty else { return nil }
        let within = network.areasWithin(Set(areas))
        var inside = [Bool](repeating: false, count: network.areas.count)
        var w = 0.0
        for i in network.areas.indices where within[i] && shares.isLeaf[i] {
            inside[i] = true
            w += shares.weight[i]
        }
        inFootprint = inside
        weight = w
    }

    /// (covered, inside) for agency `a`, see the type's documentation; nil when `a` has no
    /// boundaries or the footprint weighs nothing.
    public func coverage(of a: Int, in shares: PopulationShares) -> (covered: Double, inside: Double)? {
        let cov = shares.coverage
        guard cov.offsets[a] < cov.offsets[a + 1], weight > 0 else { return nil }
        var within = 0.0, all = 0.0
        for e in cov.offsets[a]..<cov.offsets[a + 1] {
            let leaf = Int(cov.leaves[e])
            let p = cov.shares[e] * shares.weight[leaf]
            all += p
            if inFootprint[leaf] { within += p }
        }
        return (min(1, within / weight), all > 0 ? min(1, within / all) : 0)
    }
}

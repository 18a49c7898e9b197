/// When each agency of a network existed and which agencies succeeded which: the rule that no
/// finding pairs two agencies that never existed at the same time, or an agency with its own
/// predecessor or successor (a CCG and the ICB that took over from it are one line of bodies, not
/// two partners who ought to work together).
///
/// Lifetimes. Agency a exists on the days from `start.first` to `end.last` (``ISODate``), either
/// end open when blank. Two lifetimes overlap when each begins no later than the other ends:
/// first(a) ≤ last(b) and first(b) ≤ last(a).
///
/// Succession. `successor_of` gives arcs predecessor → successor; a and b are *successive* when
/// one reaches the other along these arcs (transitively: a primary care trust, the CCG that
/// succeeded it and the ICB that succeeded the CCG are all successive). Ids that name no agency of
/// the network (filtered out by ``Network/asAt(_:)``, say) are ignored.
///
/// Example: LSC 2001-04-01–2010-03-31 and a combined authority from 2014-04-01 do not overlap, so
/// ``mayPair(_:_:)`` is false; NHS Leeds CCG (to 2022-06-30) and the West Yorkshire ICB (from
/// 2022-07-01, successor of the CCG) are successive and do not overlap; two councils with no dates
/// may pair.
///
/// - Complexity: O(|V| + S·depth) to build with S succession arcs; every query O(1) expected.
public struct Lifetimes: Sendable {
    private let first: [CalendarDay?]
    private let last: [CalendarDay?]
    /// Transitive predecessors of the agencies that have any.
    private let ancestors: [Int: Set<Int>]

    /// Whether no agency has dates or predecessors: every pair may be paired.
    public let isTrivial: Bool

    public init(_ network: Network) {
        first = network.agencies.map { $0.start?.first }
        last = network.agencies.map { $0.end?.last }
        var predecessors: [Int: [Int]] = [:]
        for (i, agency) in network.agencies.enumerated() {
            let known = agency.successorOf.compactMap { network.index(of: $0) }.filter { $0 != i }
            if !known.isEmpty { predecessors[i] = known }
        }
        var ancestors: [Int: Set<Int>] = [:]
        for start in predecessors.keys.sorted() {
            var seen = Set<Int>()
            var stack = predecessors[start]!
            while let p = stack.popLast() {
                guard p != start, seen.insert(p).inserted else { continue }
                stack.append(contentsOf: predecessors[p] ?? [])
            }
            ancestors[start] = seen
        }
        self.ancestors = ancestors
        isTrivial = ancestors.isEmpty && first.allSatisfy { $0 == nil } && last.allSatisfy { $0 == nil }
    }

    /// Whether agency `a` existed on `day`.
    public func exists(_ a: Int, on day: CalendarDay) -> Bool {
        (first[a].map { $0 <= day } ?? true) && (last[a].map { day <= $0 } ?? true)
    }

    /// Whether agency `a` existed on at least one day from `from` to `through` (inclusive): a
    /// wave of a survey dated `2023-03` reaches every body in existence at some time in March 2023.
    ///
    /// - Complexity: O(1).
    public func exists(_ a: Int, from: CalendarDay, through: CalendarDay) -> Bool {
        (first[a].map { $0 <= through } ?? true) && (last[a].map { from <= $0 } ?? true)
    }

    /// Whether the lifetimes of `a` and `b` share at least one day.
    public func overlap(_ a: Int, _ b: Int) -> Bool {
        if let fa = first[a], let lb = last[b], lb < fa { return false }
        if let fb = first[b], let la = last[a], la < fb { return false }
        return true
    }

    /// Whether one of `a`, `b` is a (transitive) predecessor of the other.
    public func areSuccessive(_ a: Int, _ b: Int) -> Bool {
        (ancestors[a]?.contains(b) ?? false) || (ancestors[b]?.contains(a) ?? false)
    }

    /// Whether a finding may pair `a` with `b`: their lifetimes overlap and neither succeeded the other.
    public func mayPair(_ a: Int, _ b: Int) -> Bool {
        isTrivial || (a != b && overlap(a, b) && !areSuccessive(a, b))
    }
}

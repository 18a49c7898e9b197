/// How one metric of a comparison moved across recorded runs, group by group, with groups that
/// exist in one vintage only matched through `successor_of` (a CCG footprint of 2021 to the ICB
/// of 2024 that succeeded it) where the data says so, and listed as appeared or disappeared
/// otherwise.
///
/// Definitions, with runs ordered by label:
/// - The **series** are the groups of kind `by` (an agency type such as `icb`, or a split such as
///   `parent`) in any run, named as in the latest run that has them.
/// - A series' **point** in a run is its own value when the run has the group; otherwise, when
///   the run has some of the groups it succeeds (the union of its `successor_of` over all runs,
///   one step, not transitive), the mean of their defined values weighted by their footprint
///   population (unweighted when any weight is missing), with those keys as `via`. A group used
///   this way is *succeeded*, not disappeared (a group named by several successors feeds each).
/// - The runs of the trend are those with at least one point. Any other group of those runs that
///   no series succeeds is a series of its own (kind as recorded).
/// - **Status**: `continuing` with a point in the first and last run, `appeared` without a point
///   in the first run, `disappeared` without one in the last, `transient` without either.
/// - **Change**: the last defined point minus the first (nil with fewer than two); series sort by
///   |change| (largest movers first), then by key; series without a change come after, by status
///   then key.
///
/// - Complexity: O(R · G · s) for R runs, G groups per run and s successors per group.
public struct RunTrend: Sendable {
    /// A group of a run with its value of the metric.
    public struct Observation: Sendable, Equatable {
        public var key: String
        public var name: String
        public var kind: String
        public var successorOf: [String]
        public var value: Double?
        /// The footprint population (weight for combining predecessors), nil if not recorded.
        public var weight: Double?
        public init(key: String, name: String, kind: String, successorOf: [String] = [], value: Double?, weight: Double? = nil) {
            self.key = key
            self.name = name
            self.kind = kind
            self.successorOf = successorOf
            self.value = value
            self.weight = weight
        }
    }

    /// A recorded run with its groups.
    public struct Run: Sendable, Equatable {
        public var label: String
        public var network: String
        public var split: String
        public var groups: [Observation]
        public init(label: String, network: String, split: String, groups: [Observation]) {
            self.label = label
            self.network = network
            self.split = split
            self.groups = groups
        }
    }

    public struct Point: Sendable, Equatable {
        public var value: Double?
        /// The predecessor groups the value was combined from (empty: the group's own value).
        public var via: [String]
        public init(value: Double?, via: [String]) {
            self.value = value
            self.via = via
        }
    }

    public enum Status: String, Sendable, CaseIterable {
        case continuing, appeared, disappeared, transient
    }

    public struct Series: Sendable, Equatable {
        public var key: String
        public var name: String
        public var kind: String
        /// One entry per run of the trend; nil where the group (or its predecessors) is absent.
        public var points: [Point?]
        public var status: Status
        public var change: Double?
    }

    public let metric: String
    public let by: String
    /// The runs of the trend (those with at least one point), ordered by label.
    public let runs: [Run]
    public let series: [Series]

    public init(metric: String, by: String, runs allRuns: [Run]) {
        self.metric = metric
        self.by = by
        let sortedRuns = allRuns.enumerated().sorted { ($0.element.label, $0.offset) < ($1.element.label, $1.offset) }.map(\.element)
        // The series of kind `by`: name from the latest run, successors from every run.
        var targetOrder: [String] = []
        var names: [String: (name: String, kind: String)] = [:]
        var successors: [String: Set<String>] = [:]
        for run in sortedRuns {
            for g in run.groups where g.kind == by {
                if names[g.key] == nil { targetOrder.append(g.key) }
                names[g.key] = (g.name, g.kind)
                successors[g.key, default: []].formUnion(g.successorOf)
            }
        }
        var points: [String: [Point?]] = [:]
        var used = Set<[String]>()  // [run index, group key] of groups succeeded
        for key in targetOrder {
            points[key] = sortedRuns.enumerated().map { r, run in
                if let own = run.groups.first(where: { $0.key == key && $0.kind == by }) {
                    return Point(value: own.value, via: [])
                }
                let preds = run.groups.filter { successors[key]!.contains($0.key) }
                guard !preds.isEmpty else { return nil }
                for p in preds { used.insert([String(r), p.key]) }
                return Point(value: Self.combine(preds), via: preds.map(\.key).sorted())
            }
        }
        let kept = sortedRuns.indices.filter { r in points.values.contains { $0[r] != nil } }
        var all: [Series] = []
        for key in targetOrder {
            let p = kept.map { points[key]![$0] }
            all.append(Self.series(key: key, name: names[key]!.name, kind: names[key]!.kind, points: p))
        }
        // Groups of the kept runs that no series covers: each a series of its own.
        var others: [String: (name: String, kind: String, points: [Point?])] = [:]
        var otherOrder: [String] = []
        for (k, r) in kept.enumerated() {
            for g in sortedRuns[r].groups where g.kind != by && !used.contains([String(r), g.key]) && names[g.key] == nil {
                if others[g.key] == nil {
                    otherOrder.append(g.key)
                    others[g.key] = (g.name, g.kind, Array(repeating: nil, count: kept.count))
                }
                others[g.key]!.name = g.name
                others[g.key]!.points[k] = Point(value: g.value, via: [])
            }
        }
        for key in otherOrder {
            let o = others[key]!
            all.append(Self.series(key: key, name: o.name, kind: o.kind, points: o.points))
        }
        runs = kept.map { sortedRuns[$0] }
        series = all.sorted { a, b in
            switch (a.change, b.change) {
            case let (x?, y?): return abs(x) != abs(y) ? abs(x) > abs(y) : a.key < b.key
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil):
                let order = Status.allCases
                let (sa, sb) = (order.firstIndex(of: a.status)!, order.firstIndex(of: b.status)!)
                return sa != sb ? sa < sb : a.key < b.key
            }
        }
    }

    /// The weighted mean of the defined values of `groups` (see the type's definition).
    static func combine(_ groups: [Observation]) -> Double? {
        let defined = groups.filter { $0.value != nil }
        guard !defined.isEmpty else { return nil }
        if defined.allSatisfy({ ($0.weight ?? 0) > 0 }) {
            let total = defined.reduce(0) { $0 + $1.weight! }
            return defined.reduce(0) { $0 + $1.value! * $1.weight! } / total
        }
        return defined.reduce(0) { $0 + $1.value! } / Double(defined.count)
    }

    static func series(key: String, name: String, kind: String, points: [Point?]) -> Series {
        let present = points.indices.filter { points[$0] != nil }
        let first = present.first ?? 0, last = present.last ?? 0
        let status: Status = switch (first == 0, last == points.count - 1) {
        case (true, true): .continuing
        case (false, true): .appeared
        case (true, false): .disappeared
        case (false, false): .transient
        }
        let values = points.compactMap { $0?.value }
        let change = values.count >= 2 ? values.last! - values.first! : nil
        return Series(key: key, name: name, kind: kind, points: points, status: status, change: change)
    }
}

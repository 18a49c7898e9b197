/// The day a network is looked at: every command shows the network as it stood on one day
/// (`--as-at DATE`), or with dates ignored (`--as-at all`).
public enum AsAt: Sendable, Hashable, CustomStringConvertible {
    /// Every agency and tie, whatever their dates.
    case all
    /// The agencies in existence and the ties in force on that day.
    case day(CalendarDay)

    /// `2024-05-07` or `all`, as written on the command line and in CSV and JSON outputs.
    public var description: String {
        switch self {
        case .all: return "all"
        case let .day(day): return day.description
        }
    }

    /// A phrase for table footers, pages and captions: "as at 2024-05-07" or "all dates".
    public var phrase: String {
        switch self {
        case .all: return "all dates"
        case let .day(day): return "as at \(day)"
        }
    }

    /// Parses `all` or an ISO date (a partial date means its first day).
    public static func parse(_ text: String) -> Result<AsAt, ISODate.ParseError> {
        if text.lowercased() == "all" { return .success(.all) }
        return ISODate.parse(text).map { .day($0.first) }
    }
}

extension Network {
    /// The latest state the data describes: the latest first day of any agency's `start` or any
    /// tie's `since`; nil when the network has neither (then every agency and tie is undated and
    /// the default view is ``AsAt/all``). Deterministic, so reruns are byte-identical.
    ///
    /// - Complexity: O(|agencies| + |relationships|).
    public var latestDate: CalendarDay? {
        let starts = agencies.lazy.compactMap { $0.start?.first }.max()
        let sinces = relationships.lazy.compactMap { $0.since?.first }.max()
        return [starts, sinces].compactMap { $0 }.max()
    }

    /// The default view: ``AsAt/day(_:)`` of ``latestDate``, or ``AsAt/all`` for undated data.
    public var defaultAsAt: AsAt { latestDate.map(AsAt.day) ?? .all }

    /// Whether relationship `r` is in force on `day`: both ends exist then and since ≤ day ≤ until.
    public func isInForce(_ r: Relationship, on day: CalendarDay, _ lifetimes: Lifetimes) -> Bool {
        lifetimes.exists(r.source, on: day) && lifetimes.exists(r.target, on: day)
            && (r.since.map { $0.first <= day } ?? true) && (r.until.map { day <= $0.last } ?? true)
    }

    /// The network as it stood: on a day, the agencies in existence then (with their boundaries)
    /// and the ties in force; for ``AsAt/all``, the whole network. The result records `when` in
    /// ``asAt`` so that every output can name it.
    ///
    /// - Complexity: O(|agencies| + |areas| + |boundaries| + |relationships|).
    public func asAt(_ when: AsAt) -> Network {
        guard case let .day(day) = when else {
            var copy = self
            copy.asAt = when
            return copy
        }
        let lifetimes = Lifetimes(self)
        // Every agency kept exists on `day`, so a tie between two of them is in force when its own
        // dates allow.
        let kept = subnetwork(agencies: agencies.indices.filter { lifetimes.exists($0, on: day) })
        let ties = kept.relationships.filter {
            ($0.since.map { $0.first <= day } ?? true) && ($0.until.map { day <= $0.last } ?? true)
        }
        var result = Network(name: name, agencies: kept.agencies, areas: kept.areas, boundaries: kept.boundaries,
                             relationships: ties, hasAreasFile: hasAreasFile, hasBoundariesFile: hasBoundariesFile)
        result.asAt = when
        return result
    }
}

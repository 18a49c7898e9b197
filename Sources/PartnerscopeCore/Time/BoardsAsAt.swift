/// The boards of a network as they stood on one day: a board exists from the first day of its
/// `start` to the last day of its `end` (either end open when blank), and a membership is in force
/// from the first day of `since` to the last day of `until`, while its board exists and its agency
/// exists (``Network/asAt(_:)``). The same rule as agencies and ties (``ISODate``: `start=2013`
/// takes effect on 2013-01-01, `until=2022` runs to 2022-12-31).
///
/// Example: a community safety partnership from 1998 with the CCG as a member until 2022-06-30 and
/// the ICB from 2022-07-01: on 2021-06-30 the CCG sits on it and the ICB does not; on 2024-06-30 the
/// reverse; a health and wellbeing board with `start=2013-04-01` does not exist on 2009-06-30.
extension Board {
    /// Whether the board existed on `day`.
    /// - Complexity: O(1).
    public func exists(on day: CalendarDay) -> Bool {
        (start.map { $0.first <= day } ?? true) && (end.map { day <= $0.last } ?? true)
    }
}

extension Membership {
    /// Whether the membership's own dates include `day` (its board and agency are checked apart).
    /// - Complexity: O(1).
    public func isInForce(on day: CalendarDay) -> Bool {
        (since.map { $0.first <= day } ?? true) && (until.map { day <= $0.last } ?? true)
    }
}

extension BoardSet {
    /// The latest first day of any board's `start` or any membership's `since`; nil when none is dated.
    /// - Complexity: O(|B| + |M|).
    public var latestDate: CalendarDay? {
        let starts = boards.lazy.compactMap { $0.start?.first }.max()
        let sinces = memberships.lazy.compactMap { $0.since?.first }.max()
        return [starts, sinces].compactMap { $0 }.max()
    }

    /// The boards and memberships of `view` (a dated view of `whole`, the network these boards were
    /// loaded with, as ``Network/asAt(_:)`` returns it): on a day, the boards in existence then and
    /// the memberships in force whose agency is in `view`; for ``AsAt/all``, every board, with the
    /// memberships of the agencies `view` holds. Agencies and areas are re-indexed to `view`.
    ///
    /// - Complexity: O(|B| + |M| log |M| + |V| + |areas|).
    public func asAt(_ when: AsAt, whole: Network, view: Network) -> BoardSet {
        let agencyMap = whole.agencies.map { view.index(of: $0.id) }
        let areaMap = whole.areas.map { view.index(of: $0.code) }
        guard case let .day(day) = when else {
            return remapped(agencyMap: agencyMap, areaMap: areaMap)
        }
        let inForce = BoardSet(boards: boards, memberships: memberships.filter { $0.isInForce(on: day) })
        return inForce.remapped(agencyMap: agencyMap, areaMap: areaMap, keepBoard: { boards[$0].exists(on: day) })
    }
}

extension AsAt {
    /// The default day of a folder: the latest `start`/`since` date of its agencies and ties, or of
    /// its boards and memberships when later (so that the default view never drops a board the data
    /// describes as current); ``AsAt/all`` when the agencies and ties carry no date at all, since
    /// board dates alone cannot say what day an undated snapshot of agencies describes (the England
    /// networks: their boards start in 1998–2022, their agencies are the 2024 or 2021 ones).
    ///
    /// - Complexity: O(|V| + |E| + |B| + |M|).
    public static func latest(_ network: Network, boards: BoardSet) -> AsAt {
        guard let day = network.latestDate else { return .all }
        return .day(max(day, boards.latestDate ?? day))
    }
}

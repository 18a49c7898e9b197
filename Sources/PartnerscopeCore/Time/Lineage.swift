/// Who took over from whom, by agency id, across one or more networks: the `successor_of` arcs of
/// every agency given (predecessor → successor), followed transitively. Unlike ``Lifetimes`` it
/// works on ids, so it links bodies that are in different snapshots or in none of the views being
/// compared (a PCT of 2009 and the ICB of 2024 through the CCGs of a dated folder; the CCGs of
/// `england-2021` and the ICBs of `england`).
///
/// Example: pct → ccg → icb (`ccg.successorOf = [pct]`, `icb.successorOf = [ccg]`):
/// `ancestors(of: "icb") == ["ccg", "pct"]`.
///
/// - Complexity: O(S) to build with S `successor_of` ids; ``ancestors(of:)`` O(reachable arcs).
public struct Lineage: Sendable {
    /// Direct predecessors of each agency that names any.
    public let predecessors: [AgencyID: [AgencyID]]

    /// The lineage of the agencies of `networks` (an id's predecessors joined across networks).
    public init(_ networks: [Network]) {
        var map: [AgencyID: [AgencyID]] = [:]
        for network in networks {
            for agency in network.agencies where !agency.successorOf.isEmpty {
                var list = map[agency.id] ?? []
                for p in agency.successorOf where p != agency.id && !list.contains(p) { list.append(p) }
                map[agency.id] = list
            }
        }
        predecessors = map
    }

    /// Every agency `id` succeeded, directly or through intermediate bodies; cycles are cut.
    public func ancestors(of id: AgencyID) -> Set<AgencyID> {
        var seen = Set<AgencyID>()
        var stack = predecessors[id] ?? []
        while let p = stack.popLast() {
            guard p != id, seen.insert(p).inserted else { continue }
            stack.append(contentsOf: predecessors[p] ?? [])
        }
        return seen
    }
}

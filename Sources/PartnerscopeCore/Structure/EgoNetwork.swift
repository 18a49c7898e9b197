/// Ego networks: the part of a network within a few ties of one agency (what `map --focus` draws).
/// The same vertex set as networkx's `ego_graph(G, focus, radius=depth, undirected=True)`.
public enum EgoNetwork {
    /// The sub-network of the agencies at most `depth` ties from `focus`, ties followed in either
    /// direction (breadth-first search on the undirected view). Conflicts count here, so that an
    /// ego map shows who an agency is in dispute with as well as who it works with.
    ///
    /// - Complexity: O(|V| + |E|).
    /// - Corner cases: depth 0 gives the agency alone; an isolated agency gives itself.
    public static func around(_ focus: Int, depth: Int, in network: Network) -> Network {
        let graph = Graph(network: network, ties: .all)
        var distance = [Int](repeating: -1, count: network.agencyCount)
        distance[focus] = 0
        var queue = [focus]
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            if distance[u] >= depth { continue }
            for v in graph.neighbors(of: u) where distance[Int(v)] < 0 {
                distance[Int(v)] = distance[u] + 1
                queue.append(Int(v))
            }
        }
        return network.subnetwork(agencies: queue.sorted(),
                                  name: "\(network.name)/ego=\(network.agencies[focus].id.rawValue)/depth=\(depth)")
    }
}

/// Connected components of a graph (weakly connected when the graph is directed).
public struct Components: Sendable {
    /// The component of each vertex, numbered from 0 in order of each component's smallest vertex.
    public let label: [Int]
    /// The size of each component.
    public let sizes: [Int]

    public var count: Int { sizes.count }

    /// The label of the largest component (the smallest label among equals), or nil when empty.
    public var largest: Int? {
        guard !sizes.isEmpty else { return nil }
        var best = 0
        for (i, s) in sizes.enumerated() where s > sizes[best] { best = i }
        return best
    }

    /// Labels components by breadth-first search over out- and in-neighbours.
    ///
    /// - Complexity: O(|V| + |E|) time and space.
    public init(_ graph: Graph) {
        var label = [Int](repeating: -1, count: graph.vertexCount)
        var sizes: [Int] = []
        var queue: [Int] = []
        queue.reserveCapacity(graph.vertexCount)
        for start in 0..<graph.vertexCount where label[start] < 0 {
            let c = sizes.count
            label[start] = c
            queue.removeAll(keepingCapacity: true)
            queue.append(start)
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for w in graph.neighbors(of: v) where label[Int(w)] < 0 {
                    label[Int(w)] = c
                    queue.append(Int(w))
                }
                if graph.isDirected {
                    for w in graph.inNeighbors(of: v) where label[Int(w)] < 0 {
                        label[Int(w)] = c
                        queue.append(Int(w))
                    }
                }
            }
            sizes.append(queue.count)
        }
        self.label = label
        self.sizes = sizes
    }

    /// The vertices of component `c`, ascending.
    public func members(of c: Int) -> [Int] { label.indices.filter { label[$0] == c } }
}

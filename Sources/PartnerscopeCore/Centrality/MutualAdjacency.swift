/// The symmetric neighbourhood of every vertex of a view: for each vertex i, the ascending union
/// of its out- and in-neighbours j, with the weight of the arc i → j (`outWeight`, 0 when absent)
/// and of j → i (`inWeight`). On an undirected view both equal the tie's weight.
///
/// Local measures that look at ties regardless of direction (distinct degree, clustering,
/// structural holes) read this instead of merging two CSRs each time.
///
/// - Complexity: O(|V| + |E|) time and space.
struct MutualAdjacency {
    let offsets: [Int]
    let neighbors: [Int32]
    let outWeight: [Double]
    let inWeight: [Double]

    init(_ graph: Graph) {
        let n = graph.vertexCount
        if !graph.isDirected {  // already symmetric: share the CSR arrays (copy-on-write, no copy)
            offsets = graph.offsets
            neighbors = graph.targets
            outWeight = graph.weights
            inWeight = graph.weights
            return
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors: [Int32] = []
        var outWeight: [Double] = []
        var inWeight: [Double] = []
        neighbors.reserveCapacity(graph.arcCount)
        outWeight.reserveCapacity(graph.arcCount)
        inWeight.reserveCapacity(graph.arcCount)
        for v in 0..<n {
            var a = graph.offsets[v], b = graph.inOffsets[v]
            let aEnd = graph.offsets[v + 1], bEnd = graph.inOffsets[v + 1]
            while a < aEnd || b < bEnd {
                let ta = a < aEnd ? graph.targets[a] : Int32.max
                let tb = b < bEnd ? graph.inSources[b] : Int32.max
                if ta == tb {
                    neighbors.append(ta); outWeight.append(graph.weights[a]); inWeight.append(graph.inWeights[b])
                    a += 1; b += 1
                } else if ta < tb {
                    neighbors.append(ta); outWeight.append(graph.weights[a]); inWeight.append(0)
                    a += 1
                } else {
                    neighbors.append(tb); outWeight.append(0); inWeight.append(graph.inWeights[b])
                    b += 1
                }
            }
            offsets[v + 1] = neighbors.count
        }
        self.offsets = offsets
        self.neighbors = neighbors
        self.outWeight = outWeight
        self.inWeight = inWeight
    }

    func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
}

import Foundation

/// Community detection by the Leiden algorithm, optimising modularity with a resolution parameter.
///
/// The algorithm (Traag, Waltman & van Eck 2019) repeats three phases until nothing moves:
/// 1. *fast local moving*: vertices, visited from a queue in random order, move to the neighbouring
///    community with the largest gain ΔQ ∝ k_{v,C} − γ k_v K_C / 2m (or to an empty community when
///    every gain is negative); only the neighbours of a vertex that moved are visited again;
/// 2. *refinement*: inside each community S, starting from singletons, a singleton vertex v that is
///    well connected to S (E(v, S−v) ≥ γ k_v (K_S − k_v)/2m) merges into a well-connected
///    sub-community C of S with a non-negative gain, chosen at random with probability ∝ exp(ΔH/θ),
///    θ = 0.01 (as igraph does, ΔH in weight units, so the choice is nearly greedy). Refined
///    communities are therefore always connected;
/// 3. *aggregation*: each refined community becomes one vertex; the unrefined partition is the
///    starting partition at the next level.
/// A pass ends when a level cannot be aggregated any further; passes repeat from the partition found
/// until one pass changes nothing (igraph's `n_iterations = -1`).
///
/// The whole algorithm is run `restarts` times, restart r always seeded with the r-th draw of
/// `SplitMix64(seed:)`, and the partition with the highest modularity is kept, the first in restart
/// order among equals (within 1e-13): chosen by (modularity, restart index), so the result is
/// deterministic for a seed and much less variable than a single run on small networks. Restarts
/// run in parallel on ``ParallelWork``'s workers, one batch of a restart per worker at a time, and
/// are compared in restart order, so the partition is the one a run of the restarts one after
/// another keeps, whatever the number of cores. When that
/// partition is no better (within 1e-12) than the connected components taken as communities, the
/// components are returned instead: among partitions of equal modularity the coarsest says the
/// least that the data does not support. This matters for networks without community structure,
/// such as a council, its police, fire and health bodies each tied to every district: the best
/// split there has modularity exactly 0, like the whole, and reporting two "communities" would
/// mislead.
///
/// - Parameters:
///   - graph: directed graphs are made undirected first (``Graph/undirected()``: reciprocated arcs
///     merge, summing their weights in a weighted view). Weights are used as given (an unweighted
///     view has weights 1).
///   - resolution: γ ≥ 0 (default 1); larger values give more, smaller communities.
///   - seed: the seed of the random visiting orders and refinement choices.
///   - restarts: independent runs, the best kept (default ``defaultRestarts``; at least 1).
/// - Returns: the partition and its modularity at `resolution`, on the undirected view.
/// - Complexity: about O(|E|) per level and pass, times `restarts` divided over the cores; memory
///   O(|V| + |E|) per worker.
/// - Corner cases: the empty graph gives an empty partition with modularity 0; a graph without ties
///   (one vertex, or isolated vertices only) gives singletons with modularity 0; isolated vertices
///   are always communities of their own; each connected component is partitioned separately in effect.
/// - Reference: V. A. Traag, L. Waltman & N. J. van Eck (2019), "From Louvain to Leiden:
///   guaranteeing well-connected communities", Scientific Reports 9, 5233, doi:10.1038/s41598-019-41695-z.
public enum Leiden {
    /// The default number of seeded restarts. Single runs on networks of 10–30 agencies vary by up
    /// to 10% in modularity; the best of 10 is stable.
    public static let defaultRestarts = 10

    /// Runs Leiden; see ``Leiden``.
    public static func communities(_ graph: Graph, resolution: Double = 1, seed: UInt64 = 1,
                                   restarts: Int = defaultRestarts) -> Partition {
        let g = graph.isDirected ? graph.undirected() : graph
        let n = g.vertexCount
        guard n > 0 else { return Partition(membership: [], modularity: 0) }
        let base = LeidenLevel(g)
        guard base.total > 0 else { return Partition(membership: Array(0..<n), modularity: 0) }
        let gamma = max(0, resolution)
        let seeds = restartSeeds(seed: seed, restarts: restarts)
        var best: [Int] = []
        var bestQ = -Double.infinity
        // Restarts run in parallel, a batch of one per worker at a time (so memory holds one
        // membership per worker, not one per restart), and are then taken in restart order: the
        // partition kept is the one a run of the restarts one after another would keep.
        let workers = ParallelWork.defaultWorkers
        var next = 0
        while next < seeds.count {
            let batch = seeds[next..<min(seeds.count, next + workers)]
            let results = ParallelWork.map(count: batch.count, workers: workers) { k -> ([Int], Double) in
                var rng = SplitMix64(seed: batch[batch.startIndex + k])
                let membership = run(base, gamma: gamma, rng: &rng)
                return (membership, base.modularity(membership, gamma: gamma))
            }
            for (membership, q) in results where q > bestQ + 1e-13 {
                bestQ = q
                best = membership
            }
            next += batch.count
        }
        let components = Components(g).label
        let componentsQ = base.modularity(components, gamma: gamma)
        // `!(a > b)` rather than `a <= b`: should a weight ever make the modularity NaN, the components
        // (a valid partition) are returned rather than no membership at all.
        if best.isEmpty || !(bestQ > componentsQ + 1e-12) {
            return Partition(membership: components, modularity: componentsQ)
        }
        return Partition(membership: best, modularity: bestQ)
    }

    /// The seed of each restart: restart r always uses the r-th draw of `SplitMix64(seed:)`,
    /// whatever the number of restarts or of workers.
    static func restartSeeds(seed: UInt64, restarts: Int) -> [UInt64] {
        var seeds = SplitMix64(seed: seed)
        return (0..<max(1, restarts)).map { _ in seeds.next() }
    }

    /// The modularity each restart of ``communities(_:resolution:seed:restarts:)`` reaches, in
    /// restart order (before the comparison with the connected components): the evidence for
    /// choosing the number of restarts (`partnerscope-bench silos --per-restart`).
    ///
    /// - Complexity: that of `restarts` runs, spread over the workers of ``ParallelWork``.
    public static func modularityPerRestart(_ graph: Graph, resolution: Double = 1, seed: UInt64 = 1,
                                            restarts: Int) -> [Double] {
        let g = graph.isDirected ? graph.undirected() : graph
        let base = LeidenLevel(g)
        guard g.vertexCount > 0, base.total > 0 else { return [Double](repeating: 0, count: max(1, restarts)) }
        let gamma = max(0, resolution)
        let seeds = restartSeeds(seed: seed, restarts: restarts)
        return ParallelWork.map(count: seeds.count) { r in
            var rng = SplitMix64(seed: seeds[r])
            return base.modularity(run(base, gamma: gamma, rng: &rng), gamma: gamma)
        }
    }

    /// One full Leiden run from singletons, iterated until a pass changes nothing.
    static func run(_ base: LeidenLevel, gamma: Double, rng: inout SplitMix64) -> [Int] {
        var membership = Array(0..<base.n)
        for _ in 0..<1000 {
            if !pass(base, membership: &membership, gamma: gamma, rng: &rng) { break }
        }
        return membership
    }

    /// One pass: move, refine, aggregate, until the level cannot shrink. Returns whether anything moved.
    static func pass(_ base: LeidenLevel, membership: inout [Int], gamma: Double, rng: inout SplitMix64) -> Bool {
        var level = base
        var (partition, _) = compact(membership)
        var nodeOf = Array(0..<base.n)
        var changed = false
        while true {
            if moveNodesFast(level, &partition, gamma: gamma, rng: &rng) { changed = true }
            let (p, k) = compact(partition)
            partition = p
            if k == level.n { break }
            let (refined, r) = refine(level, partition: partition, communityCount: k, gamma: gamma, rng: &rng)
            if r == level.n { break }
            let next = level.aggregate(refined, count: r)
            var lifted = [Int](repeating: 0, count: r)
            for v in 0..<level.n { lifted[refined[v]] = partition[v] }
            for o in 0..<base.n { nodeOf[o] = refined[nodeOf[o]] }
            level = next
            partition = lifted
        }
        for o in 0..<base.n { membership[o] = partition[nodeOf[o]] }
        return changed
    }

    /// Renumbers labels to `0..<k` in order of first appearance.
    static func compact(_ labels: [Int]) -> ([Int], Int) {
        var map = [Int](repeating: -1, count: (labels.max() ?? -1) + 1)
        var out = [Int](repeating: 0, count: labels.count)
        var k = 0
        for (v, c) in labels.enumerated() {
            if map[c] < 0 {
                map[c] = k
                k += 1
            }
            out[v] = map[c]
        }
        return (out, k)
    }

    /// A random permutation of `0..<n` (Fisher–Yates).
    static func permutation(_ n: Int, _ rng: inout SplitMix64) -> [Int32] {
        var order = (0..<n).map { Int32($0) }
        var i = n - 1
        while i > 0 {
            let j = rng.nextInt(below: i + 1)
            order.swapAt(i, j)
            i -= 1
        }
        return order
    }

    /// Fast local moving (Algorithm A.2 of the paper). `partition` labels are below `level.n`.
    static func moveNodesFast(_ level: LeidenLevel, _ partition: inout [Int], gamma: Double,
                              rng: inout SplitMix64) -> Bool {
        let n = level.n
        let scale = gamma / level.total
        var clusterWeight = [Double](repeating: 0, count: n)
        var clusterSize = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            clusterWeight[partition[v]] += level.strength[v]
            clusterSize[partition[v]] += 1
        }
        var empty: [Int] = []
        for c in stride(from: n - 1, through: 0, by: -1) where clusterSize[c] == 0 { empty.append(c) }
        var queue = permutation(n, &rng)
        var inQueue = [Bool](repeating: true, count: n)
        var head = 0
        var queued = n
        var neighbourWeight = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        var changed = false
        level.offsets.withUnsafeBufferPointer { offsets in
        level.targets.withUnsafeBufferPointer { targets in
        level.weights.withUnsafeBufferPointer { weights in
            while queued > 0 {
                let v = Int(queue[head])
                head = head + 1 == n ? 0 : head + 1
                queued -= 1
                inQueue[v] = false
                let current = partition[v]
                let kv = level.strength[v]
                for e in offsets[v]..<offsets[v + 1] {
                    let c = partition[Int(targets[e])]
                    if !seen[c] {
                        seen[c] = true
                        touched.append(c)
                    }
                    neighbourWeight[c] += weights[e]
                }
                clusterWeight[current] -= kv
                clusterSize[current] -= 1
                var best = current
                var bestGain = neighbourWeight[current] - kv * clusterWeight[current] * scale
                let epsilon = 1e-12 * max(1, kv)
                for c in touched where c != current {
                    let gain = neighbourWeight[c] - kv * clusterWeight[c] * scale
                    if gain > bestGain + epsilon {
                        best = c
                        bestGain = gain
                    }
                }
                if bestGain < -epsilon && clusterSize[current] > 0 {
                    best = empty.removeLast()
                }
                clusterWeight[best] += kv
                clusterSize[best] += 1
                partition[v] = best
                if best != current {
                    changed = true
                    if clusterSize[current] == 0 { empty.append(current) }
                    for e in offsets[v]..<offsets[v + 1] {
                        let u = Int(targets[e])
                        if !inQueue[u] && partition[u] != best {
                            inQueue[u] = true
                            var tail = head + queued
                            if tail >= n { tail -= n }
                            queue[tail] = Int32(u)
                            queued += 1
                        }
                    }
                }
                for c in touched {
                    seen[c] = false
                    neighbourWeight[c] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
        }
        }
        }
        return changed
    }

    /// Refinement (Algorithm A.3 of the paper): merges singletons within each community of
    /// `partition`. Returns refined labels compacted to `0..<r` and `r`.
    static func refine(_ level: LeidenLevel, partition: [Int], communityCount: Int, gamma: Double,
                       rng: inout SplitMix64) -> ([Int], Int) {
        let n = level.n
        let scale = gamma / level.total
        let theta = 0.01
        var communityWeight = [Double](repeating: 0, count: communityCount)
        for v in 0..<n { communityWeight[partition[v]] += level.strength[v] }
        // Weight from each vertex to the rest of its community.
        var inside = [Double](repeating: 0, count: n)
        for v in 0..<n {
            var s = 0.0
            for e in level.offsets[v]..<level.offsets[v + 1] where partition[Int(level.targets[e])] == partition[v] {
                s += level.weights[e]
            }
            inside[v] = s
        }
        var refined = Array(0..<n)
        var refinedWeight = level.strength
        var refinedSize = [Int32](repeating: 1, count: n)
        var refinedExternal = inside  // E(C, S − C) of each refined community C within its S
        var neighbourWeight = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        var candidates: [(Int, Double)] = []
        for v32 in permutation(n, &rng) {
            let v = Int(v32)
            let own = refined[v]
            guard refinedSize[own] == 1 else { continue }
            let s = partition[v]
            let kv = level.strength[v]
            guard inside[v] >= kv * (communityWeight[s] - kv) * scale else { continue }
            for e in level.offsets[v]..<level.offsets[v + 1] {
                let u = Int(level.targets[e])
                guard partition[u] == s else { continue }
                let c = refined[u]
                if !seen[c] {
                    seen[c] = true
                    touched.append(c)
                }
                neighbourWeight[c] += level.weights[e]
            }
            candidates.removeAll(keepingCapacity: true)
            var maxGain = 0.0
            for c in touched where c != own {
                let kc = refinedWeight[c]
                guard refinedExternal[c] >= kc * (communityWeight[s] - kc) * scale else { continue }
                let gain = neighbourWeight[c] - kv * kc * scale
                if gain >= 0 {
                    candidates.append((c, gain))
                    maxGain = max(maxGain, gain)
                }
            }
            if !candidates.isEmpty {
                var total = 0.0
                for (_, gain) in candidates { total += expNegative((gain - maxGain) / theta) }
                let stayWeight = expNegative(-maxGain / theta)
                total += stayWeight
                var pick = rng.nextUnit() * total
                var chosen = own
                if pick >= stayWeight {
                    pick -= stayWeight
                    chosen = candidates[candidates.count - 1].0
                    for (c, gain) in candidates {
                        let w = expNegative((gain - maxGain) / theta)
                        if pick < w {
                            chosen = c
                            break
                        }
                        pick -= w
                    }
                }
                if chosen != own {
                    refined[v] = chosen
                    refinedWeight[chosen] += kv
                    refinedSize[chosen] += 1
                    refinedSize[own] = 0
                    refinedWeight[own] = 0
                    refinedExternal[chosen] += inside[v] - 2 * neighbourWeight[chosen]
                }
            }
            for c in touched {
                seen[c] = false
                neighbourWeight[c] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return compact(refined)
    }

    /// exp(x) for x ≤ 0 (libm's `exp`), flushed to 0 far below (avoids denormals); 1 for x ≥ 0 and 0
    /// for NaN (an extreme resolution can make a gain −∞ + ∞).
    @inline(__always) static func expNegative(_ x: Double) -> Double {
        if x >= 0 { return 1 }
        if !(x > -700) { return 0 }
        return exp(x)
    }
}

/// One level of the Leiden hierarchy: an undirected weighted graph in CSR form whose vertices may
/// carry self-loops (the weight inside an aggregated community).
struct LeidenLevel: Sendable {
    let n: Int
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]
    /// Σ A_ij over the pairs (i, j) inside the vertex (both orders), 0 at the base level.
    let selfWeight: [Double]
    /// Strength k_v = Σ_u A_vu including the self-loop weight.
    let strength: [Double]
    /// 2m = Σ_v k_v.
    let total: Double

    init(_ graph: Graph) {
        n = graph.vertexCount
        offsets = graph.offsets
        targets = graph.targets
        weights = graph.weights
        selfWeight = [Double](repeating: 0, count: n)
        var strength = [Double](repeating: 0, count: n)
        var total = 0.0
        for v in 0..<n {
            var s = 0.0
            for e in graph.offsets[v]..<graph.offsets[v + 1] { s += graph.weights[e] }
            strength[v] = s
            total += s
        }
        self.strength = strength
        self.total = total
    }

    init(n: Int, offsets: [Int], targets: [Int32], weights: [Double], selfWeight: [Double], strength: [Double], total: Double) {
        self.n = n
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfWeight = selfWeight
        self.strength = strength
        self.total = total
    }

    /// The graph of communities: one vertex per label in `0..<count`.
    func aggregate(_ labels: [Int], count: Int) -> LeidenLevel {
        var start = [Int](repeating: 0, count: count + 1)
        for v in 0..<n { start[labels[v] + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        var fill = start
        var members = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            members[fill[labels[v]]] = Int32(v)
            fill[labels[v]] += 1
        }
        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double] = []
        newTargets.reserveCapacity(min(targets.count, count * 8))
        newWeights.reserveCapacity(min(targets.count, count * 8))
        var newSelf = [Double](repeating: 0, count: count)
        var newStrength = [Double](repeating: 0, count: count)
        var acc = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched: [Int] = []
        for c in 0..<count {
            var inner = 0.0
            var strengthSum = 0.0
            for k in start[c]..<start[c + 1] {
                let v = Int(members[k])
                inner += selfWeight[v]
                strengthSum += strength[v]
                for e in offsets[v]..<offsets[v + 1] {
                    let d = labels[Int(targets[e])]
                    if d == c {
                        inner += weights[e]
                    } else {
                        if !seen[d] {
                            seen[d] = true
                            touched.append(d)
                        }
                        acc[d] += weights[e]
                    }
                }
            }
            for d in touched {
                newTargets.append(Int32(d))
                newWeights.append(acc[d])
                acc[d] = 0
                seen[d] = false
            }
            touched.removeAll(keepingCapacity: true)
            newSelf[c] = inner
            newStrength[c] = strengthSum
            newOffsets[c + 1] = newTargets.count
        }
        return LeidenLevel(n: count, offsets: newOffsets, targets: newTargets, weights: newWeights,
                           selfWeight: newSelf, strength: newStrength, total: total)
    }

    /// Modularity of a membership of this level's vertices (labels below `n`).
    func modularity(_ membership: [Int], gamma: Double) -> Double {
        guard total > 0 else { return 0 }
        var inner = [Double](repeating: 0, count: n)
        var weight = [Double](repeating: 0, count: n)
        for v in 0..<n {
            let c = membership[v]
            weight[c] += strength[v]
            inner[c] += selfWeight[v]
            for e in offsets[v]..<offsets[v + 1] where membership[Int(targets[e])] == c { inner[c] += weights[e] }
        }
        var q = 0.0
        for c in 0..<n where weight[c] > 0 {
            q += inner[c] / total - gamma * (weight[c] / total) * (weight[c] / total)
        }
        return q
    }
}

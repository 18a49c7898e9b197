import Dispatch
import Foundation

/// The single-source shortest-path machinery shared by betweenness, closeness, harmonic
/// centrality and the network-level path measures.
///
/// One ``SSSPWorkspace`` per worker thread holds every per-vertex buffer, allocated once and
/// reset in O(vertices reached) after each source, so a run over all sources allocates nothing in
/// its loop. Unweighted graphs use breadth-first search; weighted graphs use Dijkstra's algorithm
/// with tie length 1 / weight (an indexed 4-ary heap with decrease-key).
///
/// Equal-length paths are recognised by exact floating-point equality of the summed lengths, as
/// networkx does, so path counts match networkx on the same input.
enum ShortestPaths {
    /// The number of worker threads for `work` units: all active cores, one for tiny inputs.
    static func workerCount(for work: Int) -> Int {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return work < 64 ? 1 : min(cores, work)
    }

    /// Runs `body(worker, item)` for every item in `0..<count`, split over `workers` threads.
    ///
    /// Worker `w` takes items w, w + workers, w + 2·workers… (interleaved, so that sources of very
    /// different cost spread evenly); the assignment is fixed, so results do not depend on timing.
    static func parallelFor(count: Int, workers: Int, _ body: (_ worker: Int, _ item: Int) -> Void) {
        if workers <= 1 {
            for i in 0..<count { body(0, i) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let box = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var i = w
                while i < count {
                    box.value(w, i)
                    i += workers
                }
            }
        }
    }

    /// `count` distinct vertices out of `0..<n` drawn uniformly with a seeded SplitMix64 (a partial
    /// Fisher–Yates shuffle), returned ascending.
    ///
    /// The same `(n, count, seed)` always gives the same sample on every platform; the Python
    /// reference script re-implements this draw to feed networkx the same sources.
    static func sampleSources(n: Int, count: Int, seed: UInt64) -> [Int] {
        let k = max(0, min(count, n))
        var rng = SplitMix64(seed: seed)
        var perm = Array(0..<n)
        for i in 0..<k {
            let j = i + rng.nextInt(below: n - i)
            perm.swapAt(i, j)
        }
        return perm[0..<k].sorted()
    }
}

/// A value shared with worker threads whose access the caller keeps race-free by construction
/// (each worker touches only its own slots).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Raw, per-thread buffers for one single-source shortest-path search.
///
/// Invariant between searches: `level` is all −1, `dist` all +∞, `sigma` and `delta` all 0, and
/// Dijkstra's heap empty (`heapPosition` all −1).
final class SSSPWorkspace {
    let n: Int
    /// Hop count from the source (BFS), or 1 once settled (Dijkstra); −1 when not reached.
    let level: UnsafeMutablePointer<Int32>
    /// Distance from the source (Dijkstra only).
    let dist: UnsafeMutablePointer<Double>
    /// Number of shortest paths from the source.
    let sigma: UnsafeMutablePointer<Double>
    /// Brandes' dependency δ_s(v).
    let delta: UnsafeMutablePointer<Double>
    /// Vertices in the order they were settled (non-decreasing distance); `reached` of them.
    let order: UnsafeMutablePointer<Int32>
    var reached = 0
    /// Dijkstra's queue: keys (tentative distances) and vertices of an indexed 4-ary heap, and each
    /// vertex's slot in it (−1 when not queued; all −1 between searches).
    private let heapKey: UnsafeMutablePointer<Double>
    private let heapVertex: UnsafeMutablePointer<Int32>
    private let heapPosition: UnsafeMutablePointer<Int32>

    init(n: Int) {
        self.n = n
        let size = max(n, 1)
        level = .allocate(capacity: size)
        level.initialize(repeating: -1, count: size)
        dist = .allocate(capacity: size)
        dist.initialize(repeating: .infinity, count: size)
        sigma = .allocate(capacity: size)
        sigma.initialize(repeating: 0, count: size)
        delta = .allocate(capacity: size)
        delta.initialize(repeating: 0, count: size)
        order = .allocate(capacity: size)
        order.initialize(repeating: 0, count: size)
        heapKey = .allocate(capacity: size)
        heapKey.initialize(repeating: 0, count: size)
        heapVertex = .allocate(capacity: size)
        heapVertex.initialize(repeating: 0, count: size)
        heapPosition = .allocate(capacity: size)
        heapPosition.initialize(repeating: -1, count: size)
    }

    deinit {
        level.deallocate()
        dist.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
        heapKey.deallocate()
        heapVertex.deallocate()
        heapPosition.deallocate()
    }

    /// Restores the between-search invariant in O(reached).
    func reset() {
        for i in 0..<reached {
            let v = Int(order[i])
            level[v] = -1
            dist[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
        }
        reached = 0
    }

    /// Breadth-first search from `s` over the CSR (`offsets`, `adjacency`), counting shortest paths
    /// when `countPaths`. Leaves hop counts in `level` and the visiting order in `order`.
    func bfs(from s: Int, offsets: UnsafeBufferPointer<Int>, adjacency: UnsafeBufferPointer<Int32>, countPaths: Bool) {
        reset()
        level[s] = 0
        sigma[s] = 1
        order[0] = Int32(s)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = level[v] + 1
            let sv = sigma[v]
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(adjacency[k])
                let lw = level[w]
                if lw < 0 {
                    level[w] = next
                    if countPaths { sigma[w] = sv }
                    order[tail] = Int32(w)
                    tail += 1
                } else if countPaths && lw == next {
                    sigma[w] += sv
                }
            }
        }
        reached = tail
    }

    /// Breadth-first search from `s` for hop counts only (no path counts): the closeness kernel.
    /// Resets only `level`, so it must not be mixed with path-counting searches on one workspace
    /// without a ``reset()`` in between (``bfs(from:offsets:adjacency:countPaths:)`` does one).
    func distances(from s: Int, offsets: UnsafeBufferPointer<Int>, adjacency: UnsafeBufferPointer<Int32>) {
        for i in 0..<reached { level[Int(order[i])] = -1 }
        reached = 0
        level[s] = 0
        order[0] = Int32(s)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = level[v] + 1
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(adjacency[k])
                if level[w] < 0 {
                    level[w] = next
                    order[tail] = Int32(w)
                    tail += 1
                }
            }
        }
        reached = tail
    }

    /// Dijkstra's algorithm from `s` with arc lengths `lengths` (positive), counting shortest paths
    /// as networkx does: `sigma[w] = Σ sigma[v]` over settled `v` with `dist[v] + ℓ(v,w) == dist[w]`.
    /// Leaves distances in `dist`, `level[v] = 1` for settled vertices, and the settling order in `order`.
    ///
    /// The queue is an indexed 4-ary heap of at most n vertices with decrease-key (``heapKey``,
    /// ``heapVertex``, ``heapPosition``, raw buffers): each vertex is queued once, so the heap holds
    /// at most n entries, not one per relaxed arc as a lazy-deletion heap would, and is half as deep
    /// as a binary heap. Results do not depend on how equal distances are ordered in the heap: every
    /// predecessor of w is strictly closer than w (lengths are positive), so it is settled before w
    /// whatever the tie-breaking, and `order` lists distances in non-decreasing order.
    func dijkstra(from s: Int, offsets: UnsafeBufferPointer<Int>, adjacency: UnsafeBufferPointer<Int32>,
                  lengths: UnsafeBufferPointer<Double>, countPaths: Bool) {
        // Two specialised copies: the path-count updates leave the closeness kernel's arc loop.
        if countPaths {
            dijkstraKernel(from: s, offsets: offsets, adjacency: adjacency, lengths: lengths, countPaths: true)
        } else {
            dijkstraKernel(from: s, offsets: offsets, adjacency: adjacency, lengths: lengths, countPaths: false)
        }
    }

    @inline(__always)
    private func dijkstraKernel(from s: Int, offsets: UnsafeBufferPointer<Int>, adjacency: UnsafeBufferPointer<Int32>,
                                lengths: UnsafeBufferPointer<Double>, countPaths: Bool) {
        reset()
        let level = self.level, dist = self.dist, sigma = self.sigma, order = self.order
        let key = heapKey, vertex = heapVertex, position = heapPosition
        dist[s] = 0
        sigma[s] = 1
        key[0] = 0
        vertex[0] = Int32(s)
        position[s] = 0
        var count = 1
        var tail = 0
        while count > 0 {
            // Pop the minimum, then sift the last entry down from the root.
            let d = key[0]
            let v32 = vertex[0]
            let v = Int(v32)
            position[v] = -1
            count -= 1
            if count > 0 {
                let lastKey = key[count], lastVertex = vertex[count]
                var i = 0
                while true {
                    let first = 4 * i + 1
                    if first >= count { break }
                    var c = first
                    var kc = key[first]
                    for j in (first + 1)..<min(first + 4, count) where key[j] < kc {
                        c = j
                        kc = key[j]
                    }
                    if kc >= lastKey { break }
                    key[i] = key[c]
                    vertex[i] = vertex[c]
                    position[Int(vertex[i])] = Int32(i)
                    i = c
                }
                key[i] = lastKey
                vertex[i] = lastVertex
                position[Int(lastVertex)] = Int32(i)
            }
            level[v] = 1
            order[tail] = v32
            tail += 1
            let sv = sigma[v]
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(adjacency[k])
                if level[w] >= 0 { continue }
                let nd = d + lengths[k]
                let dw = dist[w]
                if nd < dw {
                    dist[w] = nd
                    if countPaths { sigma[w] = sv }
                    // Insert w, or decrease its key: sift up from its slot.
                    var i = Int(position[w])
                    if i < 0 {
                        i = count
                        count += 1
                    }
                    while i > 0 {
                        let p = (i - 1) >> 2
                        if key[p] <= nd { break }
                        key[i] = key[p]
                        vertex[i] = vertex[p]
                        position[Int(vertex[i])] = Int32(i)
                        i = p
                    }
                    key[i] = nd
                    vertex[i] = Int32(w)
                    position[w] = Int32(i)
                } else if countPaths && nd == dw {
                    sigma[w] += sv
                }
            }
        }
        reached = tail
    }
}

extension Graph {
    /// Arc lengths 1 / weight for path measures on a weighted view (all 1 when unweighted).
    var arcLengths: [Double] { weights.map { 1 / $0 } }
}

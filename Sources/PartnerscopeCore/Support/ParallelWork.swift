import Dispatch
import Foundation

/// Runs independent jobs on several threads and returns their results in job order.
///
/// Jobs are handed out one at a time from a shared counter (so a slow job does not hold up a
/// fixed share of the others), and `progress` is called after each job, serially, with the number
/// of jobs finished so far and the index of the one that just finished. The results do not depend
/// on the number of workers or on timing: each job must depend only on its index.
///
/// - Complexity: the sum of the jobs' costs divided over `workers` threads.
/// - Corner cases: zero jobs return `[]` without starting a thread; `workers` below 1 counts as 1.
public enum ParallelWork {
    /// The number of workers used by default: the processors the system makes available.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `job(i)` for every i in `0..<count`, in index order.
    public static func map<T: Sendable>(count: Int, workers: Int = defaultWorkers,
                                        progress: @Sendable (_ done: Int, _ index: Int) -> Void = { _, _ in },
                                        _ job: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let state = State<T>(count: count)
        let threads = min(max(1, workers), count)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let i = state.next() {
                let result = job(i)
                state.finish(i, result, progress)
            }
        }
        return state.results.map { $0! }
    }

    private final class State<T>: @unchecked Sendable {
        private let lock = NSLock()
        private let progressLock = NSLock()
        private var cursor = 0
        private var done = 0
        private let count: Int
        var results: [T?]

        init(count: Int) {
            self.count = count
            results = Array(repeating: nil, count: count)
        }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard cursor < count else { return nil }
            cursor += 1
            return cursor - 1
        }

        func finish(_ i: Int, _ result: T, _ progress: (Int, Int) -> Void) {
            progressLock.lock()
            defer { progressLock.unlock() }
            lock.lock()
            results[i] = result
            done += 1
            let finished = done
            lock.unlock()
            progress(finished, i)
        }
    }
}

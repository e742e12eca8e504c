import Dispatch
import Synchronization

/// Runs work items on a fixed number of threads, each taking the next item when it is free.
public enum WorkerPool {
    /// Calls `work` on every item, with at most `jobs` running at once, and `finished` with each
    /// item's index and result as it completes; `finished` calls never overlap, so it may report
    /// and record without further locking. Returns when every item is done.
    public static func run<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int,
        work: @Sendable (Item) -> Result,
        finished: @Sendable (Int, Result) -> Void
    ) {
        let next = Mutex(0)
        let reporting = Mutex(())
        let workers = max(1, min(jobs, items.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < items.count else { return }
                let result = work(items[index])
                reporting.withLock { _ in finished(index, result) }
            }
        }
    }
}

import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What linting one input gave: a report, or why the input could not be read.
typealias LintOutcome = Swift.Result<FileReport, FileReader.Failure>

/// Lints many inputs on all cores and hands each result to the caller in
/// input order, as soon as it and every result before it are ready, so the
/// output is stable however the work was scheduled and is printed while the
/// rest is still being linted.
///
/// At most `window` results wait for an earlier, slower one (a bounded
/// reorder window): a worker does not start input `i` before input
/// `i - window` has been handed over, so memory stays flat however many
/// inputs there are.
struct ParallelLinter {
    /// Worker threads; one input is linted on the calling thread.
    var threads = ParallelLinter.onlineProcessors()
    /// How many finished results may wait for an earlier one.
    var window = 256

    /// Lints `plans`, calling `handle` on the calling thread with each
    /// outcome in input order. When `handle` throws, the workers stop after
    /// their current input and the error is rethrown.
    func lint(
        _ plans: [LintPlan], stdinFormat: SourceFormat?, handle: (LintPlan, LintOutcome) throws -> Void
    ) rethrows {
        guard plans.count > 1, threads > 1 else {
            for plan in plans { try handle(plan, Self.lint(plan, stdinFormat: stdinFormat)) }
            return
        }
        let queue = OrderedQueue(plans: plans, stdinFormat: stdinFormat, window: max(1, window))
        let workers = (0..<min(threads, plans.count)).compactMap { _ in WorkerThread.start(queue) }
        guard !workers.isEmpty else {
            for plan in plans { try handle(plan, Self.lint(plan, stdinFormat: stdinFormat)) }
            return
        }
        defer {
            queue.cancel()
            workers.forEach { $0.join() }
        }
        for index in plans.indices {
            try handle(plans[index], queue.take(index))
        }
    }

    /// Reads and lints one input with its plan. Service and run-task requests
    /// are left pending (`Linter.lintDeferringServices`) for `ServiceStream`,
    /// and a report with pending requests is filtered only once they are
    /// resolved (`LintPlan.filtered`).
    static func lint(_ plan: LintPlan, stdinFormat: SourceFormat?) -> LintOutcome {
        FileReader.contents(of: plan.input).map { file in
            let format = plan.input == .standardInput ? stdinFormat : nil
            let report = plan.linter.lintDeferringServices(
                SourceText(path: plan.input == .standardInput ? plan.path : file.path, bytes: file.bytes),
                format: format,
                onlyTaskDefinitions: plan.skipsNonTaskDefinitions)
            return report.hasPendingServices ? report : plan.filtered(report)
        }
    }

    /// The number of processors online (at least 1).
    static func onlineProcessors() -> Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

/// The shared state of one run: the next input to claim, and a ring of
/// finished results waiting to be handed over in order.
private final class OrderedQueue: @unchecked Sendable {
    private let plans: [LintPlan]
    private let stdinFormat: SourceFormat?
    private let window: Int
    private var slots: [LintOutcome?]
    private var nextToClaim = 0
    private var nextToTake = 0
    private var cancelled = false
    // Allocated, not stored properties: a pthread object must not move.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let finished = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let roomLeft = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init(plans: [LintPlan], stdinFormat: SourceFormat?, window: Int) {
        self.plans = plans
        self.stdinFormat = stdinFormat
        self.window = window
        slots = Array(repeating: nil, count: window)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(finished, nil)
        pthread_cond_init(roomLeft, nil)
    }

    deinit {
        pthread_cond_destroy(roomLeft)
        pthread_cond_destroy(finished)
        pthread_mutex_destroy(mutex)
        roomLeft.deallocate()
        finished.deallocate()
        mutex.deallocate()
    }

    /// A worker's loop: claim the next input while the window has room, lint it, store it.
    func work() {
        while let index = claim() {
            let outcome = ParallelLinter.lint(plans[index], stdinFormat: stdinFormat)
            pthread_mutex_lock(mutex)
            slots[index % window] = outcome
            pthread_cond_broadcast(finished)
            pthread_mutex_unlock(mutex)
        }
    }

    private func claim() -> Int? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !cancelled && nextToClaim < plans.count && nextToClaim - nextToTake >= window {
            pthread_cond_wait(roomLeft, mutex)
        }
        guard !cancelled, nextToClaim < plans.count else { return nil }
        nextToClaim += 1
        return nextToClaim - 1
    }

    /// The outcome of input `index`, waiting until it is ready; inputs are taken in order.
    func take(_ index: Int) -> LintOutcome {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while slots[index % window] == nil {
            pthread_cond_wait(finished, mutex)
        }
        let outcome = slots[index % window]
        slots[index % window] = nil
        nextToTake = index + 1
        pthread_cond_broadcast(roomLeft)
        return outcome ?? .failure(.cannotRead("-", "internal error"))
    }

    /// Stops the workers after their current input.
    func cancel() {
        pthread_mutex_lock(mutex)
        cancelled = true
        pthread_cond_broadcast(roomLeft)
        pthread_mutex_unlock(mutex)
    }
}

/// A POSIX thread running `OrderedQueue.work` (Dispatch is not linked at all).
private struct WorkerThread {
    let handle: pthread_t

    static func start(_ queue: OrderedQueue) -> WorkerThread? {
        let context = Unmanaged.passRetained(queue).toOpaque()
        var handle = pthread_t()
        let started = pthread_create(
            &handle, nil,
            { context in
                guard let context else { return nil }
                let queue = Unmanaged<OrderedQueue>.fromOpaque(context).takeRetainedValue()
                queue.work()
                return nil
            }, context)
        guard started == 0 else {
            Unmanaged<OrderedQueue>.fromOpaque(context).release()
            return nil
        }
        return WorkerThread(handle: handle)
    }

    func join() {
        pthread_join(handle, nil)
    }
}

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
///
/// The calling thread is one of the `threads`: while the result it hands
/// over next is not ready, it lints the next unclaimed input itself instead
/// of sleeping. It is woken only when it has nothing to lint and the result
/// it waits for arrives, and a worker only when the window has room again,
/// so a run of many small files does not pay a thread switch per file.
struct ParallelLinter {
    /// Threads that lint, the calling thread included.
    var threads = ParallelLinter.onlineProcessors()
    /// How many finished results may wait for an earlier one.
    var window = 256
    /// Where `-` is read from.
    let standardInput: CommandInput

    init(standardInput: CommandInput) {
        self.standardInput = standardInput
    }

    /// Lints `plans`, calling `handle` on the calling thread with each
    /// outcome in input order. When `handle` throws, the workers stop after
    /// their current input and the error is rethrown.
    func lint(
        _ plans: [LintPlan], stdinFormat: SourceFormat?, handle: (LintPlan, LintOutcome) throws -> Void
    ) rethrows {
        guard plans.count > 1, threads > 1 else {
            for plan in plans { try handle(plan, lint(plan, stdinFormat: stdinFormat)) }
            return
        }
        let queue = OrderedQueue(linter: self, plans: plans, stdinFormat: stdinFormat)
        let workers = (0..<min(threads - 1, plans.count - 1)).compactMap { _ in WorkerThread.start(queue) }
        guard !workers.isEmpty else {
            for plan in plans { try handle(plan, lint(plan, stdinFormat: stdinFormat)) }
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
    func lint(_ plan: LintPlan, stdinFormat: SourceFormat?) -> LintOutcome {
        let contents =
            switch plan.input {
            case .standardInput: standardInput.readAll()
            case .file(let path): FileReader.contents(ofFile: path)
            }
        return contents.map { file in
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
    private let linter: ParallelLinter
    private let plans: [LintPlan]
    private let stdinFormat: SourceFormat?
    private let window: Int
    private var slots: [LintOutcome?]
    private var nextToClaim = 0
    private var nextToTake = 0
    private var cancelled = false
    /// Whether the calling thread sleeps until the result it takes next arrives.
    private var takerIsWaiting = false
    /// How many workers sleep until the window has room.
    private var workersWaitingForRoom = 0
    // Allocated, not stored properties: a pthread object must not move.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let finished = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let roomLeft = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init(linter: ParallelLinter, plans: [LintPlan], stdinFormat: SourceFormat?) {
        self.linter = linter
        self.plans = plans
        self.stdinFormat = stdinFormat
        window = max(1, linter.window)
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
            store(linter.lint(plans[index], stdinFormat: stdinFormat), at: index)
        }
    }

    private func claim() -> Int? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !cancelled && nextToClaim < plans.count && nextToClaim - nextToTake >= window {
            workersWaitingForRoom += 1
            pthread_cond_wait(roomLeft, mutex)
            workersWaitingForRoom -= 1
        }
        guard !cancelled, nextToClaim < plans.count else { return nil }
        nextToClaim += 1
        return nextToClaim - 1
    }

    private func store(_ outcome: LintOutcome, at index: Int) {
        pthread_mutex_lock(mutex)
        slots[index % window] = outcome
        if takerIsWaiting && index == nextToTake { pthread_cond_signal(finished) }
        pthread_mutex_unlock(mutex)
    }

    /// The outcome of input `index`, linting other inputs on the calling
    /// thread until it is ready; inputs are taken in order.
    func take(_ index: Int) -> LintOutcome {
        pthread_mutex_lock(mutex)
        while slots[index % window] == nil {
            if nextToClaim < plans.count && nextToClaim - index < window {
                let claimed = nextToClaim
                nextToClaim += 1
                pthread_mutex_unlock(mutex)
                store(linter.lint(plans[claimed], stdinFormat: stdinFormat), at: claimed)
                pthread_mutex_lock(mutex)
            } else {
                takerIsWaiting = true
                pthread_cond_wait(finished, mutex)
                takerIsWaiting = false
            }
        }
        let outcome = slots[index % window]
        slots[index % window] = nil
        nextToTake = index + 1
        if workersWaitingForRoom > 0 { pthread_cond_broadcast(roomLeft) }
        pthread_mutex_unlock(mutex)
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

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// When and how long to wait before trying a call again: exponential backoff
/// with full jitter (a random delay between 0 and `min(cap, base × 2^(n-1))`),
/// as the AWS SDKs' standard retry mode does.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The backoff base in seconds.
    public var baseDelay: Double
    /// The longest wait in seconds.
    public var maxDelay: Double
    /// A random number in `0..<1`.
    public var random: @Sendable () -> Double
    /// Waits, in seconds.
    public var sleep: @Sendable (Double) -> Void

    /// Creates a policy.
    public init(
        maxAttempts: Int = 3, baseDelay: Double = 1, maxDelay: Double = 20,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        sleep: @escaping @Sendable (Double) -> Void = { seconds in
            if seconds > 0 { usleep(UInt32(min(seconds, 60) * 1_000_000)) }
        }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.random = random
        self.sleep = sleep
    }

    /// The standard policy, with `AWS_MAX_ATTEMPTS` (or the profile's `max_attempts`) when set.
    public static func standard(maxAttemptsSetting: String?) -> RetryPolicy {
        RetryPolicy(maxAttempts: maxAttemptsSetting.flatMap { Int($0.trimmingSpaces()) } ?? 3)
    }

    /// The wait before attempt `attempt + 1`, after `attempt` failed (1-based).
    public func delay(afterAttempt attempt: Int) -> Double {
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(max(0, attempt - 1))))
        return random() * ceiling
    }
}

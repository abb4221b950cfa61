import ArgumentParser

/// The documented exit statuses.
enum ExitStatus {
    /// Nothing at or above the failure threshold.
    static let clean = ExitCode(0)
    /// A finding at or above the failure threshold.
    static let findings = ExitCode(1)
    /// A usage error or a path that cannot be read.
    static let usage = ExitCode(2)
}

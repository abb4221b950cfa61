import ECSLintKit

/// The last step before any report or message leaves a command: every text
/// written to standard output, standard error or a report file passes
/// through ``mask(_:)``, which masks each secret value found in the inputs
/// read so far and every secret shape (`ECSLintKit.Secrets`).
///
/// Reports are already masked by the engine; this pass also covers what the
/// engine never saw (paths, messages built here, `register` requests and
/// responses). The rendered task definition of `render` is the one output
/// written as is: it is the file to register, not a report about it. One
/// instance belongs to each run (`Console`).
final class OutputMasking: @unchecked Sendable {
    private let lock = PosixLock()
    private var masker = SecretMasker()

    /// Adds the secrets of linted files.
    func learn(_ reports: [FileReport]) {
        lock.lock()
        defer { lock.unlock() }
        for report in reports where !report.secrets.knowsNoValue { masker.merge(report.secrets) }
    }

    /// Adds secret values found elsewhere (a request body).
    func learn(_ found: SecretMasker) {
        lock.lock()
        defer { lock.unlock() }
        masker.merge(found)
    }

    /// `text` with every known secret and every secret shape masked.
    func mask(_ text: String) -> String {
        lock.lock()
        let current = masker
        lock.unlock()
        return current.mask(text)
    }
}

import ECSLintKit

/// The last step before any report or message leaves the process: every
/// text written to standard output, standard error or a report file passes
/// through ``mask(_:)``, which masks each secret value found in the inputs
/// read so far and every secret shape (`ECSLintKit.Secrets`).
///
/// Reports are already masked by the engine; this pass also covers what the
/// engine never saw (paths, messages built here, `register` requests and
/// responses). The rendered task definition of `render` is the one output
/// written as is: it is the file to register, not a report about it.
enum OutputMasking {
    private final class State: @unchecked Sendable {
        let lock = PosixLock()
        var masker = SecretMasker()
    }

    private static let state = State()

    /// Adds the secrets of linted files.
    static func learn(_ reports: [FileReport]) {
        state.lock.lock()
        defer { state.lock.unlock() }
        for report in reports where !report.secrets.knowsNoValue { state.masker.merge(report.secrets) }
    }

    /// Adds secret values found elsewhere (a request body).
    static func learn(_ masker: SecretMasker) {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.masker.merge(masker)
    }

    /// `text` with every known secret and every secret shape masked.
    static func mask(_ text: String) -> String {
        state.lock.lock()
        let masker = state.masker
        state.lock.unlock()
        return masker.mask(text)
    }
}

/// Writes a report or result to standard output, secrets masked.
func printOutput(_ text: String, terminator: String = "\n") {
    print(OutputMasking.mask(text), terminator: terminator)
}

/// ANSI styling for terminal output, or none.
public struct TextStyle: Sendable {
    /// Whether escape codes are written.
    public var colored: Bool

    /// Creates a style.
    public init(colored: Bool) {
        self.colored = colored
    }

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: wrap("error", "1;31")
        case .warning: wrap("warning", "1;33")
        case .info: wrap("info", "1;36")
        }
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func underline(_ text: String) -> String { wrap(text, "1;35") }
    func fix(_ text: String) -> String { wrap(text, "32") }

    private func wrap(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension ContainerDefinition {
    /// The `healthCheck.command` elements as written (nil for non-strings),
    /// with the pointer of each, or nil when there is no command list.
    var healthCheckCommand: [(text: String?, pointer: JSONPointer)]? {
        guard let check = healthCheck, let elements = check.command else { return nil }
        return elements.enumerated().map { index, element in
            (element, check.pointer / "command" / index)
        }
    }
}

extension String {
    /// Whether the text contains a space, tab or line break.
    var containsWhitespace: Bool {
        unicodeScalars.contains { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    }
}

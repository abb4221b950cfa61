/// Whether a value given under a secret's name is the secret itself or only
/// refers to one: a reference (ARN, path, `{{resolve:…}}`), a flag, a number,
/// or nothing but template placeholders is not a secret.
///
/// A value that merely *contains* a placeholder-like part (`pa$$word`,
/// `s3cr3t-${ENV}`) is still treated as a secret: masking it costs nothing,
/// printing it leaks it.
public enum SecretValue {
    /// Whether `value` is no secret even under a secret's name.
    public static func isBenign(_ value: String) -> Bool {
        isReference(value) || isPlaceholderOnly(value)
    }

    /// References, flags and numbers (the checks `ECS615` shares).
    public static func isReference(_ value: String) -> Bool {
        let trimmed = value.trimmingPrefix(while: { $0 == " " })
        if trimmed.isEmpty || Placeholder.contains(value) && isPlaceholderOnly(value) { return true }
        let lower = value.lowercased()
        if plainWords.contains(lower) { return true }
        if value.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "-" || $0 == "_" }) { return true }
        let prefixes = [
            "arn:", "/", "./", "file:", "{{resolve:", "ssm:", "secretsmanager:", "s3://",
        ]
        return prefixes.contains(where: { lower.hasPrefix($0) })
    }

    /// Whether `value` is one or more placeholders (`${DB_PASSWORD}`,
    /// `{{ .Values.token }}`) and whitespace, and nothing else.
    public static func isPlaceholderOnly(_ value: String) -> Bool {
        let placeholders = Placeholder.all(in: value)
        guard !placeholders.isEmpty else { return false }
        var rest = Substring(value)
        for placeholder in placeholders {
            guard let found = rest.firstRange(of: placeholder) else { return false }
            guard rest[..<found.lowerBound].allSatisfy(\.isWhitespace) else { return false }
            rest = rest[found.upperBound...]
        }
        return rest.allSatisfy(\.isWhitespace)
    }

    private static let plainWords: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "null", "none", "nil", "enabled", "disabled", "required",
        "optional", "auto", "default",
    ]
}

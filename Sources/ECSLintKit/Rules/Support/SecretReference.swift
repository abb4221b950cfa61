/// The `valueFrom` of a container secret or log `secretOptions` entry, read
/// the way the ECS agent reads it:
///
/// ```
/// value-from := sm-arn | ssm-arn | ssm-name
/// sm-arn     := "arn:" P ":secretsmanager:" R ":" A ":secret:" sm-name [ ":" json-key ":" version-stage ":" version-id ]
/// ssm-arn    := "arn:" P ":ssm:" R ":" A ":parameter/" ssm-name-without-leading-slash
/// sm-name    := 1*512 [A-Za-z0-9/_+=.@!-]  ("!" in service-managed secrets such as rds!db-…;
///                                           the full name may end with "-" and 6 random characters)
/// ssm-name   := 1*[A-Za-z0-9_.-/]   ; hierarchical names start with "/", ≤ 15 levels,
///                                     ; not prefixed "aws" or "ssm", ARN ≤ 1011 chars
/// ```
///
/// Anything that is not an ARN is fetched from SSM Parameter Store, so a bare
/// Secrets Manager name fails at task start. With the JSON-key suffix all
/// three fields must be present (empty allowed); version-stage and version-id
/// exclude each other; a version-id is 32–64 characters.
enum SecretReference {
    /// What a `valueFrom` holds.
    enum Reading {
        case secretsManagerARN(ARN)
        case ssmARN(ARN)
        case ssmName
        /// Template syntax or a placeholder account: left to the placeholder rule.
        case placeholder
        /// A value that reads as a Secrets Manager name but will be fetched
        /// from SSM. `certain` is false when only the random suffix suggests it.
        case secretsManagerName(reason: String, certain: Bool)
        /// Malformed. `isWarning` marks problems whose runtime effect is unverified.
        case invalid(problem: String, suggestion: String?, isWarning: Bool)
    }

    static let maxSecretsManagerNameLength = 512
    static let maxSSMARNLength = 1011
    static let maxSSMLevels = 15

    /// Reads a `valueFrom`.
    static func read(_ text: String) -> Reading {
        if text.isEmpty { return .invalid(problem: "is empty", suggestion: nil, isWarning: false) }
        if Placeholder.contains(text) { return .placeholder }
        guard ARN.looksLikeARN(text) else { return readBareName(text) }
        guard let arn = ARN(text), text.hasPrefix("arn:") else {
            return .invalid(
                problem: "is not a complete ARN (arn:<partition>:<service>:<region>:<account>:<resource>)",
                suggestion: nil, isWarning: false)
        }
        if AccountID.kind(arn.account) == .placeholder { return .placeholder }
        switch arn.service {
        case "secretsmanager": return readSecretsManager(arn)
        case "ssm": return readSSM(arn)
        default:
            return .invalid(
                problem:
                    "is \(arn.service.isEmpty ? "an" : "a \(arn.service)") ARN; only Secrets Manager secret and SSM parameter ARNs are accepted",
                suggestion: nil, isWarning: false)
        }
    }

    /// The partition of a well-formed secret ARN.
    static func partition(of text: String) -> AWSPartition? {
        switch read(text) {
        case .secretsManagerARN(let arn), .ssmARN(let arn): arn.partition
        default: nil
        }
    }

    /// Whether a character may appear in a Secrets Manager name: the
    /// documented `/_+=.@-`, plus `!`, which secrets managed by other services
    /// carry (`rds!db-…`, `events!connection/…`).
    static func isSecretsManagerNameByte(_ byte: UInt8) -> Bool {
        ASCIIClass.isAlphanumeric(byte) || "/_+=.@-!".utf8.contains(byte)
    }

    /// Whether a character may appear in an SSM parameter name.
    static func isSSMNameByte(_ byte: UInt8) -> Bool {
        ASCIIClass.isAlphanumeric(byte) || "_.-/".utf8.contains(byte)
    }

    /// Problems of a Secrets Manager secret ARN used as a secret name
    /// (`repositoryCredentials`, `valueFrom`); nil when well formed.
    static func secretsManagerProblem(_ arn: ARN, allowsSuffix: Bool) -> (String, String?)? {
        if let problem = arn.regionalFieldProblems().first { return (problem, nil) }
        let fields = arn.resource.split(separator: ":", omittingEmptySubsequences: false)
        guard fields[0] == "secret", fields.count >= 2 else {
            return ("has resource '\(arn.resource)'; it must be 'secret:' followed by the secret name", nil)
        }
        let name = fields[1]
        if name.isEmpty { return ("has an empty secret name", nil) }
        if let bad = ASCIIClass.firstDisallowed(in: name, allowed: isSecretsManagerNameByte) {
            return (
                "has \(ASCIIClass.describe(bad)) in secret name '\(name)' (allowed: letters, digits and /_+=.@-)", nil
            )
        }
        if name.utf8.count > maxSecretsManagerNameLength + 7 {
            return (
                "has a secret name of \(name.utf8.count) characters; the maximum is \(maxSecretsManagerNameLength)", nil
            )
        }
        let base = "arn:\(arn.partitionName):secretsmanager:\(arn.region):\(arn.account):secret:\(name)"
        if fields.count == 2 { return nil }
        guard allowsSuffix else {
            return ("has text after the secret name; give the plain secret ARN", base)
        }
        if fields.count < 5 {
            let padded =
                base + ":" + fields[2...].joined(separator: ":") + String(repeating: ":", count: 5 - fields.count)
            return (
                "has \(fields.count - 2) of the 3 fields after the secret name; a JSON key or version needs all three, json-key:version-stage:version-id (empty fields allowed)",
                padded
            )
        }
        if fields.count > 5 {
            return (
                "has \(fields.count - 2) fields after the secret name; at most 3 are allowed (json-key:version-stage:version-id)",
                nil
            )
        }
        let stage = fields[3]
        let versionID = fields[4]
        if !stage.isEmpty, !versionID.isEmpty {
            return (
                "names both version-stage '\(stage)' and version-id '\(versionID)'; they exclude each other",
                base + ":\(fields[2]):\(stage):"
            )
        }
        if !versionID.isEmpty, !(32...64).contains(versionID.utf8.count) {
            let bound = versionID.utf8.count < 32 ? "minimum field size of 32" : "maximum field size of 64"
            return (
                "has version-id '\(versionID)' of \(versionID.utf8.count) characters; a version-id is 32 to 64 characters (\"InvalidParameter: 1 validation error(s) found. - \(bound), GetSecretValueInput.VersionId\")",
                nil
            )
        }
        return nil
    }

    private static func readSecretsManager(_ arn: ARN) -> Reading {
        if let (problem, suggestion) = secretsManagerProblem(arn, allowsSuffix: true) {
            return .invalid(problem: problem, suggestion: suggestion, isWarning: false)
        }
        return .secretsManagerARN(arn)
    }

    private static func readSSM(_ arn: ARN) -> Reading {
        if let problem = arn.regionalFieldProblems().first {
            return .invalid(problem: problem, suggestion: nil, isWarning: false)
        }
        guard arn.resource.hasPrefix("parameter/"), arn.resource.utf8.count > "parameter/".utf8.count else {
            return .invalid(
                problem: "has resource '\(arn.resource)'; it must be 'parameter/' followed by the parameter name",
                suggestion: nil, isWarning: false)
        }
        if arn.text.utf8.count > maxSSMARNLength {
            return .invalid(
                problem:
                    "is \(arn.text.utf8.count) characters long; an SSM parameter ARN is at most \(maxSSMARNLength)",
                suggestion: nil, isWarning: false)
        }
        let name = arn.resource.dropFirst("parameter/".count)
        if name.hasPrefix("/") {
            let trimmed = name.drop(while: { $0 == "/" })
            return .invalid(
                problem:
                    "has '//' after 'parameter'; the ARN of parameter '/\(trimmed)' drops the name's leading slash",
                suggestion: "arn:\(arn.partitionName):ssm:\(arn.region):\(arn.account):parameter/\(trimmed)",
                isWarning: true)
        }
        let hierarchical = name.contains("/")
        let fullName = hierarchical ? "/" + name : String(name)
        if let problem = ssmNameProblem(Substring(fullName), hierarchical: hierarchical) {
            return .invalid(problem: problem, suggestion: nil, isWarning: false)
        }
        return .ssmARN(arn)
    }

    private static func readBareName(_ text: String) -> Reading {
        if let reason = secretsManagerNameReason(text) {
            return .secretsManagerName(reason: reason, certain: true)
        }
        if let problem = ssmNameProblem(Substring(text), hierarchical: text.hasPrefix("/")) {
            return .invalid(
                problem: "is not an ARN, so ECS reads it as an SSM parameter name, and it \(problem)",
                suggestion: nil, isWarning: false)
        }
        if !text.hasPrefix("/"), hasRandomSecretSuffix(text) {
            return .secretsManagerName(
                reason: "ends like a Secrets Manager name with its 6-character random suffix", certain: false)
        }
        return .ssmName
    }

    /// Why a bare value is certainly meant as a Secrets Manager name, if it is.
    private static func secretsManagerNameReason(_ text: String) -> String? {
        let lower = text.lowercased()
        if lower.hasPrefix("secret:") || lower.hasPrefix("secretsmanager:") || lower.includes(":secret:") {
            return "looks like part of a Secrets Manager ARN"
        }
        guard text.utf8.allSatisfy(isSecretsManagerNameByte) else { return nil }
        if text.contains("/"), !text.hasPrefix("/") {
            return
                "is a path without a leading '/', the usual form of a Secrets Manager name (SSM hierarchies start with '/')"
        }
        if text.utf8.contains(where: { "+=@!".utf8.contains($0) }) {
            return "contains characters (+, =, @, !) that Secrets Manager names allow and SSM parameter names do not"
        }
        return nil
    }

    /// `name-AbC12x`: the random suffix Secrets Manager appends to names in ARNs
    /// (mixed case and a digit, so that ordinary words do not match).
    private static func hasRandomSecretSuffix(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, bytes[bytes.count - 7] == 0x2D else { return false }
        let suffix = bytes[(bytes.count - 6)...]
        guard suffix.allSatisfy(ASCIIClass.isAlphanumeric) else { return false }
        return suffix.contains(where: ASCIIClass.isUpper) && suffix.contains(where: ASCIIClass.isLower)
            && suffix.contains(where: ASCIIClass.isDigit)
    }

    /// What is wrong with an SSM parameter name, as "…" after "it".
    private static func ssmNameProblem(_ name: Substring, hierarchical: Bool) -> String? {
        if let bad = ASCIIClass.firstDisallowed(in: name, allowed: isSSMNameByte) {
            return "contains \(ASCIIClass.describe(bad)) (SSM names allow letters, digits and _.-/)"
        }
        let segments = name.split(separator: "/", omittingEmptySubsequences: false)
        let levels = name.hasPrefix("/") ? segments.dropFirst() : segments[...]
        if hierarchical, levels.contains(where: \.isEmpty) {
            return "has an empty level in '\(name)'"
        }
        if levels.count > maxSSMLevels {
            return "has \(levels.count) hierarchy levels; the maximum is \(maxSSMLevels)"
        }
        let first = (levels.first ?? "").lowercased()
        if first.hasPrefix("ssm") || (first.hasPrefix("aws") && !(name.hasPrefix("/aws/") && first == "aws")) {
            let prefix = first.prefix(3)
            return
                "starts with '\(prefix)', which SSM reserves (\"Parameter name: can't be prefixed with \"\(prefix)\" (case-insensitive).\")"
        }
        return nil
    }
}

/// The value of `taskRoleArn` or `executionRoleArn`, read against the IAM
/// role ARN grammar (botocore IAM `arnType`, `pathType`, `roleNameType`):
///
/// ```
/// role-arn  := "arn:" partition ":iam::" account ":role" path role-name   ; 20..2048 chars
/// partition := aws | aws-cn | aws-us-gov | aws-iso | aws-iso-b | aws-iso-e | aws-iso-f | aws-eusc
/// account   := 12 digits                     ; IAM is global: the region field is empty
/// path      := "/" | "/" 1*(%x21-7E) "/"     ; 1..512 chars
/// role-name := 1*64 [A-Za-z0-9_+=,.@-]
/// ```
///
/// ECS also accepts a bare role name and fills in the account.
enum IAMRoleARN {
    /// What a role field holds.
    enum Reading: Equatable {
        /// A well-formed role ARN.
        case arn(AWSPartition)
        /// A bare role name (`ecsTaskExecutionRole`).
        case shortName
        /// A bare name with a path (`service-role/ecsTaskExecutionRole`).
        case shortNameWithPath
        /// Template syntax or a placeholder account: left to the placeholder rule.
        case placeholder
        /// The empty string.
        case empty
        /// A well-formed ARN of something that is not a role; `suggestion` is
        /// the role ARN probably meant, when one can be derived.
        case wrongType(what: String, suggestion: String?)
        /// Malformed; `problem` says what is wrong, `suggestion` is a corrected value when known.
        case invalid(problem: String, suggestion: String?)

        /// The partition of a well-formed role ARN.
        var partition: AWSPartition? {
            if case .arn(let partition) = self { return partition }
            return nil
        }
    }

    static let maxLength = 2048
    static let maxPathLength = 512
    static let maxNameLength = 64

    /// Reads a role field.
    static func read(_ text: String) -> Reading {
        if text.isEmpty { return .empty }
        if Placeholder.contains(text) { return readTemplated(text) }
        if text.utf8.count > maxLength {
            return .invalid(
                problem: "is \(text.utf8.count) characters long; the maximum is \(maxLength)", suggestion: nil)
        }
        guard ARN.looksLikeARN(text) else { return readShortName(text) }
        guard text.hasPrefix("arn:") else {
            return .invalid(problem: "must start with lower-case 'arn:'", suggestion: "arn:" + text.dropFirst(4))
        }
        guard let arn = ARN(text) else {
            return .invalid(
                problem: "does not have the six colon-separated fields of arn:<partition>:iam::<account>:role/<name>",
                suggestion: nil)
        }
        guard let partition = arn.partition else {
            return .invalid(
                problem: "has partition '\(arn.partitionName)', which is not one of \(AWSPartition.names)",
                suggestion: nil)
        }
        if arn.service != "iam" {
            return wrongService(arn)
        }
        let resourceType = arn.resource.prefix(while: { $0 != "/" })
        if resourceType != "role" {
            return wrongResource(arn, type: resourceType)
        }
        let accountKind = AccountID.kind(arn.account)
        if accountKind == .placeholder { return .placeholder }
        let fixed = "arn:\(arn.partitionName):iam::\(arn.account):\(arn.resource)"
        if !arn.region.isEmpty {
            return .invalid(
                problem: "has region '\(arn.region)'; IAM is global and role ARNs have an empty region field",
                suggestion: fixed)
        }
        if accountKind == .invalid {
            let account = arn.account.isEmpty ? "an empty account field" : "account '\(arn.account)'"
            return .invalid(problem: "has \(account); an AWS account ID is 12 digits", suggestion: nil)
        }
        if let problem = pathAndNameProblem(arn.resource.dropFirst(4)) {
            return .invalid(problem: problem, suggestion: nil)
        }
        return .arn(partition)
    }

    /// The partition of a role field, when it is a well-formed role ARN.
    static func partition(of text: String) -> AWSPartition? {
        read(text).partition
    }

    /// Whether a character may appear in a role name: `[A-Za-z0-9_+=,.@-]`.
    static func isNameByte(_ byte: UInt8) -> Bool {
        ASCIIClass.isWord(byte) || byte == 0x2B || byte == 0x3D || byte == 0x2C || byte == 0x2E || byte == 0x40
            || byte == 0x2D
    }

    private static func readShortName(_ text: String) -> Reading {
        if text.contains("/") {
            let name = text.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
            if pathAndNameProblem("/" + text) == nil, !name.isEmpty { return .shortNameWithPath }
        }
        if let problem = nameProblem(Substring(text)) {
            return .invalid(problem: "is neither a role ARN nor a role name: \(problem)", suggestion: nil)
        }
        return .shortName
    }

    /// Checks `/path/name` (the resource after `role`).
    private static func pathAndNameProblem(_ rest: Substring) -> String? {
        guard rest.first == "/" else {
            return "has resource 'role\(rest)'; it must be 'role/' followed by the role name"
        }
        guard let lastSlash = rest.lastIndex(of: "/") else { return nil }
        let path = rest[...lastSlash]
        let name = rest[rest.index(after: lastSlash)...]
        if path.utf8.count > maxPathLength {
            return "has a path of \(path.utf8.count) characters; the maximum is \(maxPathLength)"
        }
        if path.contains("//") {
            return "has an empty component in its path '\(path)'"
        }
        if let bad = ASCIIClass.firstDisallowed(in: path, allowed: { $0 >= 0x21 && $0 <= 0x7E }) {
            return "has \(ASCIIClass.describe(bad)) in its path '\(path)'"
        }
        if let problem = nameProblem(name) { return "has \(problem)" }
        return nil
    }

    private static func nameProblem(_ name: Substring) -> String? {
        if name.isEmpty { return "an empty role name" }
        if let bad = ASCIIClass.firstDisallowed(in: name, allowed: isNameByte) {
            return "\(ASCIIClass.describe(bad)) in role name '\(name)' (allowed: letters, digits and _+=,.@-)"
        }
        if name.utf8.count > maxNameLength {
            return "a role name of \(name.utf8.count) characters (the maximum is \(maxNameLength))"
        }
        return nil
    }

    /// A role field holding placeholders: its literal partition, service and
    /// resource type are checked (`arn:aws:ecs::${ACCOUNT}:role/x` names the
    /// wrong service whatever the account); the rest is the placeholder rule's.
    private static func readTemplated(_ text: String) -> Reading {
        guard text.hasPrefix("arn:"), let fields = ARN.literalFields(of: text) else { return .placeholder }
        if let partition = fields.partition, AWSPartition(rawValue: partition) == nil {
            return .invalid(
                problem: "has partition '\(partition)', which is not one of \(AWSPartition.names)", suggestion: nil)
        }
        if let service = fields.service, service != "iam" {
            return .wrongType(what: "\(article(Substring(service))) \(service) ARN", suggestion: nil)
        }
        if let type = fields.resourceType, type != "role", !type.hasPrefix("role") {
            return .wrongType(what: "an IAM \(type) ARN", suggestion: nil)
        }
        return .placeholder
    }

    private static func wrongService(_ arn: ARN) -> Reading {
        if arn.service == "sts", arn.resource.hasPrefix("assumed-role/") {
            let roleName = arn.resource.dropFirst("assumed-role/".count).prefix(while: { $0 != "/" })
            return .wrongType(
                what: "an STS assumed-role session ARN",
                suggestion: roleName.isEmpty ? nil : "arn:\(arn.partitionName):iam::\(arn.account):role/\(roleName)")
        }
        return .wrongType(what: "\(article(arn.service)) \(arn.service) ARN", suggestion: nil)
    }

    private static func wrongResource(_ arn: ARN, type: Substring) -> Reading {
        if type.hasPrefix("role") {
            let name = arn.resource.dropFirst(4).drop(while: { $0 == ":" || $0 == "/" })
            return .invalid(
                problem: "has resource '\(arn.resource)'; it must be 'role/' followed by the role name",
                suggestion: name.isEmpty ? nil : "arn:\(arn.partitionName):iam::\(arn.account):role/\(name)")
        }
        let kind = type.isEmpty ? "resource '\(arn.resource)'" : String(type)
        if type == "instance-profile" {
            let name = arn.resource.split(separator: "/").last ?? ""
            return .wrongType(
                what: "an IAM instance profile ARN",
                suggestion: name.isEmpty ? nil : "arn:\(arn.partitionName):iam::\(arn.account):role/\(name)")
        }
        return .wrongType(what: "an IAM \(kind) ARN", suggestion: nil)
    }

    private static func article(_ word: Substring) -> String {
        guard let first = word.first?.lowercased() else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}

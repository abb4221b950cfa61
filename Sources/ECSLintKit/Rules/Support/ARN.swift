/// An Amazon Resource Name split into its fields:
///
/// ```
/// arn:<partition>:<service>:<region>:<account>:<resource>
/// ```
///
/// The resource may itself contain colons (Secrets Manager's JSON-key suffix,
/// `role:` typos); it is everything after the fifth colon. Only the shape is
/// read here; each use (role, secret, parameter, S3 object) checks its fields.
struct ARN {
    let text: String
    let partitionName: Substring
    let service: Substring
    let region: Substring
    let account: Substring
    let resource: Substring

    /// Splits `text`; nil unless it starts with `arn:` and has all six fields.
    init?(_ text: String) {
        guard text.hasPrefix("arn:") else { return nil }
        let fields = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6 else { return nil }
        self.text = text
        partitionName = fields[1]
        service = fields[2]
        region = fields[3]
        account = fields[4]
        resource = fields[5]
    }

    /// Whether a value is meant as an ARN (it starts with `arn:`, any case).
    static func looksLikeARN(_ text: String) -> Bool {
        text.utf8.count >= 4 && text.prefix(4).lowercased() == "arn:"
    }

    /// The partition, when the partition field names one.
    var partition: AWSPartition? { AWSPartition(rawValue: String(partitionName)) }

    /// Problems with the partition, region and account fields of a regional
    /// ARN (Secrets Manager, SSM …), as message fragments. A placeholder
    /// account is not a problem here (the placeholder-account rule reports it).
    func regionalFieldProblems() -> [String] {
        var problems: [String] = []
        guard let partition else {
            return ["partition '\(partitionName)' is not one of \(AWSPartition.names)"]
        }
        if region.isEmpty {
            problems.append("the region field is empty")
        } else if let regionPartition = AWSRegion.partition(of: region) {
            if regionPartition != partition {
                problems.append(
                    "region '\(region)' belongs to partition \(regionPartition.rawValue), not \(partition.rawValue)")
            }
        } else {
            problems.append("'\(region)' is not an AWS region name (like us-east-1)")
        }
        if let problem = AccountID.problem(account) { problems.append(problem) }
        return problems
    }
}

/// The 12-digit AWS account ID field of ARNs and ECR hosts.
enum AccountID {
    /// The example account of the AWS documentation (and moto); never a real
    /// account. (`111122223333` also appears in newer docs but is left alone:
    /// it is common in hand-written samples that are otherwise correct.)
    static let examples: Set<String> = ["123456789012"]

    /// What an account field holds.
    enum Kind: Equatable {
        /// 12 digits that may be a real account.
        case valid
        /// A documentation example account.
        case example
        /// An unfilled template placeholder (`ACCOUNT_ID`, `<account>`, `xxxxxxxxxxxx`).
        case placeholder
        /// Anything else.
        case invalid
    }

    /// Classifies an account field.
    static func kind(_ text: some StringProtocol) -> Kind {
        if ASCIIClass.isDigits(text, count: 12) {
            return examples.contains(String(text)) ? .example : .valid
        }
        return AccountPlaceholder.isPlaceholder(text) ? .placeholder : .invalid
    }

    /// A message fragment when the field is neither 12 digits nor a placeholder.
    static func problem(_ text: some StringProtocol) -> String? {
        guard kind(text) == .invalid else { return nil }
        if text.isEmpty { return "the account field is empty" }
        return "account '\(text)' is not 12 digits"
    }
}

/// Placeholders in account fields: the engine's template grammar
/// (`Placeholder`: `${VAR}`, `{{ var }}`, `<NAME>` …, values the engine treats
/// as unknown) plus the plain-text fillers people type into an account field,
/// `ACCOUNT_ID`, `AWS_ACCOUNT`, `xxxxxxxxxxxx`.
enum AccountPlaceholder {
    /// Whether a whole field is a placeholder.
    static func isPlaceholder(_ text: some StringProtocol) -> Bool {
        guard !text.isEmpty else { return false }
        if Placeholder.contains(String(text)) { return true }
        let lower = text.lowercased()
        if text.count >= 4, lower.allSatisfy({ $0 == "x" || $0 == "*" || $0 == "#" || $0 == "?" }) { return true }
        if lower.contains("account") || lower.contains("acct") { return true }
        let isUpperWord = text.utf8.allSatisfy { ASCIIClass.isUpper($0) || $0 == 0x5F || ASCIIClass.isDigit($0) }
        return isUpperWord && text.utf8.contains(where: ASCIIClass.isUpper) && text.utf8.contains(0x5F)
    }
}

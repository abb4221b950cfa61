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

    /// The literal fields of an ARN holding placeholders: each is nil when a
    /// placeholder makes it unknown (a `:` inside `${AWS::AccountId}`
    /// separates nothing). Nil when the literal text has not six fields.
    static func literalFields(of text: String) -> (partition: String?, service: String?, resourceType: String?)? {
        let stand = "\u{1A}"
        var masked = ""
        var last = text.utf8.startIndex
        for match in Placeholder.matches(in: text) {
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: match.range.lowerBound)
            masked += String(text[last..<start]) + stand
            last = text.utf8.index(text.utf8.startIndex, offsetBy: match.range.upperBound)
        }
        masked += String(text[last...])
        let fields = masked.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6 else { return nil }
        func literal(_ field: Substring) -> String? { field.contains(stand) ? nil : String(field) }
        let type = fields[5].prefix(while: { $0 != "/" && $0 != ":" })
        return (literal(fields[1]), literal(fields[2]), type.count == fields[5].count ? nil : literal(type))
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
        return Placeholder.isAccountPlaceholder(text) ? .placeholder : .invalid
    }

    /// A message fragment when the field is neither 12 digits nor a placeholder.
    static func problem(_ text: some StringProtocol) -> String? {
        guard kind(text) == .invalid else { return nil }
        if text.isEmpty { return "the account field is empty" }
        return "account '\(text)' is not 12 digits"
    }
}

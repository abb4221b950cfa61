/// gMSA credential specs are fetched from SSM or S3 by ARN; ECS takes one per
/// container, with a prefix saying whether the host is domain-joined.
struct InvalidCredentialSpecs: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS428", slug: "invalid-credential-specs", title: "Invalid credentialSpecs",
        severity: .error, stage: .register,
        summary:
            "credentialSpecs holds at most one credentialspec:ARN or credentialspecdomainless:ARN of an SSM parameter or S3 object.",
        rationale: """
            For gMSA, ECS reads the credential spec file from an SSM parameter or an S3 object. \
            `credentialSpecs` takes at most one entry, prefixed `credentialspec:` (domain-joined \
            instances) or `credentialspecdomainless:` (domainless gMSA), followed by the ARN \
            (`arn:aws:ssm:…:parameter/…` or `arn:aws:s3:::bucket/key`). Other values are rejected \
            (the exact message is unverified).
            """,
        fix: "Use one entry such as credentialspecdomainless:arn:aws:ssm:us-east-1:123456789012:parameter/gmsa-spec.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows-gmsa.html"],
        examples: [
            .bad(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
                     "memory": 1024, "credentialSpecs": [↓"arn:aws:ssm:us-east-1:123456789012:parameter/gmsa-spec"]}
                  ]
                }
                """,
                expect: [
                    "credential spec \"arn:aws:ssm:us-east-1:123456789012:parameter/gmsa-spec\" of container 'web' must start with credentialspec: or credentialspecdomainless:"
                ]),
            .good(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
                     "memory": 1024,
                     "credentialSpecs": ["credentialspecdomainless:arn:aws:ssm:us-east-1:123456789012:parameter/gmsa-spec"]}
                  ]
                }
                """),
        ]
    )

    static let prefixes = ["credentialspec:", "credentialspecdomainless:"]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            guard let elements = container.credentialSpecs else { continue }
            let list = container.pointer / "credentialSpecs"
            for (index, spec) in elements.enumerated() {
                if index > 0 {
                    violations.append(.tooManyCredentialSpecs(elements.count, of: container, at: list / index))
                    continue
                }
                guard let prefix = Self.prefixes.first(where: { spec.hasPrefix($0) }) else {
                    violations.append(.credentialSpecWithoutPrefix(spec, of: container, at: list / index))
                    continue
                }
                let arn = String(spec.dropFirst(prefix.count))
                if !Self.isSpecARN(arn) {
                    violations.append(.credentialSpecLocation(arn, of: container, at: list / index))
                }
            }
        }
        return violations
    }

    /// Whether `arn` names an SSM parameter or an S3 object.
    static func isSpecARN(_ arn: String) -> Bool {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws") else { return false }
        switch parts[2] {
        case "ssm":
            return !parts[3].isEmpty && parts[4].count == 12 && parts[5].hasPrefix("parameter/") && parts[5].count > 10
        case "s3":
            return parts[3].isEmpty && parts[4].isEmpty && parts[5].contains("/") && !parts[5].hasPrefix("/")
        default:
            return false
        }
    }
}

extension Violation {
    /// ECS428: a credential spec after the first (`count`: how many are listed).
    fileprivate static func tooManyCredentialSpecs(
        _ count: Int, of container: ContainerDefinition, at pointer: JSONPointer
    )
        -> Violation
    {
        Violation(
            "container \(container.displayName) lists \(count) credential specs; ECS accepts at most one",
            fix: "keep a single credentialSpecs entry", at: pointer)
    }

    /// ECS428: a credential spec without its credentialspec: or credentialspecdomainless: prefix.
    fileprivate static func credentialSpecWithoutPrefix(
        _ spec: String, of container: ContainerDefinition, at pointer: JSONPointer
    ) -> Violation {
        Violation(
            "credential spec \"\(spec)\" of container \(container.displayName) must start with credentialspec: or credentialspecdomainless:",
            fix: spec.hasPrefix("arn:")
                ? "write \"credentialspecdomainless:\(spec)\" (or credentialspec: on domain-joined instances)"
                : "write credentialspec:ARN or credentialspecdomainless:ARN",
            at: pointer)
    }

    /// ECS428: a credential spec location that is no SSM parameter or S3 object ARN.
    fileprivate static func credentialSpecLocation(
        _ arn: String, of container: ContainerDefinition, at pointer: JSONPointer
    ) -> Violation {
        Violation(
            "credential spec location \"\(arn)\" of container \(container.displayName) must be the ARN of an SSM parameter or an S3 object",
            fix: "use arn:aws:ssm:REGION:ACCOUNT:parameter/NAME or arn:aws:s3:::BUCKET/KEY",
            at: pointer)
    }
}

/// Fargate platform versions are a short list of exact strings.
struct UnknownPlatformVersion: ServiceRule {
    /// The Fargate platform versions: Linux 1.4.0 and 1.3.0 (and the retired
    /// ones still accepted in some regions), Windows 1.0.0, and LATEST.
    static let known: Set<String> = ["LATEST", "1.4.0", "1.3.0", "1.2.0", "1.1.0", "1.0.0"]

    static let descriptor = RuleDescriptor(
        code: "ECS167", slug: "unknown-platform-version", title: "Unknown Fargate platform version",
        severity: .error, stage: .deploy,
        summary: "platformVersion is not LATEST or a Fargate platform version (1.4.0, 1.3.0, 1.0.0 …).",
        rationale: """
            ECS matches the platform version exactly: `1.4` or `v1.4.0` is not `1.4.0`, and the request fails \
            with PlatformUnknownException. Accepted here: LATEST, the Linux versions 1.4.0 and 1.3.0, the \
            retired 1.2.0, 1.1.0 and 1.0.0 (Windows uses 1.0.0).
            """,
        fix: "Use LATEST or an exact version such as 1.4.0.",
        awsErrors: ["The specified platform does not exist."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE", "platformVersion": ↓"1.4"}
                """,
                expect: [
                    "platformVersion \"1.4\" is not a Fargate platform version (AWS: \"The specified platform does not exist.\")"
                ]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE", "platformVersion": "1.4.0"}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let version = service.platformVersion, !Self.known.contains(version), !service.runsOutsideFargate,
            !Placeholder.contains(version)
        else { return [] }
        let suggestion = Self.known.sorted().last { $0.hasPrefix(version.trimmingPrefix("v")) && $0 != "LATEST" }
        return [.unknownPlatformVersion(version, suggestion: suggestion, at: service.pointer)]
    }
}

extension Violation {
    /// ECS167: a platformVersion Fargate does not have (`suggestion`: the nearest it does).
    fileprivate static func unknownPlatformVersion(_ version: String, suggestion: String?, at request: JSONPointer)
        -> Violation
    {
        Violation(
            "platformVersion \"\(version)\" is not a Fargate platform version", aws: .documented,
            fix: suggestion.map { "use \"\($0)\"" }, at: request / "platformVersion")
    }
}

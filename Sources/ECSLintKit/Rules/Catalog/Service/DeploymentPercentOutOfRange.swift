/// `minimumHealthyPercent` is a share of the desired count (0–100), and
/// `maximumPercent` can be no lower than it.
struct DeploymentPercentOutOfRange: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS163", slug: "deployment-percent-out-of-range",
        title: "Deployment percentages out of range",
        severity: .error, stage: .deploy,
        summary: """
            deploymentConfiguration.minimumHealthyPercent is outside 0–100, maximumPercent is below it, or a \
            DAEMON service sets maximumPercent other than 100.
            """,
        rationale: """
            During a rolling deployment ECS keeps at least `minimumHealthyPercent` of the desired tasks \
            running and at most `maximumPercent`. A minimum above 100 or below 0 means nothing, and a maximum \
            below the minimum leaves the scheduler no room, so ECS rejects both. For the DAEMON strategy the \
            documentation says maximumPercent stays at 100 (one task per instance). botocore does not check \
            these; the AWS wording is not quoted [unverified].
            """,
        fix: "Keep minimumHealthyPercent within 0–100 and maximumPercent at or above it (200/100 are the defaults).",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "deploymentConfiguration": {"minimumHealthyPercent": ↓150, "maximumPercent": 200}}
                """,
                expect: ["minimumHealthyPercent is 150; it must be between 0 and 100"]),
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "deploymentConfiguration": {"minimumHealthyPercent": 100, "maximumPercent": ↓50}}
                """,
                expect: ["maximumPercent 50 is below minimumHealthyPercent 100"]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "deploymentConfiguration": {"minimumHealthyPercent": 50, "maximumPercent": 200}}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let deployment = service.deploymentConfiguration else { return [] }
        var found: [Violation] = []
        let minimum = deployment.minimumHealthyPercent
        if let minimum, !(0...100).contains(minimum) {
            found.append(.minimumHealthyPercent(minimum, deployment: deployment.pointer))
        }
        guard let maximum = deployment.maximumPercent else { return found }
        if service.schedulingStrategy == "DAEMON" {
            if maximum != 100 {
                found.append(.daemonMaximumPercent(maximum, deployment: deployment.pointer))
            }
        } else if maximum < (minimum ?? 0) || maximum < 0 {
            found.append(.maximumPercent(maximum, below: minimum ?? 0, deployment: deployment.pointer))
        }
        return found
    }
}

extension Violation {
    /// ECS163: a minimumHealthyPercent outside 0–100.
    fileprivate static func minimumHealthyPercent(_ minimum: Int, deployment: JSONPointer) -> Violation {
        Violation(
            "minimumHealthyPercent is \(minimum); it must be between 0 and 100",
            at: deployment / "minimumHealthyPercent")
    }

    /// ECS163: a DAEMON service's maximumPercent other than 100.
    fileprivate static func daemonMaximumPercent(_ maximum: Int, deployment: JSONPointer) -> Violation {
        Violation(
            "maximumPercent is \(maximum); a DAEMON service keeps it at 100",
            fix: "remove maximumPercent, or set it to 100", at: deployment / "maximumPercent")
    }

    /// ECS163: a maximumPercent below minimumHealthyPercent (or negative).
    fileprivate static func maximumPercent(_ maximum: Int, below minimum: Int, deployment: JSONPointer) -> Violation {
        Violation(
            "maximumPercent \(maximum) is below minimumHealthyPercent \(minimum)",
            at: deployment / "maximumPercent")
    }
}

/// A port mapping without `containerPort` (or `containerPortRange`) maps
/// nothing; ECS rejects it. It is a classic result of the AWS CLI shorthand
/// splitting one mapping into several objects.
struct MissingContainerPort: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS303", slug: "missing-container-port", title: "Port mapping without containerPort",
        severity: .error, stage: .register,
        summary: "Every port mapping needs a containerPort (or a containerPortRange).",
        rationale: """
            `containerPort` is optional in the API model only because `containerPortRange` can \
            replace it. A mapping with neither, such as `{}` or `{"hostPort": 7000}`, is rejected. \
            With the AWS CLI shorthand `portMappings=[{containerPort=3000},{hostPort=7000}]` \
            creates two mappings, the second without a container port.
            """,
        fix: "Add containerPort to the mapping, or merge it with the mapping it belongs to.",
        awsErrors: ["Invalid 'containerPort' setting for container '<name>'."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html",
            "https://github.com/aws/aws-cli/issues/7288",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "portMappings": [{"containerPort": 3000}, ↓{"hostPort": 7000}]}
                  ]
                }
                """,
                expect: [
                    "port mapping of container 'app' has no containerPort (AWS: \"Invalid 'containerPort' setting for container 'app'.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "portMappings": [{"containerPort": 3000, "hostPort": 7000}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.portMappings.compactMap { mapping -> Violation? in
                // A present value of the wrong type is the schema check's finding.
                guard !mapping.$containerPort.isSet,
                    !mapping.$containerPortRange.isSet
                else { return nil }
                return .missingContainerPort(mapping, in: container)
            }
        }
    }
}

extension Violation {
    /// ECS303: a port mapping with neither `containerPort` nor `containerPortRange`.
    fileprivate static func missingContainerPort(_ mapping: PortMapping, in container: ContainerDefinition) -> Violation
    {
        let name = container.name ?? "#\(container.index)"
        let fix =
            mapping.hostPort.map {
                "add \"containerPort\" (for example \"containerPort\": \($0)); if this object was meant to be part of the previous mapping, merge them"
            } ?? "add \"containerPort\" with the port the container listens on"
        return Violation(
            "port mapping of container \(container.displayName) has no containerPort",
            aws: .actual("Invalid 'containerPort' setting for container '\(name)'."),
            fix: fix,
            at: mapping.pointer
        )
    }
}

/// In awsvpc mode the task's elastic network interface owns the hostname, so
/// a container cannot set its own.
struct HostnameInAwsvpcMode: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS320", slug: "hostname-in-awsvpc-mode", title: "hostname with networkMode awsvpc",
        severity: .error, stage: .register,
        needs: [.networkMode],
        summary: "A container's hostname cannot be set when networkMode is awsvpc.",
        rationale: """
            With awsvpc every container of the task shares the network namespace of the task's \
            elastic network interface, whose hostname ECS assigns. RegisterTaskDefinition \
            rejects a container `hostname`.
            """,
        fix: "Remove hostname; the task's hostname comes from its network interface's private DNS name.",
        awsErrors: ["hostname is not supported on container when networkMode=awsvpc."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
            "https://github.com/labd/ecs-deplojo/issues/26",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "hostname": ↓"web-1"}]
                }
                """,
                expect: [
                    "container 'app' sets hostname \"web-1\", which awsvpc mode does not allow (AWS: \"hostname is not supported on container when networkMode=awsvpc.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "bridge",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256, "hostname": "web-1"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.networkMode == .awsvpc else { return [] }
        return task.containers.compactMap { container in
            guard let hostname = container.hostname else { return nil }
            return .hostname(hostname, inAwsvpcMode: container)
        }
    }
}

extension Violation {
    /// ECS320: a `hostname` with networkMode awsvpc.
    fileprivate static func hostname(_ hostname: String, inAwsvpcMode container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) sets hostname \"\(hostname)\", which awsvpc mode does not allow",
            aws: .documented,
            fix: "remove hostname",
            at: container.pointer / "hostname")
    }
}

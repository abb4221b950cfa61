/// Docker links connect containers on the default bridge network; ECS accepts
/// `links` only in bridge mode and not for Windows containers.
struct LinksOutsideBridgeMode: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS319", slug: "links-outside-bridge-mode", title: "links outside bridge network mode",
        severity: .error, stage: .register,
        needs: [.networkMode],
        summary: "Container links are only supported with networkMode bridge, on Linux.",
        rationale: """
            In awsvpc and host modes all containers of a task share one network namespace and \
            reach each other on localhost; in none mode there is no network. ECS rejects \
            `links` there. Links are also not supported for Windows containers. The awsvpc \
            message is documented; for host and none ECS presumably answers the same way.
            """,
        fix: "Remove links; in awsvpc or host mode reach the other container on localhost:<port>.",
        awsErrors: ["Links are not supported when networkMode=awsvpc."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
            "https://github.com/aws-observability/aws-otel-collector/issues/1359",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", ↓"links": ["redis"]},
                    {"name": "redis", "image": "redis:7.4"}
                  ]
                }
                """,
                expect: [
                    "container 'app' uses links, which only work in bridge mode (AWS: \"Links are not supported when networkMode=awsvpc.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "bridge",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "memory": 256, "links": ["redis"]},
                    {"name": "redis", "image": "redis:7.4", "memory": 256}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let mode = context.networkMode
        guard mode != .bridge || context.isWindows else { return [] }
        return task.containers.compactMap { container in
            guard let links = container.links, !links.isEmpty else { return nil }
            return .linksOutsideBridgeMode(container, mode: mode)
        }
    }
}

extension Violation {
    /// ECS319: a container uses links in a network mode other than bridge, or on Windows.
    fileprivate static func linksOutsideBridgeMode(_ container: ContainerDefinition, mode: NetworkMode) -> Violation {
        Violation(
            mode != .bridge
                ? "container \(container.displayName) uses links, which only work in bridge mode"
                : "container \(container.displayName) uses links, which are not supported for Windows containers",
            aws: mode != .bridge ? .actual("Links are not supported when networkMode=\(mode.rawValue).") : nil,
            fix: mode == .awsvpc || mode == .host
                ? "remove links; containers of the task share the network namespace, so use localhost:<port>"
                : "remove links",
            at: container.pointer / "links", target: .key)
    }
}

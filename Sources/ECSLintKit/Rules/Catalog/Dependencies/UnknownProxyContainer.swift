/// The App Mesh proxy configuration names the container that runs the Envoy
/// proxy; it must be a container of the same task.
struct UnknownProxyContainer: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS510", slug: "unknown-proxy-container", title: "proxyConfiguration names an unknown container",
        severity: .error, stage: .register,
        summary: "proxyConfiguration.containerName must be the name of a container in the task definition.",
        rationale: """
            ECS routes the task's traffic through the proxy container named in \
            `proxyConfiguration` (App Mesh's Envoy). When no container has that name the \
            configuration cannot be applied; ECS most likely rejects it at registration (the \
            exact message is not documented), and at the latest the task cannot start.
            """,
        fix: "Set containerName to the name of the Envoy container, or add that container.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfiguration.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "proxyConfiguration": {"type": "APPMESH", "containerName": ↓"envoy-proxy", "properties": []},
                  "containerDefinitions": [
                    {"name": "app", "image": "example/app:1.0"},
                    {"name": "envoy", "image": "840364872350.dkr.ecr.us-west-2.amazonaws.com/aws-appmesh-envoy:v1.29.6.0-prod"}
                  ]
                }
                """,
                expect: ["proxyConfiguration.containerName 'envoy-proxy' is not a container of this task"]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "proxyConfiguration": {"type": "APPMESH", "containerName": "envoy", "properties": []},
                  "containerDefinitions": [
                    {"name": "app", "image": "example/app:1.0"},
                    {"name": "envoy", "image": "840364872350.dkr.ecr.us-west-2.amazonaws.com/aws-appmesh-envoy:v1.29.6.0-prod"}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let proxy = task.proxyConfiguration, let name = proxy.containerName, !task.containers.isEmpty,
            task.container(named: name) == nil
        else { return [] }
        return [.unknownProxyContainer(name, in: task, at: proxy.pointer)]
    }
}

extension Violation {
    /// ECS510: a `proxyConfiguration.containerName` that names no container of the task.
    fileprivate static func unknownProxyContainer(_ name: String, in task: TaskDefinition, at proxy: JSONPointer)
        -> Violation
    {
        let names = task.containers.compactMap(\.name)
        let similar = names.first { $0.lowercased() == name.lowercased() }
        let envoy = names.first { $0.lowercased().contains("envoy") || $0.lowercased().contains("proxy") }
        return Violation(
            "proxyConfiguration.containerName '\(name)' is not a container of this task",
            fix: similar.map { "use '\($0)' (names are case-sensitive)" }
                ?? envoy.map { "use '\($0)', or add a container named '\(name)'" }
                ?? "add the Envoy proxy container named '\(name)', or use one of \(task.containerNameList)",
            at: proxy / "containerName")
    }
}

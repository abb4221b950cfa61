/// The App Mesh proxy redirects the task's traffic inside its own network
/// namespace, which only `awsvpc` tasks have; ECS rejects it in other modes.
struct ProxyConfigurationNetworkMode: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS135", slug: "proxy-configuration-network-mode", title: "proxyConfiguration without awsvpc",
        severity: .error, stage: .register,
        summary: "A task with proxyConfiguration must use networkMode awsvpc.",
        rationale: """
            The App Mesh proxy configuration installs traffic redirection rules in the task's network \
            namespace; only `awsvpc` gives a task its own. RegisterTaskDefinition rejects \
            `proxyConfiguration` with `bridge`, `host` or `none`, and with `networkMode` omitted \
            (the EC2 default is bridge).
            """,
        fix: "Set networkMode to awsvpc, or remove proxyConfiguration.",
        awsErrors: ["APPMESH proxy configuration is only supported in networkMode=awsvpc"],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#proxyConfiguration"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "bridge",
                  ↓"proxyConfiguration": {"type": "APPMESH", "containerName": "envoy", "properties": []},
                  "containerDefinitions": [{"name": "envoy", "image": "envoyproxy/envoy:v1.31.0", "memory": 512}]
                }
                """,
                expect: [
                    "proxyConfiguration needs networkMode awsvpc, but networkMode is bridge (AWS: \"APPMESH proxy configuration is only supported in networkMode=awsvpc\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "proxyConfiguration": {"type": "APPMESH", "containerName": "envoy", "properties": []},
                  "containerDefinitions": [{"name": "envoy", "image": "envoyproxy/envoy:v1.31.0", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let proxy = task.proxyConfiguration, context.networkMode != .awsvpc else { return [] }
        // An invalid networkMode value is the schema check's to report.
        guard task.networkModeValue == nil || task.declaredNetworkMode != nil else { return [] }
        return [
            .proxyConfiguration(in: context.networkMode, byDefault: task.networkModeValue == nil, proxy: proxy.pointer)
        ]
    }
}

extension Violation {
    /// ECS135: a proxy configuration in another network mode than awsvpc (`byDefault` when omitted).
    fileprivate static func proxyConfiguration(in mode: NetworkMode, byDefault: Bool, proxy: JSONPointer)
        -> Violation
    {
        let mode =
            byDefault
            ? "networkMode is omitted (\(mode.rawValue) by default)"
            : "networkMode is \(mode.rawValue)"
        return Violation(
            "proxyConfiguration needs networkMode awsvpc, but \(mode)", aws: .documented,
            fix: "set \"networkMode\": \"awsvpc\", or remove proxyConfiguration",
            at: proxy, target: .key)
    }
}

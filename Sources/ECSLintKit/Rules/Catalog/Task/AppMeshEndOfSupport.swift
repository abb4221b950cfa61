/// AWS has announced the end of support for App Mesh; task definitions that
/// still configure its proxy need a migration plan.
struct AppMeshEndOfSupport: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS137", slug: "app-mesh-end-of-support", title: "App Mesh proxy configuration",
        severity: .info, stage: .practice,
        summary: "proxyConfiguration of type APPMESH configures AWS App Mesh, which AWS is retiring.",
        rationale: """
            AWS announced in September 2024 that App Mesh reaches end of support on September 30, \
            2026 (the date is from the announcement and not verified against ecslint's API model \
            sources); after it, meshes stop working. ECS Service Connect is AWS's recommended \
            replacement for service-to-service traffic in ECS. This is information, not an error: \
            the definition is valid.
            """,
        fix:
            "Plan a migration to ECS Service Connect (portMappings names plus the service's serviceConnectConfiguration).",
        references: [
            "https://docs.aws.amazon.com/app-mesh/latest/userguide/what-is-app-mesh.html",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "proxyConfiguration": {"type": ↓"APPMESH", "containerName": "envoy", "properties": []},
                  "containerDefinitions": [{"name": "envoy", "image": "envoyproxy/envoy:v1.31.0", "memory": 512}]
                }
                """,
                expect: [
                    "proxyConfiguration sets up AWS App Mesh, which AWS announced reaches end of support on September 30, 2026"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "portMappings": [{"containerPort": 80, "name": "http"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let proxy = task.proxyConfiguration, proxy.type == nil || proxy.type == "APPMESH" else { return [] }
        return [.appMesh(typeWritten: proxy.type != nil, proxy: proxy.pointer)]
    }
}

extension Violation {
    /// ECS137: an App Mesh proxy configuration, at its type when written.
    fileprivate static func appMesh(typeWritten: Bool, proxy: JSONPointer) -> Violation {
        Violation(
            "proxyConfiguration sets up AWS App Mesh, which AWS announced reaches end of support on September 30, 2026",
            fix: "plan a migration to ECS Service Connect",
            at: typeWritten ? proxy / "type" : proxy,
            target: typeWritten ? .value : .key)
    }
}

/// In host mode a container shares the instance's network stack; running it
/// as root lets a compromised process bind privileged ports and tamper with
/// the host's networking.
struct HostModeRootUser: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS323", slug: "host-mode-root-user", title: "Container runs as root in host network mode",
        severity: .warning, stage: .practice,
        needs: [.networkMode],
        summary: "With networkMode host, containers should set a non-root user.",
        rationale: """
            Host mode gives a container the instance's network namespace. The API reference \
            advises against running such containers as root (UID 0): root there can open raw \
            sockets on the host's interfaces and bind any port of the instance. Without `user` \
            the container runs as the image's USER, which is root for most images.
            """,
        fix: "Set \"user\" to a non-root user or UID (for example \"1000:1000\"), or use networkMode awsvpc.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "agent",
                  "networkMode": "host",
                  "containerDefinitions": [
                    {"name": ↓"collector", "image": "otel/opentelemetry-collector:0.110.0", "memory": 256},
                    {"name": "exporter", "image": "prom/node-exporter:v1.8.2", "memory": 128, "user": ↓"root"}
                  ]
                }
                """,
                expect: [
                    "container 'collector' sets no user, so it runs as the image's user (root for most images) while sharing the instance's network with networkMode host",
                    "container 'exporter' runs as user \"root\" (root) while sharing the instance's network with networkMode host",
                ]),
            .good(
                """
                {
                  "family": "agent",
                  "networkMode": "host",
                  "containerDefinitions": [
                    {"name": "collector", "image": "otel/opentelemetry-collector:0.110.0", "memory": 256, "user": "10001"}
                  ]
                }
                """),
        ]
    )

    /// Whether a `user` value names root (`root`, `0`, `root:group`, `0:gid`).
    static func isRoot(_ user: String) -> Bool {
        let name = user.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return name == "root" || name == "0"
    }

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.networkMode == .host, !context.isWindows else { return [] }
        return task.containers.compactMap { container in
            if let user = container.user {
                guard Self.isRoot(user) else { return nil }
                return .rootUserInHostMode(user, container)
            }
            // A present user of the wrong type is the schema check's finding.
            guard container.$user.isAbsent else { return nil }
            return .noUserInHostMode(container)
        }
    }
}

extension Violation {
    /// ECS323: a root `user` with networkMode host.
    fileprivate static func rootUserInHostMode(_ user: String, _ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) runs as user \"\(user)\" (root) while sharing the instance's network with networkMode host",
            fix: "set user to a non-root user or UID, for example \"1000:1000\"",
            at: container.pointer / "user")
    }

    /// ECS323: no `user` (the image's, root for most) with networkMode host.
    fileprivate static func noUserInHostMode(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) sets no user, so it runs as the image's user (root for most images) while sharing the instance's network with networkMode host",
            fix: "add \"user\" with a non-root user or UID, for example \"1000:1000\"",
            at: container.name != nil ? container.pointer / "name" : container.pointer)
    }
}

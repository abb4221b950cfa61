/// In `awsvpc` and `host` network modes a container port is reachable only on
/// the same host port, so a different `hostPort` is rejected at registration.
struct HostPortMismatch: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS301", slug: "host-port-mismatch", title: "hostPort differs from containerPort in awsvpc or host mode",
        severity: .error, stage: .register,
        needs: [.networkMode],
        summary: "With networkMode awsvpc or host, hostPort must be absent or equal to containerPort.",
        rationale: """
            In `awsvpc` mode each task has its own network interface and in `host` mode containers \
            share the instance's; in both there is no port translation. ECS rejects a mapping whose \
            hostPort differs from its containerPort. `hostPort: 0` (a dynamic port) exists only in \
            bridge mode: ECS documents that hostPort must be "left blank or the same value as the \
            containerPort" in these modes, so ecslint treats 0 as a mismatch too (as cfn-lint's \
            E3053 does); whether the API silently rewrites 0 is unverified, but it never means \
            "dynamic" here. The AWS wording for host mode is not documented; ECS's awsvpc message \
            is quoted.
            """,
        fix: "Remove hostPort, or set it to the containerPort.",
        awsErrors: ["When networkMode=awsvpc, the host ports and container ports in port mappings must match."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_portmappings",
        ],
        fixes: [.safe("Sets hostPort to the containerPort.")],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "portMappings": [{"containerPort": 8080, "hostPort": ↓80}]}
                  ]
                }
                """,
                fixed: """
                    {
                      "family": "web",
                      "networkMode": "awsvpc",
                      "containerDefinitions": [
                        {"name": "app", "image": "nginx:1.27",
                         "portMappings": [{"containerPort": 8080, "hostPort": 8080}]}
                      ]
                    }
                    """,
                expect: [
                    "hostPort 80 must equal containerPort 8080 when networkMode is awsvpc (AWS: \"When networkMode=awsvpc, the host ports and container ports in port mappings must match.\")"
                ]),
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "host",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "user": "nginx",
                     "portMappings": [{"containerPort": 8080, "hostPort": ↓0}]}
                  ]
                }
                """, caption: "hostPort 0 (dynamic) exists only in bridge mode.",
                expect: [
                    "hostPort 0 (a dynamic port) is only available in bridge mode; with networkMode host hostPort must be absent or equal containerPort 8080"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "portMappings": [{"containerPort": 8080}]}
                  ]
                }
                """),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "portMappings": [{"containerPort": 8080, "hostPort": 0}]}
                  ]
                }
                """, caption: "Bridge mode (the EC2 default) translates ports."),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let mode = context.networkMode
        guard mode == .awsvpc || mode == .host else { return [] }
        return task.containers.flatMap { container in
            container.portMappings.compactMap { mapping -> Violation? in
                guard let hostPort = mapping.hostPort, let containerPort = mapping.containerPort,
                    hostPort != containerPort
                else { return nil }
                return .hostPortMismatch(hostPort, containerPort: containerPort, mode: mode, at: mapping.pointer)
            }
        }
    }
}

extension Violation {
    /// ECS301: `hostPort` differs from `containerPort` in awsvpc or host mode.
    fileprivate static func hostPortMismatch(
        _ hostPort: Int, containerPort: Int, mode: NetworkMode, at mapping: JSONPointer
    ) -> Violation {
        Violation(
            hostPort == 0
                ? "hostPort 0 (a dynamic port) is only available in bridge mode; with networkMode \(mode.rawValue) hostPort must be absent or equal containerPort \(containerPort)"
                : "hostPort \(hostPort) must equal containerPort \(containerPort) when networkMode is \(mode.rawValue)",
            aws: mode == .awsvpc ? .documented : nil,
            fix: "remove hostPort, or set it to \(containerPort)",
            at: mapping / "hostPort",
            correction: ProposedFix(
                "set hostPort to \(containerPort)", .safe,
                .replaceValue(mapping / "hostPort", .number(String(containerPort))))
        )
    }
}

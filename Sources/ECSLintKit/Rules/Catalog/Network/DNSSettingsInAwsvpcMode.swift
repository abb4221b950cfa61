/// In awsvpc mode DNS comes from the VPC through the task's network
/// interface; older ECS documentation said per-container DNS settings and
/// `disableNetworking` are not supported there.
struct DNSSettingsInAwsvpcMode: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS322", slug: "dns-settings-in-awsvpc-mode",
        title: "dnsServers, dnsSearchDomains or disableNetworking with awsvpc",
        severity: .warning, stage: .practice,
        needs: [.networkMode],
        summary:
            "dnsServers, dnsSearchDomains and disableNetworking may be rejected or ignored with networkMode awsvpc.",
        rationale: """
            The 2023 ECS developer guide listed these parameters as not supported for tasks using \
            the awsvpc network mode; the current API reference only excludes Windows and Fargate. \
            Whether registration fails today is unverified, so this is a warning: DNS for awsvpc \
            tasks is configured in the VPC (DHCP options set, Route 53 Resolver). On Fargate the \
            parameters are rejected and the Fargate rules report them, so this rule stays quiet \
            there.
            """,
        fix: "Remove the setting and configure DNS in the VPC (DHCP options set or Route 53 Resolver rules).",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
            "https://github.com/awsdocs/amazon-ecs-developer-guide/blob/master/doc_source/task_definition_parameters.md",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "requiresCompatibilities": ["EC2"],
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     ↓"dnsServers": ["10.0.0.2"], ↓"disableNetworking": true}
                  ]
                }
                """,
                expect: [
                    "container 'app' sets dnsServers, which ECS documented as unsupported with networkMode awsvpc; awsvpc tasks use the VPC's DNS settings",
                    "container 'app' sets disableNetworking, which ECS documented as unsupported with networkMode awsvpc",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "bridge",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256, "dnsServers": ["10.0.0.2"]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.networkMode == .awsvpc, !context.isFargate else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            for (key, values) in [
                ("dnsServers", container.dnsServers), ("dnsSearchDomains", container.dnsSearchDomains),
            ] {
                guard let values, !values.isEmpty else { continue }
                violations.append(.dnsSetting(key, inAwsvpcMode: container))
            }
            if container.disableNetworking == true {
                violations.append(.disableNetworkingInAwsvpcMode(container))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS322: `dnsServers` or `dnsSearchDomains` (`key`) with networkMode awsvpc.
    fileprivate static func dnsSetting(_ key: String, inAwsvpcMode container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) sets \(key), which ECS documented as unsupported with networkMode awsvpc; awsvpc tasks use the VPC's DNS settings",
            fix: "remove \(key) and configure DNS in the VPC (DHCP options set or Route 53 Resolver)",
            at: container.pointer / key, target: .key)
    }

    /// ECS322: `disableNetworking` with networkMode awsvpc.
    fileprivate static func disableNetworkingInAwsvpcMode(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) sets disableNetworking, which ECS documented as unsupported with networkMode awsvpc",
            fix: "remove disableNetworking, or use networkMode none for a task without networking",
            at: container.pointer / "disableNetworking", target: .key)
    }
}

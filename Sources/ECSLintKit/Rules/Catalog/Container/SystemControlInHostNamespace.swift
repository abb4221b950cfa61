/// A container that shares the host's network or IPC namespace cannot set
/// kernel parameters of that namespace: they would change the host.
struct SystemControlInHostNamespace: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS424", slug: "system-control-in-host-namespace", title: "Kernel parameter in a host namespace",
        severity: .error, stage: .launch,
        needs: [.networkMode],
        summary: "net.* systemControls cannot be used with networkMode host, nor IPC ones with ipcMode host.",
        rationale: """
            With `networkMode: host` the container uses the instance's network namespace, and with \
            `ipcMode: host` its IPC namespace; setting `net.*` or IPC kernel parameters there would \
            change the host, which runc refuses ("sysctl … not allowed in host network namespace", \
            "… is not allowed in the hosts ipc namespace"), so the container fails to start.
            """,
        fix: "Set the parameter on the container instance, or use another network or IPC mode.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SystemControl.html"],
        examples: [
            .bad(
                """
                {
                  "family": "proxy",
                  "networkMode": "host",
                  "containerDefinitions": [
                    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "memory": 512,
                     "systemControls": [{"namespace": ↓"net.ipv4.tcp_keepalive_time", "value": "60"}]}
                  ]
                }
                """,
                expect: [
                    "network parameter net.ipv4.tcp_keepalive_time of container 'proxy' cannot be set with networkMode host (runc: \"sysctl \"net.ipv4.tcp_keepalive_time\" not allowed in host network namespace\")"
                ]),
            .good(
                """
                {
                  "family": "proxy",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "memory": 512,
                     "systemControls": [{"namespace": "net.ipv4.tcp_keepalive_time", "value": "60"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isWindows else { return [] }
        let hostNetwork = context.networkMode == .host
        let hostIPC = task.ipcMode == "host"
        guard hostNetwork || hostIPC else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            for control in container.systemControls {
                guard let name = control.namespace else { continue }
                if hostNetwork, name.hasPrefix("net.") {
                    violations.append(
                        .networkParameterInHostMode(name, of: container, control: control.pointer, in: task))
                } else if hostIPC, InvalidSystemControl.isIPC(name) {
                    violations.append(.ipcParameterInHostMode(name, of: container, control: control.pointer, in: task))
                }
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS424: a net.* system control with networkMode host.
    fileprivate static func networkParameterInHostMode(
        _ name: String, of container: ContainerDefinition, control: JSONPointer, in task: TaskDefinition
    ) -> Violation {
        Violation(
            "network parameter \(name) of container \(container.displayName) cannot be set with networkMode host (runc: \"sysctl \"\(name)\" not allowed in host network namespace\")",
            fix: "set \(name) on the container instance, or use networkMode awsvpc or bridge",
            at: control / "namespace",
            notes: [FindingNote("the network mode is set here", at: task.pointer / "networkMode")])
    }

    /// ECS424: an IPC system control with ipcMode host.
    fileprivate static func ipcParameterInHostMode(
        _ name: String, of container: ContainerDefinition, control: JSONPointer, in task: TaskDefinition
    ) -> Violation {
        Violation(
            "IPC parameter \(name) of container \(container.displayName) cannot be set with ipcMode host (runc: \"sysctl \"\(name)\" is not allowed in the hosts ipc namespace\")",
            fix: "set \(name) on the container instance, or use ipcMode task",
            at: control / "namespace",
            notes: [FindingNote("the IPC mode is set here", at: task.pointer / "ipcMode")])
    }
}

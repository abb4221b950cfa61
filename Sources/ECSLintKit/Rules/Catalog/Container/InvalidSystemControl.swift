/// Only kernel parameters that live in a container's own namespace can be set
/// per container; anything else would change the whole host, and runc refuses.
struct InvalidSystemControl: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS423", slug: "invalid-system-control", title: "Kernel parameter not namespaced",
        severity: .error, stage: .launch,
        summary:
            "systemControls may only set namespaced kernel parameters: net.*, the IPC kernel.* ones and fs.mqueue.*.",
        rationale: """
            A container can change only kernel parameters scoped to its own namespaces: network \
            (`net.*`) and IPC (`kernel.msgmax`, `kernel.msgmnb`, `kernel.msgmni`, `kernel.sem`, \
            `kernel.shmall`, `kernel.shmmax`, `kernel.shmmni`, `kernel.shm_rmid_forced`, \
            `fs.mqueue.*`). Others, such as `vm.swappiness` or `kernel.pid_max`, are host-wide: \
            runc refuses them ("sysctl … is not in a separate kernel namespace") and the container \
            fails to start.
            """,
        fix: "Remove the parameter, or set it on the container instance (for example in its user data).",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SystemControl.html"],
        examples: [
            .bad(
                """
                {
                  "family": "db",
                  "containerDefinitions": [
                    {"name": "db", "image": "redis:7.4", "memory": 1024,
                     "systemControls": [{"namespace": ↓"vm.overcommit_memory", "value": "1"}]}
                  ]
                }
                """,
                expect: [
                    "kernel parameter vm.overcommit_memory of container 'db' is not namespaced; the container fails to start (runc: \"sysctl \"vm.overcommit_memory\" is not in a separate kernel namespace\")"
                ]),
            .good(
                """
                {
                  "family": "db",
                  "containerDefinitions": [
                    {"name": "db", "image": "redis:7.4", "memory": 1024,
                     "systemControls": [{"namespace": "net.core.somaxconn", "value": "1024"}]}
                  ]
                }
                """),
        ]
    )

    /// The IPC-namespaced parameters besides `fs.mqueue.*`.
    static let ipcParameters: Set<String> = [
        "kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem", "kernel.shmall", "kernel.shmmax",
        "kernel.shmmni", "kernel.shm_rmid_forced",
    ]

    static func isIPC(_ name: String) -> Bool {
        ipcParameters.contains(name) || name.hasPrefix("fs.mqueue.")
    }

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isWindows else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            for control in container.systemControls {
                guard let name = control.namespace, !name.hasPrefix("net."), !Self.isIPC(name),
                    name != "kernel.domainname"
                else { continue }
                violations.append(.unnamespacedKernelParameter(name, of: container, control: control.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS423: a kernel parameter outside the container's namespaces.
    fileprivate static func unnamespacedKernelParameter(
        _ name: String, of container: ContainerDefinition, control: JSONPointer
    ) -> Violation {
        let hint =
            name == "kernel.hostname"
            ? "use the container's hostname parameter instead" : "set it on the container instance instead"
        return Violation(
            "kernel parameter \(name) of container \(container.displayName) is not namespaced; the container fails to start (runc: \"sysctl \"\(name)\" is not in a separate kernel namespace\")",
            fix: "remove it from systemControls and \(hint)", at: control / "namespace")
    }
}

/// Capability names in a task definition are the bare upper-case kernel names
/// ECS documents (`NET_RAW`); unknown names make the container fail.
struct InvalidCapability: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS413", slug: "invalid-capability", title: "Unknown Linux capability",
        severity: .error, stage: .launch,
        summary: "capabilities.add and capabilities.drop take the capability names ECS documents, such as NET_RAW.",
        rationale: """
            ECS lists the accepted names: `ALL`, `AUDIT_CONTROL`, … `WAKE_ALARM`, without the \
            `CAP_` prefix and in upper case. A name that is no Linux capability at all fails when \
            Docker creates the container. A known capability spelled differently (`CAP_NET_RAW`, \
            `net_raw`) is accepted by Docker, which normalizes it, but not documented by ECS; \
            whether ECS rejects it is unverified, so it is reported as a warning.
            """,
        fix: "Use the bare upper-case name, for example NET_RAW instead of CAP_NET_RAW.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "linuxParameters": {"capabilities": {"add": [↓"NET_RAWS"], "drop": [↓"cap_mknod"]}}}
                  ]
                }
                """,
                expect: [
                    "\"NET_RAWS\" in capabilities.add of container 'app' is not a Linux capability; the container fails to start",
                    "capability \"cap_mknod\" in capabilities.drop of container 'app' should be written \"MKNOD\"; ECS documents the bare upper-case name",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "linuxParameters": {"capabilities": {"add": ["NET_RAW"], "drop": ["MKNOD"]}}}
                  ]
                }
                """),
        ]
    )

    /// The names the ECS API documents.
    static let documented: Set<String> = [
        "ALL", "AUDIT_CONTROL", "AUDIT_WRITE", "BLOCK_SUSPEND", "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH",
        "FOWNER", "FSETID", "IPC_LOCK", "IPC_OWNER", "KILL", "LEASE", "LINUX_IMMUTABLE", "MAC_ADMIN",
        "MAC_OVERRIDE", "MKNOD", "NET_ADMIN", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_RAW", "SETFCAP",
        "SETGID", "SETPCAP", "SETUID", "SYS_ADMIN", "SYS_BOOT", "SYS_CHROOT", "SYS_MODULE", "SYS_NICE",
        "SYS_PACCT", "SYS_PTRACE", "SYS_RAWIO", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "SYSLOG",
        "WAKE_ALARM",
    ]

    /// Real capabilities that Docker knows but ECS does not document.
    static let undocumented: Set<String> = ["AUDIT_READ", "BPF", "PERFMON", "CHECKPOINT_RESTORE"]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isWindows else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            guard let linux = container.linuxParameters else { continue }
            for (list, elements) in [("add", linux.capabilitiesAdd), ("drop", linux.capabilitiesDrop)] {
                guard let elements else { continue }
                let pointer = container.pointer / "linuxParameters" / "capabilities" / list
                for (index, name) in elements.enumerated() where !Self.documented.contains(name) {
                    violations.append(.capability(name, in: list, of: container, at: pointer / index))
                }
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS413: a capability ECS does not document as written in `list` (add or drop): misspelt, undocumented or unknown.
    fileprivate static func capability(
        _ name: String, in list: String, of container: ContainerDefinition, at pointer: JSONPointer
    ) -> Violation {
        var canonical = name.uppercased()
        if canonical.hasPrefix("CAP_") { canonical.removeFirst(4) }
        if InvalidCapability.documented.contains(canonical) {
            return Violation(
                "capability \"\(name)\" in capabilities.\(list) of container \(container.displayName) should be written \"\(canonical)\"; ECS documents the bare upper-case name",
                fix: "write \"\(canonical)\"", at: pointer, severity: .warning, stage: .practice)
        }
        if InvalidCapability.undocumented.contains(canonical) {
            return Violation(
                "capability \"\(name)\" in capabilities.\(list) of container \(container.displayName) is not in the list ECS documents and may be rejected or need a newer kernel",
                fix: "check that the container instances support \(canonical), or remove it", at: pointer,
                severity: .warning, stage: .practice)
        }
        return Violation(
            "\"\(name)\" in capabilities.\(list) of container \(container.displayName) is not a Linux capability; the container fails to start",
            fix: "use a documented name such as NET_BIND_SERVICE, NET_RAW or SYS_PTRACE", at: pointer)
    }
}

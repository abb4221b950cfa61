/// A read-only root file system stops an attacker or a bug from changing the
/// container's binaries and configuration; it is a cheap hardening step.
struct WritableRootFilesystem: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS415", slug: "writable-root-filesystem", title: "Root file system is writable",
        severity: .info, stage: .practice,
        summary: "Containers should set readonlyRootFilesystem: true.",
        rationale: """
            By default a container can write anywhere in its image's file system. With \
            `readonlyRootFilesystem: true` it can only write to mounted volumes (and tmpfs), which \
            limits what malware or a misbehaving process can change; AWS security guidance and \
            Security Hub (ECS.5) recommend it. Give writable paths their own volumes. Windows \
            containers do not support the setting and are skipped.
            """,
        fix: "Set \"readonlyRootFilesystem\": true and mount volumes for the paths the process writes to.",
        references: ["https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html"],
        enabledByDefault: false,
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "readonlyRootFilesystem": ↓false}
                  ]
                }
                """,
                expect: ["container 'app' can write to its root file system"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "readonlyRootFilesystem": true}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isWindows else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard container.$readonlyRootFilesystem.isAbsent || container.readonlyRootFilesystem == false else {
                return nil
            }
            return .writableRootFilesystem(container)
        }
    }
}

extension Violation {
    /// ECS415: a root file system the container can write to.
    fileprivate static func writableRootFilesystem(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) can write to its root file system",
            fix: "set \"readonlyRootFilesystem\": true and mount volumes where the process writes",
            at: container.pointer / "readonlyRootFilesystem")
    }
}

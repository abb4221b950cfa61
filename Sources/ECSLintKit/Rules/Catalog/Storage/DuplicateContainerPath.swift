/// Two mounts at the same path in one container conflict; Docker refuses to
/// create the container.
struct DuplicateContainerPath: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS903", slug: "duplicate-container-path", title: "Two mounts at the same containerPath",
        severity: .error, stage: .launch,
        summary: "A container may not mount two volumes at the same containerPath.",
        rationale: """
            Each mount point of a container must have its own `containerPath`. Docker refuses a \
            container with two mounts at one path ("Duplicate mount point: /data"), so the task \
            registers but fails to start.
            """,
        fix: "Mount the second volume at a different containerPath, or remove one mount point.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "a"}, {"name": "b"}],
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [
                      {"sourceVolume": "a", "containerPath": "/data"},
                      {"sourceVolume": "b", "containerPath": ↓"/data/"}
                    ]}
                  ]
                }
                """,
                expect: [
                    "container 'app' mounts two volumes at /data/; the container fails to start (Docker: \"Duplicate mount point: /data\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "a"}, {"name": "b"}],
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [
                      {"sourceVolume": "a", "containerPath": "/data"},
                      {"sourceVolume": "b", "containerPath": "/cache"}
                    ]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.mountPoints.repeats(by: { mountKey($0, in: context) }).map { mount, key, first in
                Violation.duplicateMountPoint(mount, key: key, of: container, first: first.pointer)
            }
        }
    }

    /// The container path as Docker compares it: trailing separators
    /// dropped, case folded on Windows; nil when it is absent or empty.
    private func mountKey(_ mount: MountPoint, in context: RuleContext) -> String? {
        guard var key = mount.containerPath, !key.isEmpty else { return nil }
        while key.count > 1, key.hasSuffix("/") || key.hasSuffix("\\") { key.removeLast() }
        return context.isWindows ? key.lowercased() : key
    }
}

extension Violation {
    /// ECS903: a mount point at a container path (`key`, as Docker compares it) another one already uses.
    fileprivate static func duplicateMountPoint(
        _ mount: MountPoint, key: String, of container: ContainerDefinition, first: JSONPointer
    ) -> Violation {
        Violation(
            "container \(container.displayName) mounts two volumes at \(mount.containerPath ?? key); the container fails to start (Docker: \"Duplicate mount point: \(key)\")",
            fix: "give this mount point another containerPath, or remove it",
            at: mount.pointer / "containerPath",
            notes: [FindingNote("first mounted here", at: first / "containerPath")])
    }
}

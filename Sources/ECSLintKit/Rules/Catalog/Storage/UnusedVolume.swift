/// A volume no container mounts does nothing, and is often the leftover of a
/// renamed mount point.
struct UnusedVolume: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS922", slug: "unused-volume", title: "Volume not mounted",
        severity: .info, stage: .practice,
        summary: "Every volume should be used by some container's mountPoints.",
        rationale: """
            A volume that no `mountPoints` entry references is never mounted. It is harmless, but \
            often the other half of a typo: the mount point names a different volume. Remove it, \
            or mount it where it was meant to be.
            """,
        fix: "Mount the volume in a container, or remove it.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": ↓"cache"}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: ["volume 'cache' is not mounted by any container"]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "cache"}],
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "mountPoints": [{"sourceVolume": "cache", "containerPath": "/var/cache/nginx"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let mounted = Set(task.containers.flatMap { $0.mountPoints.compactMap(\.sourceVolume) })
        return task.volumes.compactMap { volume -> Violation? in
            guard let name = volume.name, !name.isEmpty, !mounted.contains(name) else { return nil }
            return .unusedVolume(name, at: volume.pointer)
        }
    }
}

extension Violation {
    /// ECS922: a volume no container mounts.
    fileprivate static func unusedVolume(_ name: String, at volume: JSONPointer) -> Violation {
        Violation(
            "volume '\(name)' is not mounted by any container",
            fix:
                "add {\"sourceVolume\": \"\(name)\", \"containerPath\": …} to a container's mountPoints, or remove the volume",
            at: volume / "name")
    }
}

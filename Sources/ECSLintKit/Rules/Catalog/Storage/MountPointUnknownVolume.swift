/// A mount point names a task volume by `sourceVolume`; a name that matches no
/// volume is rejected at registration.
struct MountPointUnknownVolume: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS901", slug: "mount-point-unknown-volume", title: "Mount point of an unknown volume",
        severity: .error, stage: .register,
        needs: [.taskLevel],
        summary: "Every mountPoints sourceVolume must be the name of a volume in the task's volumes.",
        rationale: """
            `mountPoints[].sourceVolume` refers to an entry of the task-level `volumes` by name \
            (case-sensitive). When no volume has that name, RegisterTaskDefinition fails. This \
            often happens when a script copies containerDefinitions to a new revision without the \
            volumes.
            """,
        fix: "Declare the volume in volumes, or correct the sourceVolume name.",
        awsErrors: ["Unknown volume '<name>'."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "static", "host": {"sourcePath": "/srv/static"}}],
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "mountPoints": [{"sourceVolume": ↓"statics", "containerPath": "/usr/share/nginx/html"}]}
                  ]
                }
                """,
                expect: [
                    "container 'app' mounts volume 'statics', which the task does not declare (AWS: \"Unknown volume 'statics'.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "static", "host": {"sourcePath": "/srv/static"}}],
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "mountPoints": [{"sourceVolume": "static", "containerPath": "/usr/share/nginx/html"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let names = task.volumes.compactMap(\.name)
        var violations: [Violation] = []
        for container in task.containers {
            for mount in container.mountPoints {
                guard let source = mount.sourceVolume, !source.isEmpty, !names.contains(source) else { continue }
                violations.append(.unknownVolume(source, declared: names, of: container, at: mount.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS901: a mount point of a volume the task does not declare (`declared`: the names it does).
    fileprivate static func unknownVolume(
        _ source: String, declared names: [String], of container: ContainerDefinition, at mount: JSONPointer
    ) -> Violation {
        let close = KeySuggestion.value(for: source, among: names)
        let fix: String
        if let close {
            fix = "did you mean \"\(close)\"? Volume names are case-sensitive"
        } else if names.isEmpty {
            fix = "add {\"name\": \"\(source)\", …} to the task's volumes"
        } else {
            fix = "use one of the declared volumes (\(names.joined(separator: ", "))) or declare \"\(source)\""
        }
        return Violation(
            "container \(container.displayName) mounts volume '\(source)', which the task does not declare",
            aws: .actual("Unknown volume '\(source)'."),
            fix: fix, at: mount / "sourceVolume")
    }
}

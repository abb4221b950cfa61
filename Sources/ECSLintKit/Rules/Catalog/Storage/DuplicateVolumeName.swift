/// Mount points find volumes by name, so two volumes with one name are
/// ambiguous.
struct DuplicateVolumeName: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS906", slug: "duplicate-volume-name", title: "Duplicate volume name",
        severity: .error, stage: .register,
        summary: "Volume names must be unique within a task definition.",
        rationale: """
            Containers reference volumes by name in `mountPoints`; two volumes with the same name \
            make the reference ambiguous. ECS is believed to reject this at registration (the \
            message is unverified); if it did not, one of the two configurations would be silently \
            ignored, which is a bug either way.
            """,
        fix: "Rename one of the volumes (and its mount points), or remove the duplicate.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data"}, {"name": ↓"data", "host": {"sourcePath": "/srv/data"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: ["volume name 'data' is used by more than one volume"]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "scratch"}, {"name": "data", "host": {"sourcePath": "/srv/data"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.volumes.repeats(by: \.name).map { volume, name, earlier in
            Violation.duplicateVolumeName(name, at: volume.pointer, first: earlier.pointer)
        }
    }
}

extension Violation {
    /// ECS906: a volume name an earlier volume has.
    fileprivate static func duplicateVolumeName(_ name: String, at volume: JSONPointer, first: JSONPointer)
        -> Violation
    {
        Violation(
            "volume name '\(name)' is used by more than one volume",
            fix: "give this volume another name and update the mount points that should use it",
            at: volume / "name",
            notes: [FindingNote("first declared here", at: first / "name")])
    }
}

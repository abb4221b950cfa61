/// An empty sourcePath is not "let Docker choose"; ECS rejects it. Omitting
/// sourcePath (or host) is how to ask for a Docker-managed directory.
struct BlankHostSourcePath: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS908", slug: "blank-host-source-path", title: "Blank host.sourcePath",
        severity: .error, stage: .register,
        summary: "host.sourcePath must not be an empty string.",
        rationale: """
            A bind mount volume takes its host directory from `host.sourcePath`. To let Docker \
            choose the directory, omit `sourcePath` (or the whole `host` object); an empty string \
            is rejected at registration. On Fargate sourcePath is not supported at all; that is \
            reported by the Fargate rules.
            """,
        fix: "Remove sourcePath (or host) for a Docker-managed directory, or give an absolute host path.",
        awsErrors: ["host.sourcePath should not be blank."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HostVolumeProperties.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "scratch", "host": {"sourcePath": ↓""}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: ["host.sourcePath of volume 'scratch' is blank (AWS: \"host.sourcePath should not be blank.\")"]
            ),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "scratch", "host": {}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate else { return [] }
        return task.volumes.compactMap { volume -> Violation? in
            guard let path = volume.hostSourcePath, path.allSatisfy(\.isWhitespace) else { return nil }
            return .blankHostSourcePath(volume)
        }
    }
}

extension Violation {
    /// ECS908: a blank host.sourcePath.
    fileprivate static func blankHostSourcePath(_ volume: Volume) -> Violation {
        Violation(
            "host.sourcePath of volume \(volume.name.map { "'\($0)'" } ?? "") is blank", aws: .documented,
            fix: "remove sourcePath to let Docker manage the directory, or set an absolute host path",
            at: volume.pointer / "host" / "sourcePath")
    }
}

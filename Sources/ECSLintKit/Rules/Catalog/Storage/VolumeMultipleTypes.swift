/// A volume is one kind of storage; ECS rejects a volume that configures two.
struct VolumeMultipleTypes: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS904", slug: "volume-multiple-types", title: "Volume with more than one type",
        severity: .error, stage: .register,
        summary:
            "A volume may set only one of host, dockerVolumeConfiguration, efsVolumeConfiguration, s3filesVolumeConfiguration, fsxWindowsFileServerVolumeConfiguration and configuredAtLaunch.",
        rationale: """
            The API reference says a volume may only specify a name and one of its type \
            configurations; ECS would not know which storage to mount, and rejects it (the exact \
            message is unverified).
            """,
        fix: "Keep one volume configuration, or split the volume into two named volumes.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "host": {"sourcePath": "/srv/data"},
                               ↓"efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: ["volume 'data' sets both host and efsVolumeConfiguration; a volume has exactly one type"]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.volumes.flatMap { volume -> [Violation] in
            let keys = volume.configurationKeys
            guard let first = keys.first, keys.count > 1 else { return [] }
            let name = volume.name.map { "'\($0)'" } ?? "#\(volume.pointer.lastToken ?? "?")"
            return keys.dropFirst().map { key in
                Violation.secondVolumeType(key, besides: first, volume: name, at: volume.pointer)
            }
        }
    }
}

extension Violation {
    /// ECS904: a second type (`key`) in one volume (`volume`: its quoted name or index).
    fileprivate static func secondVolumeType(
        _ key: String, besides first: String, volume name: String, at volume: JSONPointer
    )
        -> Violation
    {
        Violation(
            "volume \(name) sets both \(first) and \(key); a volume has exactly one type",
            fix: "remove \(key), or move it to a separate volume with its own name",
            at: volume / key, target: .key,
            notes: [FindingNote("the first type", at: volume / first, target: .key)])
    }
}

/// Volume names are identifiers: 1–255 letters, digits, hyphens and
/// underscores; some volume types cannot do without one.
struct InvalidVolumeName: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS907", slug: "invalid-volume-name", title: "Invalid or missing volume name",
        severity: .error, stage: .register,
        summary:
            "Volume names must be 1–255 letters, digits, - or _, and EFS, FSx, S3 Files and configuredAtLaunch volumes need one.",
        rationale: """
            The API documents volume names as up to 255 letters, numbers, hyphens and underscores; \
            other characters are rejected (message unverified). EFS, FSx for Windows File Server, \
            S3 Files and configuredAtLaunch volumes must have a name; without one \
            RegisterTaskDefinition fails with "volume.name should not be null or empty.".
            """,
        fix: "Name the volume with letters, digits, - and _ only.",
        awsErrors: ["volume.name should not be null or empty."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": ↓"static files"}, ↓{↑"efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "volume name 'static files' may only contain letters, digits, - and _",
                    "a volume with efsVolumeConfiguration has no name (AWS: \"volume.name should not be null or empty.\")",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "static-files"}, {"name": "shared", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.volumes.compactMap { volume -> Violation? in
            guard let name = volume.name, !name.isEmpty else {
                guard !volume.$name.isNull else { return nil }
                let needsName =
                    volume.efs != nil || volume.fsxWindows != nil || volume.hasS3Files
                    || volume.configuredAtLaunch == true
                guard needsName else { return nil }
                return .unnamedVolume(with: volume.configurationKeys.first ?? "this", at: volume.pointer)
            }
            if name.utf8.count > 255 { return .volumeNameTooLong(name, at: volume.pointer) }
            let valid = name.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x2D || byte == 0x5F
            }
            guard !valid else { return nil }
            return .invalidVolumeName(name, at: volume.pointer)
        }
    }
}

extension Violation {
    /// ECS907: a volume of a type that needs a name (`kind`), without one.
    fileprivate static func unnamedVolume(with kind: String, at volume: JSONPointer) -> Violation {
        Violation(
            "a volume with \(kind) has no name", aws: .documented,
            fix: "add a \"name\" and reference it from the containers' mountPoints",
            at: volume / "name")
    }

    /// ECS907: a volume name over 255 characters.
    fileprivate static func volumeNameTooLong(_ name: String, at volume: JSONPointer) -> Violation {
        Violation(
            "volume name '\(name.prefix(40))…' is \(name.utf8.count) characters long; at most 255 are allowed",
            fix: "shorten the volume name", at: volume / "name")
    }

    /// ECS907: a volume name with characters other than letters, digits, - and _.
    fileprivate static func invalidVolumeName(_ name: String, at volume: JSONPointer) -> Violation {
        let suggestion = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) || $0 == "_" ? $0 : "-" })
        return Violation(
            "volume name '\(name)' may only contain letters, digits, - and _",
            fix: "rename it, for example to \"\(suggestion)\", and update the mount points",
            at: volume / "name")
    }
}

/// Device paths are looked up on the host and created in the container by
/// absolute path; a relative path makes the container fail to start.
struct DevicePathNotAbsolute: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS419", slug: "device-path-not-absolute", title: "Device path not absolute",
        severity: .error, stage: .launch,
        summary: "linuxParameters.devices hostPath and containerPath must be absolute paths such as /dev/fuse.",
        rationale: """
            Docker resolves a device's `hostPath` on the container instance and creates it at \
            `containerPath` inside the container; both are absolute paths under `/dev`. A relative \
            path is not found and the container fails to start. (The `permissions` values are \
            checked by the schema; devices on Fargate are reported by the Fargate rules.)
            """,
        fix: "Write the device path in full, for example /dev/fuse.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Device.html"],
        examples: [
            .bad(
                """
                {
                  "family": "fuse",
                  "containerDefinitions": [
                    {"name": "app", "image": "my/app:1.0", "memory": 512,
                     "linuxParameters": {"devices": [{"hostPath": ↓"fuse", "permissions": ["read", "write"]}]}}
                  ]
                }
                """,
                expect: ["device hostPath \"fuse\" of container 'app' must be an absolute path"]),
            .good(
                """
                {
                  "family": "fuse",
                  "containerDefinitions": [
                    {"name": "app", "image": "my/app:1.0", "memory": 512,
                     "linuxParameters": {"devices": [{"hostPath": "/dev/fuse", "permissions": ["read", "write"]}]}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            for device in container.linuxParameters?.devices ?? [] {
                for (key, value) in [("hostPath", device.hostPath), ("containerPath", device.containerPath)] {
                    guard let value, !value.hasPrefix("/") else { continue }
                    violations.append(.relativeDevicePath(key, value, of: container, device: device.pointer))
                }
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS419: a device hostPath or containerPath (`key`) that is not absolute.
    fileprivate static func relativeDevicePath(
        _ key: String, _ value: String, of container: ContainerDefinition, device: JSONPointer
    ) -> Violation {
        let suggestion = value.hasPrefix("dev/") ? "/\(value)" : "/dev/\(value)"
        return Violation(
            "device \(key) \"\(value)\" of container \(container.displayName) must be an absolute path",
            fix: "write the full path, for example \"\(suggestion)\"", at: device / key)
    }
}

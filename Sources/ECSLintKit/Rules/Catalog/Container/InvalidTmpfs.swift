/// A tmpfs mount needs an absolute path, a positive size and mount options
/// the kernel knows, or the container cannot be created.
struct InvalidTmpfs: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS418", slug: "invalid-tmpfs", title: "Invalid tmpfs mount",
        severity: .error, stage: .launch,
        summary:
            "linuxParameters.tmpfs entries need an absolute containerPath, a size above 0 MiB and known mountOptions.",
        rationale: """
            Each tmpfs mount is created by Docker when the container starts: a relative path, a \
            size of 0 or less, or a mount option outside the list ECS documents (`defaults`, `ro`, \
            `rw`, `nosuid`, `noexec`, `mode`, `uid`, …) makes the container fail to be created, or \
            the task definition be rejected (which of the two is unverified). Options may carry a \
            value (`mode=1777`). tmpfs on Fargate is reported by the Fargate rules.
            """,
        fix: "Use an absolute containerPath, a size in MiB above 0, and documented mount options.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tmpfs.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "linuxParameters": {"tmpfs": [
                       {"containerPath": ↓"tmp", "size": ↓0, "mountOptions": ["rw", ↓"nosetuid"]}
                     ]}}
                  ]
                }
                """,
                expect: [
                    "tmpfs containerPath \"tmp\" of container 'app' must be an absolute path",
                    "tmpfs size 0 of container 'app' must be above 0 MiB",
                    "tmpfs mount option \"nosetuid\" of container 'app' is not one ECS supports",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "linuxParameters": {"tmpfs": [
                       {"containerPath": "/tmp", "size": 64, "mountOptions": ["rw", "nosuid", "mode=1777"]}
                     ]}}
                  ]
                }
                """),
        ]
    )

    static let mountOptions: Set<String> = [
        "defaults", "ro", "rw", "suid", "nosuid", "dev", "nodev", "exec", "noexec", "sync", "async", "dirsync",
        "remount", "mand", "nomand", "atime", "noatime", "diratime", "nodiratime", "bind", "rbind", "unbindable",
        "runbindable", "private", "rprivate", "shared", "rshared", "slave", "rslave", "relatime", "norelatime",
        "strictatime", "nostrictatime", "mode", "uid", "gid", "nr_inodes", "nr_blocks", "mpol",
    ]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            for mount in container.linuxParameters?.tmpfs ?? [] {
                if let path = mount.containerPath, !path.hasPrefix("/") {
                    violations.append(.relativeTmpfsPath(path, of: container, mount: mount.pointer))
                }
                if let size = mount.size, size <= 0 {
                    violations.append(.nonPositiveTmpfsSize(size, of: container, mount: mount.pointer))
                }
                guard let elements = mount.mountOptions else { continue }
                for (index, option) in elements.enumerated() {
                    let name = option.split(separator: "=", maxSplits: 1).first.map(String.init) ?? option
                    guard !Self.mountOptions.contains(name) else { continue }
                    violations.append(
                        .tmpfsMountOption(option, of: container, at: mount.pointer / "mountOptions" / index))
                }
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS418: a tmpfs containerPath that is not absolute.
    fileprivate static func relativeTmpfsPath(_ path: String, of container: ContainerDefinition, mount: JSONPointer)
        -> Violation
    {
        Violation(
            "tmpfs containerPath \"\(path)\" of container \(container.displayName) must be an absolute path",
            fix: "write it as \"/\(path)\"", at: mount / "containerPath")
    }

    /// ECS418: a tmpfs size of zero or less.
    fileprivate static func nonPositiveTmpfsSize(_ size: Int, of container: ContainerDefinition, mount: JSONPointer)
        -> Violation
    {
        Violation(
            "tmpfs size \(size) of container \(container.displayName) must be above 0 MiB",
            fix: "set size to the tmpfs size in MiB, for example 64", at: mount / "size")
    }

    /// ECS418: a tmpfs mount option ECS does not support.
    fileprivate static func tmpfsMountOption(
        _ option: String, of container: ContainerDefinition, at pointer: JSONPointer
    )
        -> Violation
    {
        Violation(
            "tmpfs mount option \"\(option)\" of container \(container.displayName) is not one ECS supports",
            fix: "use documented options such as rw, ro, nosuid, nodev, noexec, mode=1777",
            at: pointer)
    }
}

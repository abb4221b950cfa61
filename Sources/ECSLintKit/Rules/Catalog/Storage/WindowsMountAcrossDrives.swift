/// Windows containers can bind-mount a host directory only onto the same drive
/// letter inside the container.
struct WindowsMountAcrossDrives: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS920", slug: "windows-mount-across-drives", title: "Windows bind mount across drives",
        severity: .error, stage: .launch,
        needs: [.taskLevel],
        summary: "On Windows, a host volume's sourcePath and the mount's containerPath must be on the same drive.",
        rationale: """
            The ECS API reference states that Windows containers can mount whole directories on \
            the same drive as `$env:ProgramData` and cannot mount directories across drives. A \
            host path on `D:` mounted at `C:\\data` therefore fails when the container is created. \
            Windows is known only from `runtimePlatform.operatingSystemFamily`.
            """,
        fix: "Use the same drive letter for the host path and the container path (normally C:).",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html"],
        examples: [
            .bad(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "volumes": [{"name": "logs", "host": {"sourcePath": "D:\\\\logs"}}],
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 1024,
                     "mountPoints": [{"sourceVolume": "logs", "containerPath": ↓"C:\\\\inetpub\\\\logs"}]}
                  ]
                }
                """,
                expect: [
                    "container 'web' mounts D:\\logs (drive D:) at C:\\inetpub\\logs (drive C:); Windows cannot mount across drives"
                ]),
            .good(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "volumes": [{"name": "logs", "host": {"sourcePath": "C:\\\\logs"}}],
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 1024,
                     "mountPoints": [{"sourceVolume": "logs", "containerPath": "C:\\\\inetpub\\\\logs"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isWindows else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            for mount in container.mountPoints {
                guard let source = mount.sourceVolume, let volume = task.volume(named: source),
                    let hostPath = volume.hostSourcePath, let hostDrive = Self.drive(of: hostPath),
                    let containerPath = mount.containerPath, let containerDrive = Self.drive(of: containerPath),
                    hostDrive != containerDrive
                else { continue }
                violations.append(
                    .mountAcrossDrives(
                        (hostPath, hostDrive), (containerPath, containerDrive), of: container, mount: mount.pointer,
                        volume: volume.pointer))
            }
        }
        return violations
    }

    /// The upper-case drive letter of `X:…`, or nil.
    static func drive(of path: String) -> Character? {
        let characters = Array(path.prefix(2))
        guard characters.count == 2, characters[1] == ":", let letter = characters.first, letter.isASCII,
            letter.isLetter
        else { return nil }
        return Character(letter.uppercased())
    }
}

extension Violation {
    /// ECS920: a Windows mount from a host path on one drive to a container path on another.
    fileprivate static func mountAcrossDrives(
        _ host: (path: String, drive: Character), _ target: (path: String, drive: Character),
        of container: ContainerDefinition, mount: JSONPointer, volume: JSONPointer
    ) -> Violation {
        Violation(
            "container \(container.displayName) mounts \(host.path) (drive \(host.drive):) at \(target.path) (drive \(target.drive):); Windows cannot mount across drives",
            fix:
                "use the same drive for both paths, for example \(host.drive):\(target.path.dropFirst(2))",
            at: mount / "containerPath",
            notes: [FindingNote("the host path", at: volume / "host" / "sourcePath")])
    }
}

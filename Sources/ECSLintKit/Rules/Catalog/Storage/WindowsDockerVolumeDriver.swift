/// Windows container instances only have Docker's local volume driver.
struct WindowsDockerVolumeDriver: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS910", slug: "windows-docker-volume-driver", title: "Docker volume driver on Windows",
        severity: .error, stage: .launch,
        summary: "On Windows, dockerVolumeConfiguration.driver must be local.",
        rationale: """
            The ECS API reference states that Windows containers only support the `local` Docker \
            volume driver. A plugin driver cannot be used and the task fails when the volume is \
            created. Windows is known only from `runtimePlatform.operatingSystemFamily`.
            """,
        fix:
            "Use \"driver\": \"local\" (or omit driver) on Windows; use FSx for Windows File Server for shared storage.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html"],
        examples: [
            .bad(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "volumes": [{"name": "data", "dockerVolumeConfiguration": {"scope": "shared", "driver": ↓"rexray/ebs"}}],
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 1024}
                  ]
                }
                """,
                expect: ["Docker volume 'data' uses driver rexray/ebs, but Windows supports only the local driver"]),
            .good(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "volumes": [{"name": "data", "dockerVolumeConfiguration": {"scope": "shared", "driver": "local"}}],
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 1024}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isWindows else { return [] }
        return task.volumes.compactMap { volume -> Violation? in
            guard let docker = volume.docker, let driver = docker.driver, driver != "local" else { return nil }
            return .windowsVolumeDriver(driver, of: volume, docker: docker.pointer)
        }
    }
}

extension Violation {
    /// ECS910: a Docker volume driver other than local in a Windows task.
    fileprivate static func windowsVolumeDriver(_ driver: String, of volume: Volume, docker: JSONPointer) -> Violation {
        Violation(
            "Docker volume \(volume.name.map { "'\($0)'" } ?? "") uses driver \(driver), but Windows supports only the local driver",
            fix: "use \"driver\": \"local\", or FSx for Windows File Server for shared storage",
            at: docker / "driver")
    }
}

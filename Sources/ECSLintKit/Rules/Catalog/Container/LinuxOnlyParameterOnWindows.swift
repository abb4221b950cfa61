/// Several container and task parameters drive Linux kernel features that
/// Windows containers do not have; on Windows they are rejected or ignored.
struct LinuxOnlyParameterOnWindows: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS411", slug: "linux-only-parameter-on-windows", title: "Linux-only parameter on Windows",
        severity: .warning, stage: .practice,
        needs: [.taskLevel],
        summary:
            "linuxParameters, ulimits, systemControls, readonlyRootFilesystem, pidMode and ipcMode are not supported for Windows.",
        rationale: """
            The ECS API reference marks these parameters as not supported for Windows containers. \
            Whether RegisterTaskDefinition rejects them or the agent silently ignores them is \
            unverified, so this is a warning: at best the setting has no effect. Windows is known \
            only from `runtimePlatform.operatingSystemFamily`. (`user` is supported on Windows, for \
            example `ContainerUser`.) On Windows Fargate, linuxParameters \
            and ulimits are reported by the Fargate rules.
            """,
        fix: "Remove the parameter from the Windows task definition.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows_task_definitions.html"],
        examples: [
            .bad(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
                     "memory": 1024, ↓"linuxParameters": {"initProcessEnabled": true}}
                  ]
                }
                """,
                expect: [
                    "linuxParameters is not supported for Windows containers (container 'web'); it has no effect or is rejected"
                ]),
            .good(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
                     "memory": 1024}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isWindows else { return [] }
        var violations: [Violation] = []
        func report(_ key: String, _ pointer: JSONPointer, _ owner: String) {
            violations.append(.linuxOnlyParameter(key, of: owner, at: pointer))
        }
        for (key, isSet) in [("pidMode", task.$pidMode.isSet), ("ipcMode", task.$ipcMode.isSet)] where isSet {
            report(key, task.pointer / key, "task \(key)")
        }
        for container in task.containers {
            let owner = "container \(container.displayName)"
            if !context.isFargate {
                if container.$linuxParameters.isSet {
                    report("linuxParameters", container.pointer / "linuxParameters", owner)
                }
                if !container.ulimits.isEmpty { report("ulimits", container.pointer / "ulimits", owner) }
            }
            if !container.systemControls.isEmpty {
                report("systemControls", container.pointer / "systemControls", owner)
            }
            if container.readonlyRootFilesystem == true {
                report("readonlyRootFilesystem", container.pointer / "readonlyRootFilesystem", owner)
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS411: a Linux-only parameter (`key`) in a Windows task (`owner`: the task or a container).
    fileprivate static func linuxOnlyParameter(_ key: String, of owner: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "\(key) is not supported for Windows containers (\(owner)); it has no effect or is rejected",
            fix: "remove \(key)", at: pointer, target: .key)
    }
}

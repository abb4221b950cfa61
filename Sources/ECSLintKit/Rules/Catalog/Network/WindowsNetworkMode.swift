/// Windows container instances support only the default (NAT) network and
/// awsvpc; a Windows task in bridge, host or none mode fails to start.
struct WindowsNetworkMode: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS324", slug: "windows-network-mode", title: "Unsupported network mode for Windows on EC2",
        severity: .error, stage: .launch,
        needs: [.networkMode],
        summary: "Windows tasks on EC2 must omit networkMode (the default NAT network) or use awsvpc.",
        rationale: """
            Docker on Windows has its own NAT network; the ECS documentation lists awsvpc and the \
            default mode (networkMode omitted) as the only modes for Windows containers on EC2, \
            and marks bridge and host as unsupported. Such a task registers but its containers \
            fail to start. Whether the API rejects it earlier is unverified. ("default" itself is \
            not a value of the API's networkMode enum; leave the key out.)
            """,
        fix: "Remove networkMode (Windows default NAT network) or set it to awsvpc.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html"],
        examples: [
            .bad(
                """
                {
                  "family": "iis",
                  "networkMode": ↓"bridge",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 2048}
                  ]
                }
                """,
                expect: [
                    "networkMode bridge is not supported for Windows containers on EC2; omit networkMode (the default NAT network) or use awsvpc"
                ]),
            .good(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 2048}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isWindows, !context.launchTypes.isDisjoint(with: [.ec2, .external]),
            let mode = task.declaredNetworkMode, mode != .awsvpc
        else { return [] }
        return [.windowsNetworkMode(mode, of: task)]
    }
}

extension Violation {
    /// ECS324: a network mode Windows containers on EC2 do not support.
    fileprivate static func windowsNetworkMode(_ mode: NetworkMode, of task: TaskDefinition) -> Violation {
        Violation(
            "networkMode \(mode.rawValue) is not supported for Windows containers on EC2; omit networkMode (the default NAT network) or use awsvpc",
            fix: "remove networkMode, or set it to awsvpc",
            at: task.pointer / "networkMode")
    }
}

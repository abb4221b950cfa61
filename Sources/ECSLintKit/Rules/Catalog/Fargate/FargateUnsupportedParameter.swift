/// Fargate runs each task in its own micro-VM without access to a host, so
/// parameters that reach into the host (IPC namespace, host paths, devices,
/// privileged mode, Docker volume drivers, DNS overrides …) are rejected.
struct FargateUnsupportedParameter: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS210", slug: "fargate-unsupported-parameter", title: "Parameter not supported on Fargate",
        severity: .error, stage: .register,
        summary: "Tasks that run on Fargate must not use parameters Fargate does not support.",
        rationale: """
            The Fargate documentation lists task definition parameters Fargate does not support: \
            `ipcMode`, `inferenceAccelerators`, `volumes[].host.sourcePath`, \
            `volumes[].dockerVolumeConfiguration`, and in containers `disableNetworking`, \
            `dnsServers`, `dnsSearchDomains`, `dockerSecurityOptions`, `extraHosts`, `links`, \
            `privileged`, GPU `resourceRequirements`, and in `linuxParameters` `devices`, `tmpfs`, \
            `sharedMemorySize`, `maxSwap`, `swappiness` and any added capability other than \
            `SYS_PTRACE`. RegisterTaskDefinition validates against every listed compatibility. Only \
            the ipcMode and sourcePath messages are confirmed; the others are reported here with the \
            same cause. `pidMode` (only `task`) and `systemControls` are supported since platform \
            version 1.4.0. Boolean flags are reported only when true and lists only when not empty; \
            `links` are left to the awsvpc rule when networkMode is awsvpc.
            """,
        fix: "Remove the parameter, or run the task on EC2 instead of Fargate.",
        awsErrors: [
            "Tasks using the Fargate launch type do not support ipcMode.",
            "Fargate compatible task definitions do not support sourcePath",
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "ipcMode": ↓"task",
                  "volumes": [{"name": "data", "host": {"sourcePath": ↓"/var/data"}}],
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "privileged": ↓true,
                     "linuxParameters": {"capabilities": {"add": ["SYS_PTRACE", ↓"NET_ADMIN"]}}}
                  ]
                }
                """,
                expect: [
                    "ipcMode 'task' is not supported on Fargate (AWS: \"Tasks using the Fargate launch type do not support ipcMode.\")",
                    "volume 'data' host.sourcePath '/var/data' is not supported on Fargate (AWS: \"Fargate compatible task definitions do not support sourcePath\")",
                    "privileged mode in container 'app' is not supported on Fargate",
                    "adding capability 'NET_ADMIN' in container 'app' (Fargate allows only SYS_PTRACE) is not supported on Fargate",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "pidMode": "task",
                  "volumes": [{"name": "scratch", "host": {}}],
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "privileged": false,
                     "linuxParameters": {"initProcessEnabled": true, "capabilities": {"add": ["SYS_PTRACE"]}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate else { return [] }
        var violations: [Violation] = []
        func report(
            _ what: String, _ pointer: JSONPointer, target: FindingTarget = .value, quote: AWSErrorQuote? = nil
        ) {
            violations.append(.unsupportedOnFargate(what, quoting: quote, at: pointer, target: target))
        }
        if let ipcMode = task.ipcMode {
            report(
                "ipcMode '\(ipcMode)'", task.pointer / "ipcMode",
                quote: .documented(0))
        }
        if !task.inferenceAccelerators.isEmpty {
            report("inferenceAccelerators (Elastic Inference)", task.pointer / "inferenceAccelerators", target: .key)
        }
        for volume in task.volumes {
            if let sourcePath = volume.hostSourcePath {
                report(
                    (volume.name.map { "volume '\($0)' " } ?? "") + "host.sourcePath '\(sourcePath)'",
                    volume.pointer / "host" / "sourcePath",
                    quote: .documented(1))
            }
            if let docker = volume.docker {
                report("dockerVolumeConfiguration", docker.pointer, target: .key)
            }
        }
        for container in task.containers {
            checkContainer(container, in: context, report: report)
        }
        return violations
    }

    private func checkContainer(
        _ container: ContainerDefinition, in context: RuleContext,
        report: (String, JSONPointer, FindingTarget, AWSErrorQuote?) -> Void
    ) {
        let name = container.displayName
        let at = container.pointer
        if container.disableNetworking == true {
            report("disableNetworking in container \(name)", at / "disableNetworking", .value, nil)
        }
        if container.privileged == true {
            report("privileged mode in container \(name)", at / "privileged", .value, nil)
        }
        let lists: [(String, Int)] = [
            ("dnsServers", container.dnsServers?.count ?? 0),
            ("dnsSearchDomains", container.dnsSearchDomains?.count ?? 0),
            ("dockerSecurityOptions", container.dockerSecurityOptions?.count ?? 0),
            ("extraHosts", container.extraHosts.count),
            ("links", context.networkMode == .awsvpc ? 0 : container.links?.count ?? 0),
        ]
        for (key, count) in lists where count > 0 {
            report("\(key) in container \(name)", at / key, .key, nil)
        }
        for requirement in container.resourceRequirements where requirement.type == "GPU" {
            report("a GPU resourceRequirement in container \(name)", requirement.pointer, .value, nil)
        }
        guard let linux = container.linuxParameters else { return }
        if !linux.devices.isEmpty {
            report("linuxParameters.devices in container \(name)", linux.pointer / "devices", .key, nil)
        }
        if !linux.tmpfs.isEmpty {
            report("linuxParameters.tmpfs in container \(name)", linux.pointer / "tmpfs", .key, nil)
        }
        for (key, isSet) in [
            ("sharedMemorySize", linux.$sharedMemorySize.isSet), ("maxSwap", linux.$maxSwap.isSet),
            ("swappiness", linux.$swappiness.isSet),
        ] where isSet {
            report("linuxParameters.\(key) in container \(name)", linux.pointer / key, .key, nil)
        }
        for (index, capability) in (linux.capabilitiesAdd ?? []).enumerated() where capability != "SYS_PTRACE" {
            report(
                "adding capability '\(capability)' in container \(name) (Fargate allows only SYS_PTRACE)",
                linux.pointer / "capabilities" / "add" / index, .value, nil)
        }
    }
}

extension Violation {
    /// ECS210: a parameter Fargate does not support (`what` names it and where).
    fileprivate static func unsupportedOnFargate(
        _ what: String, quoting quote: AWSErrorQuote?, at pointer: JSONPointer, target: FindingTarget
    ) -> Violation {
        Violation(
            "\(what) is not supported on Fargate", aws: quote, fix: "remove it, or run the task on EC2",
            at: pointer, target: target)
    }
}

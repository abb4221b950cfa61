/// Windows containers on Fargate lack several features Linux Fargate tasks
/// and Windows EC2 tasks have; tasks that use them register but cannot run.
struct FargateWindowsUnsupportedFeature: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS232", slug: "fargate-windows-unsupported-feature",
        title: "Feature not supported for Windows on Fargate",
        severity: .error, stage: .launch,
        needs: [.taskLevel],
        summary: "Windows tasks on Fargate must not use features Windows Fargate does not support.",
        rationale: """
            The Fargate documentation's "Windows containers on AWS Fargate considerations" lists \
            features that are not available: `ulimits`, `linuxParameters`, EFS and FSx for Windows \
            File Server volumes, App Mesh `proxyConfiguration` and FireLens (reported by \
            firelens-on-windows, ECS816). Such tasks fail to start \
            (`PlatformTaskDefinitionIncompatibilityException`, aws/containers-roadmap#1626); the \
            exact messages are unverified. Three items are warnings because sources conflict: \
            `ephemeralStorage` and `environmentFiles` (listed as unsupported in 2023, documented for \
            Windows platform version 1.0.0 in the current API model) and `credentialSpecs` (gMSA, \
            whose Fargate support has grown since). ARM64 is ECS230's.
            """,
        fix: "Remove the feature, or run the Windows task on EC2 instances.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html"],
        examples: [
            .bad(
                """
                {
                  "family": "win",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "1024",
                  "memory": "2048",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
                  "volumes": [{"name": "share", ↓"efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}],
                  "containerDefinitions": [
                    {"name": "app", "image": "mcr.microsoft.com/windows/servercore:ltsc2022",
                     ↓"ulimits": [{"name": "nofile", "softLimit": 1024, "hardLimit": 4096}]}
                  ]
                }
                """,
                expect: [
                    "an EFS volume is not supported for Windows containers on Fargate",
                    "ulimits in container 'app' is not supported for Windows containers on Fargate",
                ]),
            .good(
                """
                {
                  "family": "win",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "1024",
                  "memory": "2048",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
                  "containerDefinitions": [{"name": "app", "image": "mcr.microsoft.com/windows/servercore:ltsc2022"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate, context.isWindows else { return [] }
        var violations: [Violation] = []
        func report(_ what: String, _ pointer: JSONPointer, warning: Bool = false) {
            violations.append(.unsupportedOnWindowsFargate(what, at: pointer, warning: warning))
        }
        if let proxy = task.proxyConfiguration { report("App Mesh proxyConfiguration", proxy.pointer) }
        if task.ephemeralStorage != nil {
            report("ephemeralStorage", task.pointer / "ephemeralStorage", warning: true)
        }
        for volume in task.volumes {
            if let efs = volume.efs { report("an EFS volume", efs.pointer) }
            if let fsx = volume.fsxWindows { report("an FSx for Windows File Server volume", fsx.pointer) }
        }
        for container in task.containers {
            let name = container.displayName
            if !container.ulimits.isEmpty { report("ulimits in container \(name)", container.pointer / "ulimits") }
            if let linux = container.linuxParameters { report("linuxParameters in container \(name)", linux.pointer) }
            if let specs = container.credentialSpecs, !specs.isEmpty {
                report(
                    "gMSA credentialSpecs in container \(name)", container.pointer / "credentialSpecs", warning: true)
            }
            if !container.environmentFiles.isEmpty {
                report("environmentFiles in container \(name)", container.pointer / "environmentFiles", warning: true)
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS232: a feature Windows containers on Fargate lack (`warning` where the sources conflict).
    fileprivate static func unsupportedOnWindowsFargate(_ what: String, at pointer: JSONPointer, warning: Bool)
        -> Violation
    {
        Violation(
            warning
                ? "\(what) may not be supported for Windows containers on Fargate (sources conflict)"
                : "\(what) is not supported for Windows containers on Fargate",
            fix: "remove it, or run the Windows task on EC2", at: pointer, target: .key,
            severity: warning ? .warning : nil, stage: warning ? .practice : nil)
    }
}

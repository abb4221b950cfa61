/// Fargate offers Windows Server 2019 and 2022 (Full and Core); the older
/// and semi-annual families are for EC2 instances only.
struct FargateWindowsOSFamily: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS231", slug: "fargate-windows-os-family", title: "Windows version not offered on Fargate",
        severity: .error, stage: .register,
        summary: "On Fargate, operatingSystemFamily must be a Windows Server version Fargate offers.",
        rationale: """
            The Fargate documentation lists WINDOWS_SERVER_2019_FULL, WINDOWS_SERVER_2019_CORE, \
            WINDOWS_SERVER_2022_FULL and WINDOWS_SERVER_2022_CORE for Windows tasks on Fargate. \
            WINDOWS_SERVER_2016_FULL, WINDOWS_SERVER_2004_CORE and WINDOWS_SERVER_20H2_CORE exist in \
            the API for EC2 instances only, so a FARGATE task using them is an error (the exact \
            message is unverified). Windows Server 2025 is in the API model, but its availability on \
            Fargate is unverified: ecslint reports it as information only.
            """,
        fix: "Use WINDOWS_SERVER_2022_CORE or WINDOWS_SERVER_2022_FULL (or 2019), with a matching base image.",
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
                  "runtimePlatform": {"operatingSystemFamily": ↓"WINDOWS_SERVER_2016_FULL", "cpuArchitecture": "X86_64"},
                  "containerDefinitions": [{"name": "app", "image": "mcr.microsoft.com/windows/servercore:ltsc2016"}]
                }
                """,
                expect: [
                    "WINDOWS_SERVER_2016_FULL is not offered on Fargate, which runs Windows Server 2019 and 2022 (Full or Core)"
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

    /// The Windows families the Fargate documentation lists.
    static let offered: Set<String> = [
        "WINDOWS_SERVER_2019_FULL", "WINDOWS_SERVER_2019_CORE", "WINDOWS_SERVER_2022_FULL", "WINDOWS_SERVER_2022_CORE",
    ]
    /// Windows families whose availability on Fargate is unverified.
    static let unverified: Set<String> = ["WINDOWS_SERVER_2025_FULL", "WINDOWS_SERVER_2025_CORE"]
    /// Windows families of the API that are for EC2 only.
    static let instanceOnly: Set<String> = [
        "WINDOWS_SERVER_2016_FULL", "WINDOWS_SERVER_2004_CORE", "WINDOWS_SERVER_20H2_CORE",
    ]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate, let platform = task.runtimePlatform, let family = platform.operatingSystemFamily else {
            return []
        }
        let pointer = platform.pointer / "operatingSystemFamily"
        if Self.instanceOnly.contains(family) {
            return [.osFamilyNotOnFargate(family, at: pointer)]
        }
        if Self.unverified.contains(family) {
            return [.osFamilyNewerThanTable(family, at: pointer)]
        }
        return []
    }
}

extension Violation {
    /// ECS231: a Windows family Fargate does not offer.
    fileprivate static func osFamilyNotOnFargate(_ family: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "\(family) is not offered on Fargate, which runs Windows Server 2019 and 2022 (Full or Core)",
            fix: "use WINDOWS_SERVER_2022_CORE (or _FULL, or 2019) with a matching base image, or run on EC2",
            at: pointer)
    }

    /// ECS231: a Windows family newer than ecslint's Fargate table (an info).
    fileprivate static func osFamilyNewerThanTable(_ family: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "\(family) on Fargate is newer than the Fargate documentation ecslint's table comes from; check that your Region offers it",
            fix: "confirm Windows Server 2025 Fargate support in your Region, or use WINDOWS_SERVER_2022_CORE",
            at: pointer, severity: .info, stage: .practice)
    }
}

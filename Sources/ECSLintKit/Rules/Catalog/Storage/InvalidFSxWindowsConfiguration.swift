/// An FSx for Windows File Server volume is mounted with a file system ID, an
/// AD domain and credentials from Secrets Manager or SSM; malformed values fail
/// the mount.
struct InvalidFSxWindowsConfiguration: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS919", slug: "invalid-fsx-windows-configuration", title: "Invalid FSx for Windows File Server volume",
        severity: .error, stage: .launch,
        summary:
            "FSx volumes need an fs-… file system ID, a Secrets Manager or SSM ARN as credentialsParameter and a fully qualified domain.",
        rationale: """
            When the task starts, the agent reads the domain user's credentials from \
            `credentialsParameter` (the ARN of a Secrets Manager secret or SSM parameter) and maps \
            the share of file system `fileSystemId` (`fs-` and at least 8 hex digits) in \
            `domain`, a fully qualified domain name. A malformed ID or parameter fails the mount; \
            a domain without a dot is likely a NetBIOS name and reported as a warning.
            """,
        fix: "Use the fs-… ID, the full ARN of the credentials secret or parameter, and the domain's FQDN.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FSxWindowsFileServerVolumeConfiguration.html"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "volumes": [{"name": "share", "fsxWindowsFileServerVolumeConfiguration": {
                    "fileSystemId": "fs-0123456789abcdef0", "rootDirectory": "share",
                    "authorizationConfig": {"credentialsParameter": ↓"fsx-credentials", "domain": "corp.example.com"}}}],
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 1024}
                  ]
                }
                """,
                expect: [
                    "credentialsParameter \"fsx-credentials\" of FSx volume 'share' must be the ARN of a Secrets Manager secret or SSM parameter"
                ]),
            .good(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "volumes": [{"name": "share", "fsxWindowsFileServerVolumeConfiguration": {
                    "fileSystemId": "fs-0123456789abcdef0", "rootDirectory": "share",
                    "authorizationConfig": {"credentialsParameter": "arn:aws:ssm:us-east-1:123456789012:parameter/fsx-credentials",
                      "domain": "corp.example.com"}}}],
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 1024}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for volume in task.volumes {
            guard let fsx = volume.fsxWindows else { continue }
            let name = volume.name.map { "'\($0)'" } ?? ""
            if let id = fsx.fileSystemId, !Self.isFileSystemId(id) {
                violations.append(.invalidFSxFileSystemId(id, volume: name, fsx: fsx.pointer))
            }
            let auth = fsx.pointer / "authorizationConfig"
            if let parameter = fsx.credentialsParameter, !Self.isCredentialsARN(parameter) {
                violations.append(.invalidFSxCredentials(parameter, volume: name, authorization: auth))
            }
            if let domain = fsx.domain, !domain.isEmpty, !domain.contains(".") {
                violations.append(.unqualifiedFSxDomain(domain, volume: name, authorization: auth))
            }
        }
        return violations
    }

    static func isFileSystemId(_ id: String) -> Bool {
        guard id.hasPrefix("fs-"), (11...21).contains(id.utf8.count) else { return false }
        return id.utf8.dropFirst(3).allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    static func isCredentialsARN(_ text: String) -> Bool {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"), !parts[3].isEmpty, !parts[4].isEmpty
        else { return false }
        switch parts[2] {
        case "secretsmanager": return parts[5].hasPrefix("secret:") && parts[5].count > 7
        case "ssm": return parts[5].hasPrefix("parameter/") && parts[5].count > 10
        default: return false
        }
    }
}

extension Violation {
    /// ECS919: an FSx fileSystemId that is no FSx file system ID (`volume`: the quoted name).
    fileprivate static func invalidFSxFileSystemId(_ id: String, volume name: String, fsx: JSONPointer) -> Violation {
        Violation(
            "FSx fileSystemId \"\(id)\" of volume \(name) is not an FSx file system ID (fs- and at least 8 hex digits)",
            fix: "use the ID shown by aws fsx describe-file-systems, for example fs-0123456789abcdef0",
            at: fsx / "fileSystemId")
    }

    /// ECS919: an FSx credentialsParameter that is no secret or parameter ARN.
    fileprivate static func invalidFSxCredentials(_ parameter: String, volume name: String, authorization: JSONPointer)
        -> Violation
    {
        Violation(
            "credentialsParameter \"\(parameter)\" of FSx volume \(name) must be the ARN of a Secrets Manager secret or SSM parameter",
            fix:
                "use arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME or arn:aws:ssm:REGION:ACCOUNT:parameter/NAME",
            at: authorization / "credentialsParameter")
    }

    /// ECS919: an FSx domain without a dot.
    fileprivate static func unqualifiedFSxDomain(_ domain: String, volume name: String, authorization: JSONPointer)
        -> Violation
    {
        Violation(
            "domain \"\(domain)\" of FSx volume \(name) does not look like a fully qualified domain name",
            fix: "use the Active Directory domain's FQDN, for example corp.example.com",
            at: authorization / "domain", severity: .warning, stage: .practice)
    }
}

/// Where a task runs: the values of `requiresCompatibilities` and `--launch-type`.
public enum LaunchType: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Amazon EC2 container instances.
    case ec2 = "EC2"
    /// AWS Fargate.
    case fargate = "FARGATE"
    /// ECS Anywhere (external instances).
    case external = "EXTERNAL"
    /// ECS Managed Instances.
    case managedInstances = "MANAGED_INSTANCES"

    /// Reads `EC2`, `fargate`, `Fargate` … case-insensitively.
    public init?(caseInsensitive text: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
            return nil
        }
        self = match
    }

    public static func < (lhs: LaunchType, rhs: LaunchType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// The Docker networking mode of a task.
public enum NetworkMode: String, Sendable, Hashable, CaseIterable {
    /// Docker's bridge network (the Linux EC2 default).
    case bridge
    /// The host's network namespace.
    case host
    /// Each task gets its own elastic network interface (required on Fargate).
    case awsvpc
    /// No external networking.
    case none
}

/// The operating system family of `runtimePlatform`.
public enum OperatingSystem: Sendable, Hashable {
    /// Linux (the default).
    case linux
    /// A Windows Server family; the payload is the API value.
    case windows(String)

    /// Reads an API value such as `LINUX` or `WINDOWS_SERVER_2022_CORE`.
    public init?(apiValue: String) {
        if apiValue == "LINUX" {
            self = .linux
        } else if apiValue.hasPrefix("WINDOWS_SERVER_") {
            self = .windows(apiValue)
        } else {
            return nil
        }
    }

    /// Whether this is a Windows family.
    public var isWindows: Bool {
        if case .windows = self { return true }
        return false
    }
}

/// The CPU architecture of `runtimePlatform`.
public enum CPUArchitecture: String, Sendable, Hashable {
    /// 64-bit x86 (the default).
    case x86_64 = "X86_64"
    /// 64-bit ARM (Graviton).
    case arm64 = "ARM64"
}

/// Task definitions and requests shared by the examples of the service rules.
enum ServiceExamples {
    /// A Fargate task definition (awsvpc, container `app` on port 8080 named `http`).
    static let fargateTask = """
        {"family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
         "cpu": "256", "memory": "512", "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
         "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
         "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "essential": true,
           "portMappings": [{"containerPort": 8080, "protocol": "tcp", "name": "http", "appProtocol": "http"}]}]}
        """

    /// An EC2 task definition in bridge mode (container `app` on port 80, dynamic host port).
    static let bridgeTask = """
        {"family": "web", "networkMode": "bridge", "requiresCompatibilities": ["EC2"],
         "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256, "essential": true,
           "portMappings": [{"containerPort": 80, "hostPort": 0, "protocol": "tcp"}]}]}
        """
}

extension ServiceRequest {
    /// Where the request's tasks run, as far as the request and the task
    /// definition tell: `.fargate` when the request says Fargate, another
    /// launch type when it says so, nil when the cluster's default decides.
    func launchType(with task: TaskDefinition?) -> LaunchType? {
        if let type = declaredLaunchType { return type }
        if runsOnFargate { return .fargate }
        if runsOutsideFargate { return .ec2 }
        return nil
    }

    /// The pointer to the member that says where the tasks run:
    /// `launchType`, else `capacityProviderStrategy`.
    var launchPointer: JSONPointer {
        $launchType.isSet ? pointer / "launchType" : pointer / "capacityProviderStrategy"
    }

    /// How the request names where its tasks run, for messages.
    var launchText: String {
        if let launchType { return "launchType \(launchType)" }
        let providers = capacityProviderStrategy.compactMap(\.capacityProvider)
        return "capacity providers " + providers.joined(separator: ", ")
    }
}

extension TaskDefinition {
    /// Whether every container's name is known: written as a string without
    /// a template placeholder. Rules that look a name up stay silent otherwise.
    var containerNamesAreKnown: Bool {
        $containers.presence == .value
            && containers.allSatisfy { container in
                container.name.map { !Placeholder.contains($0) } ?? false
            }
    }

    /// Whether every port mapping's name is known (absent, or a string
    /// without a placeholder).
    var portMappingNamesAreKnown: Bool {
        containerNamesAreKnown
            && containers.allSatisfy { container in
                container.portMappings.allSatisfy { mapping in
                    mapping.$name.isAbsent || (mapping.name.map { !Placeholder.contains($0) } ?? false)
                }
            }
    }

    /// The network mode the task definition runs with: `networkMode`, else
    /// the default of its context.
    func effectiveNetworkMode(_ context: ServiceContext) -> NetworkMode? {
        declaredNetworkMode ?? context.task?.networkMode
    }

    /// A note at the task definition's `networkMode` (or its root when absent).
    var networkModeNote: FindingNote {
        FindingNote.inTaskDefinition(
            "networkMode is \(networkModeValue ?? "not set (bridge on EC2)") here",
            at: $networkModeValue.isSet ? pointer / "networkMode" : pointer)
    }
}

/// The grammar of VPC resource IDs (`subnet-…`, `sg-…`): the prefix, then
/// 8 or 17 lower-case hexadecimal digits.
enum VPCResourceID {
    /// Whether `text` is `prefix-` and 8 or 17 hexadecimal digits.
    static func isValid(_ text: String, prefix: String) -> Bool {
        guard text.hasPrefix(prefix + "-") else { return false }
        let digits = text.dropFirst(prefix.count + 1)
        return (digits.count == 8 || digits.count == 17)
            && digits.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }

    /// Whether `text` is a documentation placeholder such as the
    /// walkthrough's `subnet-xxxxxxxx` or `sg-XXXXXXXX`, `subnet-12345678`
    /// aside (that one has the right grammar).
    static func isPlaceholder(_ text: String, prefix: String) -> Bool {
        guard text.hasPrefix(prefix + "-") else { return false }
        let rest = text.dropFirst(prefix.count + 1).lowercased()
        return !rest.isEmpty && rest.allSatisfy { $0 == "x" || $0 == "." || $0 == "…" }
    }
}

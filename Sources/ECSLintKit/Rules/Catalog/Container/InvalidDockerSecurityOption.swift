/// Docker only knows a handful of security options; an unknown one makes it
/// refuse to create the container.
struct InvalidDockerSecurityOption: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS427", slug: "invalid-docker-security-option", title: "Unknown Docker security option",
        severity: .error, stage: .launch,
        summary:
            "dockerSecurityOptions entries must be no-new-privileges, apparmor:PROFILE, label:VALUE, seccomp:PROFILE or credentialspec:PATH.",
        rationale: """
            ECS passes each entry to Docker's `--security-opt`. Docker accepts `no-new-privileges` \
            (optionally `:true`/`:false`), `apparmor:`, `label:`, `seccomp:`, `systempaths:` and, \
            for gMSA, `credentialspec:`, written with `:` or `=`. Anything else is refused with \
            "invalid --security-opt" and the container fails to start; a key without its value \
            (`apparmor:`) likewise. Fargate rejects the parameter; that is reported by the Fargate \
            rules. Using SELinux labels or AppArmor on EC2 also needs ECS_SELINUX_CAPABLE or \
            ECS_APPARMOR_CAPABLE on the instances.
            """,
        fix: "Use one of no-new-privileges, apparmor:PROFILE, label:VALUE, seccomp:PROFILE, credentialspec:PATH.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "dockerSecurityOptions": [↓"no_new_privileges", ↓"apparmor:"]}
                  ]
                }
                """,
                expect: [
                    "security option \"no_new_privileges\" of container 'app' is not a Docker security option; the container fails to start (Docker: \"invalid --security-opt\")",
                    "security option \"apparmor:\" of container 'app' has no value after \"apparmor\"; the container fails to start (Docker: \"invalid --security-opt\")",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "dockerSecurityOptions": ["no-new-privileges", "apparmor:docker-default"]}
                  ]
                }
                """),
        ]
    )

    /// Keys that need a value after the separator.
    static let valued: Set<String> = ["apparmor", "label", "seccomp", "credentialspec", "systempaths"]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            guard let elements = container.dockerSecurityOptions else { continue }
            for (index, option) in elements.enumerated() {
                guard let problem = Self.problem(in: option) else { continue }
                violations.append(
                    .securityOption(
                        option, problem: problem, of: container, at: container.pointer / "dockerSecurityOptions" / index
                    ))
            }
        }
        return violations
    }

    /// What is wrong with one option, or nil.
    static func problem(in option: String) -> String? {
        let separator = option.firstIndex(where: { $0 == "=" || $0 == ":" })
        let key = separator.map { String(option[..<$0]) } ?? option
        let value = separator.map { String(option[option.index(after: $0)...]) }
        if key == "no-new-privileges" {
            guard let value else { return nil }
            return value == "true" || value == "false" ? nil : "sets no-new-privileges to \"\(value)\" (true or false)"
        }
        if key == "writable-cgroups" { return nil }
        guard Self.valued.contains(key) else { return "is not a Docker security option" }
        guard let value, !value.isEmpty else { return "has no value after \"\(key)\"" }
        return nil
    }
}

extension Violation {
    /// ECS427: a Docker security option Docker rejects (`problem` says why).
    fileprivate static func securityOption(
        _ option: String, problem: String, of container: ContainerDefinition, at pointer: JSONPointer
    ) -> Violation {
        Violation(
            "security option \"\(option)\" of container \(container.displayName) \(problem); the container fails to start (Docker: \"invalid --security-opt\")",
            fix: option.lowercased().replacing("_", with: "-").hasPrefix("no-new-privileges")
                ? "write \"no-new-privileges\""
                : "use no-new-privileges, apparmor:PROFILE, label:VALUE or seccomp:PROFILE",
            at: pointer)
    }
}

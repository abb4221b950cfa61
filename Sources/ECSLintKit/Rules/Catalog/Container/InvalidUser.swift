/// Docker reads `user` as `name-or-uid[:group-or-gid]`; anything else makes
/// the container fail to start.
struct InvalidUser: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS426", slug: "invalid-user", title: "Malformed user",
        severity: .error, stage: .launch,
        summary: "user must be user, user:group, uid, uid:gid, user:gid or uid:group.",
        rationale: """
            Docker resolves `user` when it starts the container: one name or non-negative numeric \
            ID, optionally followed by `:` and a group name or ID. Empty parts, extra colons, \
            spaces or negative IDs cannot be resolved and the container fails to start. (Whether \
            the named user exists in the image cannot be checked offline.) Windows user names are \
            not checked.
            """,
        fix: "Write the user as name, uid, name:group or uid:gid, for example 1000:1000.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "user": ↓"1000:"}
                  ]
                }
                """,
                expect: [
                    "user \"1000:\" of container 'app' has an empty group; Docker accepts user, user:group, uid or uid:gid"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "user": "1000:1000"}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isWindows else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let user = container.user, !user.isEmpty, let problem = Self.problem(in: user) else { return nil }
            return .invalidUser(user, problem: problem, of: container)
        }
    }

    /// What is wrong with a non-empty user string, or nil.
    static func problem(in user: String) -> String? {
        let parts = user.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count > 2 { return "has more than one ':'" }
        for (index, part) in parts.enumerated() {
            let what = index == 0 ? "user" : "group"
            if part.isEmpty { return "has an empty \(what)" }
            if part.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 32 } == true }) {
                return "contains whitespace"
            }
            if part.hasPrefix("-") { return "has a negative or dash-prefixed \(what)" }
        }
        return nil
    }
}

extension Violation {
    /// ECS426: a user Docker does not accept (`problem` says why).
    fileprivate static func invalidUser(_ user: String, problem: String, of container: ContainerDefinition)
        -> Violation
    {
        Violation(
            "user \"\(user)\" of container \(container.displayName) \(problem); Docker accepts user, user:group, uid or uid:gid",
            fix: "write the user as name, uid, name:group or uid:gid (for example \"1000:1000\")",
            at: container.pointer / "user")
    }
}

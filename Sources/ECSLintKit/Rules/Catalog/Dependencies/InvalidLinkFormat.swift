/// A link is written `name` or `name:alias`, both using the characters of
/// container names; anything else cannot be turned into a Docker link.
struct InvalidLinkFormat: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS508", slug: "invalid-link-format", title: "Malformed links entry",
        severity: .error, stage: .register,
        summary: "Each links entry must be name or name:alias, each part 1–255 letters, digits, '_' or '-'.",
        rationale: """
            The API reference describes links as `name:internalName`, where up to 255 letters, \
            numbers, underscores and hyphens are allowed. Entries such as "app:db:5432", \
            "db alias" or ":db" cannot become Docker links. The exact rejection message is not \
            documented.
            """,
        fix: "Write the entry as \"container\" or \"container:alias\".",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "memory": 256, "links": [↓"postgres:db:5432"]},
                    {"name": "postgres", "image": "postgres:16", "memory": 512}
                  ]
                }
                """,
                expect: [
                    "link \"postgres:db:5432\" is malformed: it has 2 colons; only one, between name and alias, is allowed; write name or name:alias"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "memory": 256, "links": ["postgres:db"]},
                    {"name": "postgres", "image": "postgres:16", "memory": 512}
                  ]
                }
                """),
        ]
    )

    /// Why a link entry is malformed, or nil when it is well formed.
    static func problem(with text: String) -> String? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count > 2 { return "it has \(parts.count - 1) colons; only one, between name and alias, is allowed" }
        for (index, part) in parts.enumerated() {
            let what = index == 0 ? "container name" : "alias"
            if part.isEmpty { return "the \(what) is empty" }
            if part.count > 255 { return "the \(what) is longer than 255 characters" }
            if let bad = part.unicodeScalars.first(where: { !isAllowed($0) }) {
                return "the \(what) contains \(bad == " " ? "a space" : "'\(bad)'")"
            }
        }
        return nil
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
        default: false
        }
    }

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.linkEntries.compactMap { entry -> Violation? in
                guard let problem = Self.problem(with: entry.text) else { return nil }
                return .malformedLink(entry.text, problem: problem, at: entry.pointer)
            }
        }
    }
}

extension Violation {
    /// ECS508: a link that is not `name` or `name:alias` (`problem` says why).
    fileprivate static func malformedLink(_ text: String, problem: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "link \"\(text)\" is malformed: \(problem); write name or name:alias",
            fix: "write the link as \"container\" or \"container:alias\"",
            at: pointer)
    }
}

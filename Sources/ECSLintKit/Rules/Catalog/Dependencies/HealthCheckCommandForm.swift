/// `CMD-SHELL` takes the shell command as one string and `CMD` takes the
/// program and its arguments as separate strings; mixing the two forms gives a
/// check that fails for the wrong reason.
struct HealthCheckCommandForm: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS512", slug: "health-check-command-form", title: "healthCheck command split the wrong way",
        severity: .warning, stage: .practice,
        summary: "CMD-SHELL expects one command string; CMD expects separate arguments and no shell syntax.",
        rationale: """
            Docker runs `["CMD-SHELL", "curl", "-f", "http://x"]` as `sh -c curl -f http://x`: \
            the shell runs `curl` alone and the rest become its positional parameters, so the \
            check fails although the URL is fine. Conversely `["CMD", "curl -f http://x || exit \
            1"]` runs a program literally named "curl -f http://x || exit 1", and shell operators \
            such as "||" are passed as plain arguments under CMD. Either way the container ends \
            up UNHEALTHY.
            """,
        fix: "Use [\"CMD-SHELL\", \"one shell command string\"] or [\"CMD\", \"program\", \"arg1\", \"arg2\"].",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html",
            "https://docs.docker.com/reference/dockerfile/#healthcheck",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "healthCheck": {"command": ["CMD-SHELL", "curl", ↓"-f", "http://localhost/"]}},
                    {"name": "api", "image": "example/api:1.0",
                     "healthCheck": {"command": ["CMD", ↓"curl -f http://localhost:8080/health || exit 1"]}}
                  ]
                }
                """,
                expect: [
                    "CMD-SHELL takes the shell command as one string, but it is split into 3 elements; the shell runs only \"curl\"",
                    "CMD runs a program literally named \"curl -f http://localhost:8080/health || exit 1\"; a command line in one string needs CMD-SHELL",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]}},
                    {"name": "api", "image": "example/api:1.0",
                     "healthCheck": {"command": ["CMD", "curl", "-f", "http://localhost:8080/health"]}}
                  ]
                }
                """),
        ]
    )

    private static let shellOperators: Set<String> = ["||", "&&", "|", ";", ">", ">>", "<", "2>&1"]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let command = container.healthCheckCommand, let kind = command.first?.text else { return nil }
            let arguments = command.dropFirst()
            let texts = arguments.compactMap(\.text)
            switch kind {
            case "CMD-SHELL":
                guard arguments.count > 1, let second = arguments.dropFirst().first else { return nil }
                return .shellCommandSplit(texts, count: arguments.count, at: second.pointer)
            case "CMD":
                if arguments.count == 1, let only = arguments.first, let text = only.text, text.containsWhitespace {
                    return .commandLineInCMD(text, at: only.pointer)
                }
                if let shellish = arguments.first(where: { $0.text.map(Self.shellOperators.contains) ?? false }) {
                    return .shellOperatorInCMD(shellish.text ?? "", texts, at: shellish.pointer)
                }
                return nil
            default:
                return nil
            }
        }
    }
}

extension Violation {
    /// ECS512: a CMD-SHELL command split into `count` elements (`texts`).
    fileprivate static func shellCommandSplit(_ texts: [String], count: Int, at second: JSONPointer) -> Violation {
        Violation(
            "CMD-SHELL takes the shell command as one string, but it is split into \(count) elements; the shell runs only \"\(texts.first ?? "")\"",
            fix: "join them: [\"CMD-SHELL\", \"\(texts.joined(separator: " "))\"]",
            at: second)
    }

    /// ECS512: a whole command line as the one argument of CMD.
    fileprivate static func commandLineInCMD(_ text: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "CMD runs a program literally named \"\(text)\"; a command line in one string needs CMD-SHELL",
            fix:
                "write [\"CMD-SHELL\", \"\(text)\"], or split the program and its arguments into separate elements",
            at: pointer)
    }

    /// ECS512: a shell operator (`shellish`) among CMD's arguments (`texts`).
    fileprivate static func shellOperatorInCMD(_ shellish: String, _ texts: [String], at pointer: JSONPointer)
        -> Violation
    {
        Violation(
            "\"\(shellish)\" is passed as a plain argument: CMD does not use a shell",
            fix: "write [\"CMD-SHELL\", \"\(texts.joined(separator: " "))\"]",
            at: pointer)
    }
}

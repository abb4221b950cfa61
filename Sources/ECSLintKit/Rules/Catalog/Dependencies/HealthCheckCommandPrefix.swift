/// Docker runs a health check only when its command starts with `CMD` or
/// `CMD-SHELL`; any other first element is not a recognised check type.
struct HealthCheckCommandPrefix: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS511", slug: "health-check-command-prefix",
        title: "healthCheck command does not start with CMD or CMD-SHELL",
        severity: .warning, stage: .practice,
        summary: "healthCheck.command must start with \"CMD\" (exec form) or \"CMD-SHELL\" (shell form).",
        rationale: """
            The current API reference says the command array "must start with CMD to run the \
            command arguments directly, or CMD-SHELL to run the command with the container's \
            default shell"; the 2023 developer guide said CMD is assumed when neither is given, \
            and the agent does run such a command in exec form: AWS's own ADOT collector example \
            (`["/healthcheck"]`) and Windows examples rely on it. A missing prefix is therefore an \
            info, not a warning. When the first element is a whole command line \
            ("curl -f http://localhost/ || exit 1", or "CMD-SHELL, curl …" with the comma \
            inside the string) the check can never pass under any reading, so that finding is an \
            error: the container turns UNHEALTHY (or never reports health) and services replace \
            the task again and again.
            """,
        fix:
            "Start the command with \"CMD-SHELL\" followed by the shell command as one string, or \"CMD\" followed by the program and its arguments.",
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
                     "healthCheck": {"command": [↓"CMD-SHELL, curl -f http://localhost/ || exit 1"]}},
                    {"name": "worker", "image": "example/worker:1.0", "essential": false,
                     "healthCheck": {"command": [↓"pgrep", "worker"]}}
                  ]
                }
                """,
                expect: [
                    "healthCheck.command starts with the whole command line \"CMD-SHELL, curl -f http://localhost/ || exit 1\" as one element, which is not CMD or CMD-SHELL; the check can never succeed",
                    "healthCheck.command starts with \"pgrep\" instead of \"CMD\" or \"CMD-SHELL\"; the agent runs it in exec form, but the API reference asks for the prefix",
                ]),
            .bad(
                """
                {
                  "family": "otel",
                  "containerDefinitions": [
                    {"name": "aws-otel-collector", "image": "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0",
                     "healthCheck": {"command": [↓"/healthcheck"], "interval": 5, "timeout": 6, "retries": 5}}
                  ]
                }
                """, caption: "AWS's ADOT example: runs in exec form, reported as info only.",
                expect: [
                    "healthCheck.command starts with \"/healthcheck\" instead of \"CMD\" or \"CMD-SHELL\"; the agent runs it in exec form, but the API reference asks for the prefix"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]}},
                    {"name": "worker", "image": "example/worker:1.0", "essential": false,
                     "healthCheck": {"command": ["CMD", "pgrep", "worker"]}}
                  ]
                }
                """),
        ]
    )

    /// The command line of a whole-line first element, without a leading
    /// `CMD-SHELL` or `CMD` and the separator after it.
    static func commandLine(afterType text: String) -> String {
        for type in ["CMD-SHELL", "CMD"] where text.hasPrefix(type) {
            let rest = text.dropFirst(type.count)
            if let next = rest.first, next == "," || next == " " {
                return String(rest.drop { $0 == "," || $0 == " " })
            }
        }
        return text
    }

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let check = container.healthCheck, let command = container.healthCheckCommand else { return nil }
            guard let first = command.first else { return .emptyHealthCheckCommand(container, at: check.pointer) }
            // A non-string element is the schema check's finding.
            guard let text = first.text, !["CMD", "CMD-SHELL", "NONE"].contains(text) else { return nil }
            let upper = text.uppercased()
            if upper == "CMD" || upper == "CMD-SHELL" {
                return .checkType(text, shouldBe: upper, at: first.pointer)
            }
            if text.containsWhitespace || text.contains(",") {
                return .commandLineAsCheckType(text, rest: Self.commandLine(afterType: text), at: first.pointer)
            }
            return .missingCheckType(text, at: first.pointer)
        }
    }
}

extension Violation {
    /// ECS511: an empty `healthCheck.command`.
    fileprivate static func emptyHealthCheckCommand(_ container: ContainerDefinition, at check: JSONPointer)
        -> Violation
    {
        Violation(
            "healthCheck.command of container \(container.displayName) is empty",
            fix:
                "write the check, for example [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"], or remove healthCheck",
            at: check / "command")
    }

    /// ECS511: CMD or CMD-SHELL in the wrong case.
    fileprivate static func checkType(_ text: String, shouldBe upper: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "healthCheck.command starts with \"\(text)\"; the check type is case-sensitive and must be \"\(upper)\"",
            fix: "write \"\(upper)\"",
            at: pointer)
    }

    /// ECS511: the whole command line as the first element (`rest`: the line after any check type).
    fileprivate static func commandLineAsCheckType(_ text: String, rest: String, at pointer: JSONPointer)
        -> Violation
    {
        Violation(
            "healthCheck.command starts with the whole command line \"\(text)\" as one element, which is not CMD or CMD-SHELL; the check can never succeed",
            fix: "write [\"CMD-SHELL\", \"\(rest)\"]",
            at: pointer, severity: .error, stage: .launch)
    }

    /// ECS511: a command without its CMD or CMD-SHELL prefix.
    fileprivate static func missingCheckType(_ text: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "healthCheck.command starts with \"\(text)\" instead of \"CMD\" or \"CMD-SHELL\"; the agent runs it in exec form, but the API reference asks for the prefix",
            fix: "insert \"CMD\" as the first element (exec form), or use [\"CMD-SHELL\", \"<shell command>\"]",
            at: pointer, severity: .info)
    }
}

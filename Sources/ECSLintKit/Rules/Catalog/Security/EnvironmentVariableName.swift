/// Variable names outside `[A-Za-z_][A-Za-z0-9_]*` cannot be read from a
/// shell, and names with `=`, spaces or nothing at all are almost always
/// mistakes.
struct EnvironmentVariableName: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS612", slug: "environment-variable-name", title: "Environment variable name not POSIX-like",
        severity: .warning, stage: .practice,
        summary:
            "environment[].name and secrets[].name should be letters, digits and underscores, not starting with a digit.",
        rationale: """
            POSIX shells only handle variable names of letters, digits and `_` that do not start \
            with a digit, so an entrypoint script cannot read `spring.profiles.active` or `2FA`, \
            and some shells drop such variables. A name that is empty, contains `=` (which ends the \
            name in `NAME=value`), whitespace or non-ASCII characters is a mistake (warning); dots, \
            hyphens and a leading digit work for applications that read the environment directly \
            (Java, Node), so those are only info.
            """,
        fix: "Rename the variable with letters, digits and underscores, e.g. SPRING_PROFILES_ACTIVE.",
        references: ["https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/V1_chap08.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environment": [{"name": ↓"LOG LEVEL", "value": "debug"}, {"name": ↓"spring.profiles.active", "value": "prod"}]}
                  ]
                }
                """,
                expect: [
                    "environment variable name 'LOG LEVEL' of container 'app' contains a space; variable names are letters, digits and underscores",
                    "environment variable name 'spring.profiles.active' of container 'app' contains '.'; shells cannot read such a variable (fine if only the application reads it)",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environment": [{"name": "LOG_LEVEL", "value": "debug"}, {"name": "_internal2", "value": "x"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            let entries =
                container.environment.map { ($0.name, $0.pointer, "environment variable") }
                + container.secrets.map { ($0.name, $0.pointer, "secret") }
            for (name, pointer, kind) in entries {
                guard let name, let (problem, isMistake) = Self.problem(name) else { continue }
                violations.append(
                    .variableName(
                        name, kind: kind, problem: problem, isMistake: isMistake, suggestion: Self.suggestion(name),
                        of: container, at: pointer))
            }
        }
        return violations
    }

    /// What is wrong with a name, and whether it is a mistake (not just unportable).
    static func problem(_ name: String) -> (String, Bool)? {
        if name.isEmpty { return ("is empty", true) }
        if let bad = ASCIIClass.firstDisallowed(
            in: name, allowed: { ASCIIClass.isWord($0) || $0 == 0x2E || $0 == 0x2D })
        {
            let what = bad == "=" ? "'=' (which ends the name in NAME=value)" : ASCIIClass.describe(bad)
            return ("contains \(what); variable names are letters, digits and underscores", true)
        }
        if let bad = name.first(where: { $0 == "." || $0 == "-" }) {
            return (
                "contains '\(bad)'; shells cannot read such a variable (fine if only the application reads it)", false
            )
        }
        if let first = name.first, first.isASCIIDigit {
            return ("starts with a digit; shells cannot read such a variable", false)
        }
        return nil
    }

    /// An upper-case name with the offending characters replaced by `_`.
    private static func suggestion(_ name: String) -> String? {
        var result = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? Character($0.uppercased()) : "_" })
        if let first = result.first, first.isASCIIDigit { result = "_" + result }
        return result.isEmpty ? nil : result
    }
}

extension Violation {
    /// ECS612: an environment variable or secret (`kind`) name with a `problem`; only an info when not a mistake.
    fileprivate static func variableName(
        _ name: String, kind: String, problem: String, isMistake: Bool, suggestion: String?,
        of container: ContainerDefinition, at pointer: JSONPointer
    ) -> Violation {
        Violation(
            "\(kind) name '\(name)' of container \(container.displayName) \(problem)",
            fix: suggestion.map { "rename it to \($0)" }, at: pointer / "name",
            severity: isMistake ? nil : .info)
    }
}

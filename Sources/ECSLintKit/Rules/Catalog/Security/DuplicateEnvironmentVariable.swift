/// A variable defined twice in one container (twice in `environment`, twice
/// in `secrets`, or in both) leaves it to undocumented ordering which value
/// the process sees.
struct DuplicateEnvironmentVariable: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS611", slug: "duplicate-environment-variable", title: "Environment variable defined twice",
        severity: .warning, stage: .practice,
        summary: "Each environment variable name should appear once per container across environment and secrets.",
        rationale: """
            ECS passes `environment` and `secrets` to the container runtime as one list of \
            variables; with a name repeated, the value the process sees depends on ordering that \
            AWS does not document, and a secret shadowed by a plaintext variable (or the reverse) is \
            a classic source of "works locally, wrong value in production". Whether \
            RegisterTaskDefinition rejects duplicate secret names is unverified, so all cases are \
            warnings.
            """,
        fix: "Keep one definition of the variable: remove the duplicate, or rename one of them.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/taskdef-envfiles.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environment": [{"name": "MODE", "value": "a"}, {"name": ↓"MODE", "value": "b"},
                                     {"name": "DB_HOST", "value": "db"}],
                     "secrets": [{"name": ↓"DB_HOST", "valueFrom": "/prod/db/host"}]}
                  ]
                }
                """,
                expect: [
                    "variable 'MODE' of container 'app' is defined in environment and again earlier in environment; which value the process sees is not defined",
                    "variable 'DB_HOST' of container 'app' is defined in secrets and again in environment; which value the process sees is not defined",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environment": [{"name": "MODE", "value": "a"}],
                     "secrets": [{"name": "DB_HOST", "valueFrom": "/prod/db/host"}]},
                    {"name": "worker", "image": "nginx:1.27", "memory": 512,
                     "environment": [{"name": "MODE", "value": "b"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            let entries =
                container.environment.map { (name: $0.name, pointer: $0.pointer, kind: "environment") }
                + container.secrets.map { (name: $0.name, pointer: $0.pointer, kind: "secrets") }
            return entries.repeats(by: { $0.name.flatMap { $0.isEmpty ? nil : $0 } }).map { entry, name, first in
                Violation.duplicateVariable(
                    name, of: container, in: (entry.kind, entry.pointer), firstIn: (first.kind, first.pointer))
            }
        }
    }
}

extension Violation {
    /// ECS611: a variable defined twice in a container (`kind`: environment or secrets; `pointer`: the entry).
    fileprivate static func duplicateVariable(
        _ name: String, of container: ContainerDefinition, in entry: (kind: String, pointer: JSONPointer),
        firstIn first: (kind: String, pointer: JSONPointer)
    ) -> Violation {
        let place = first.kind == entry.kind ? "earlier in \(entry.kind)" : "in \(first.kind)"
        return Violation(
            "variable '\(name)' of container \(container.displayName) is defined in \(entry.kind) and again \(place); which value the process sees is not defined",
            fix: "remove one of the definitions of \(name)", at: entry.pointer / "name",
            notes: [FindingNote("'\(name)' first defined here", at: first.pointer / "name")])
    }
}

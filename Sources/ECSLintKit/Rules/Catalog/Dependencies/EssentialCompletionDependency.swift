/// COMPLETE and SUCCESS wait for a container to exit, but an essential
/// container that exits stops the whole task; ECS rejects the combination.
struct EssentialCompletionDependency: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS503", slug: "essential-completion-dependency",
        title: "COMPLETE or SUCCESS dependency on an essential container",
        severity: .error, stage: .register,
        summary: "A container that others wait on with COMPLETE or SUCCESS must be non-essential.",
        rationale: """
            COMPLETE and SUCCESS make the dependent container wait until the target exits. When \
            an essential container exits the task stops, so the dependent could never start. \
            ECS rejects such a definition; remember that `essential` defaults to true, so an \
            init container must say `"essential": false` explicitly.
            """,
        fix:
            "Set \"essential\": false on the container that is waited on (an init or migration container), or use START or HEALTHY.",
        awsErrors: ["A dependency container with SUCCESS or COMPLETE condition cannot be an essential container"],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html",
            "https://github.com/boto/boto3/issues/2436",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "example/app:1.0",
                     "dependsOn": [{"containerName": "migrate", "condition": ↓"SUCCESS"}]},
                    {"name": "migrate", "image": "example/app:1.0", "command": ["./migrate"]}
                  ]
                }
                """,
                expect: [
                    "dependsOn 'migrate' with condition SUCCESS waits for it to exit, but 'migrate' is essential by default (AWS: \"A dependency container with SUCCESS or COMPLETE condition cannot be an essential container\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "example/app:1.0",
                     "dependsOn": [{"containerName": "migrate", "condition": "SUCCESS"}]},
                    {"name": "migrate", "image": "example/app:1.0", "command": ["./migrate"], "essential": false}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.dependsOn.compactMap { dependency -> Violation? in
                guard let condition = dependency.condition, condition == "COMPLETE" || condition == "SUCCESS",
                    let name = dependency.containerName, let target = task.container(named: name), target.isEssential
                else { return nil }
                return .waitsForEssentialExit(name, target, condition: condition, at: dependency.pointer)
            }
        }
    }
}

extension Violation {
    /// ECS503: a COMPLETE or SUCCESS dependency on an essential container (`target`, named `name`).
    fileprivate static func waitsForEssentialExit(
        _ name: String, _ target: ContainerDefinition, condition: String, at dependency: JSONPointer
    ) -> Violation {
        let how = target.essentialValue == true ? "is marked essential" : "is essential by default"
        let notes =
            target.essentialValue == true
            ? [FindingNote("'\(name)' is marked essential here", at: target.pointer / "essential")] : []
        return Violation(
            "dependsOn '\(name)' with condition \(condition) waits for it to exit, but '\(name)' \(how)",
            aws: .documented,
            fix: "set \"essential\": false on '\(name)', or use condition START or HEALTHY",
            at: dependency / "condition",
            notes: notes)
    }
}

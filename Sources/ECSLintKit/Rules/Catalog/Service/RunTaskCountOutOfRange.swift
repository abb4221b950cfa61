/// run-task starts 1 to 10 tasks per call.
struct RunTaskCountOutOfRange: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS172", slug: "run-task-count-out-of-range", title: "run-task count outside 1–10",
        severity: .error, stage: .deploy,
        summary: "The count of a run-task request is below 1 or above 10.",
        rationale: """
            The API reference: "The number of instantiations of the specified task to place on your cluster. \
            You can specify up to 10 tasks for each call." botocore does not check it; ECS rejects the \
            request (the wording is not quoted [unverified]).
            """,
        fix: "Set count between 1 and 10; call run-task again for more tasks, or use a service.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html"],
        examples: [
            .bad(
                """
                {"taskDefinition": "batch:7", "count": ↓25}
                """,
                expect: ["count is 25; run-task starts 1 to 10 tasks per call"]),
            .good(
                """
                {"taskDefinition": "batch:7", "count": 10}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard service.kind == .runTask, let count = service.count, !(1...10).contains(count) else { return [] }
        return [.runTaskCount(count, at: service.pointer)]
    }
}

extension Violation {
    /// ECS172: a run-task count outside 1–10.
    fileprivate static func runTaskCount(_ count: Int, at request: JSONPointer) -> Violation {
        Violation("count is \(count); run-task starts 1 to 10 tasks per call", at: request / "count")
    }
}

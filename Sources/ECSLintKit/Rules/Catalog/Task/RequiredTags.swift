/// Organisations bill, route alerts and clean up by tags; a task definition
/// registered without them escapes all three. Off until tags are configured.
struct RequiredTags: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS190", slug: "required-tags", title: "Required tag missing",
        severity: .warning, stage: .practice,
        needs: [.taskLevel],
        summary: "The task definition lacks a tag that the configuration requires.",
        rationale: """
            Teams often require tags such as `team` or `cost-center` on every resource. This rule \
            is silent until `required-tags` lists the keys in `.ecslint.yml`; keys compare \
            case-sensitively, as AWS tag keys do.
            """,
        fix: "Add the tag to `tags`.",
        options: [
            RuleOption(name: "required-tags", summary: "Tag keys every task definition must carry.", defaultValue: "[]")
        ],
        examples: [
            .configured(
                .bad,
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}],
                  "tags": ↓[{"key": "team", "value": "payments"}]
                }
                """, options: ["required-tags": ["team", "cost-center"]],
                expect: ["the task definition has no tag \"cost-center\", which the configuration requires"]),
            .configured(
                .good,
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}],
                  "tags": [{"key": "team", "value": "payments"}, {"key": "cost-center", "value": "cc-17"}]
                }
                """, options: ["required-tags": ["team", "cost-center"]]),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let required = context.option("required-tags", of: Self.descriptor), !required.isEmpty,
            !task.$tags.isNull
        else { return [] }
        let present = Set(task.tags.compactMap(\.key))
        let missing = required.filter { !present.contains($0) }
        guard !missing.isEmpty else { return [] }
        return [.requiredTagsMissing(missing, in: task)]
    }
}

extension Violation {
    /// ECS190: tags the configuration requires and the task lacks.
    fileprivate static func requiredTagsMissing(_ missing: [String], in task: TaskDefinition) -> Violation {
        let names = missing.map { "\"\($0)\"" }.joined(separator: ", ")
        return Violation(
            "the task definition has no \(missing.count == 1 ? "tag" : "tags") \(names), which the configuration requires",
            fix: "add \(missing.map { "{\"key\": \"\($0)\", \"value\": …}" }.joined(separator: ", ")) to tags",
            at: task.pointer / "tags")
    }
}

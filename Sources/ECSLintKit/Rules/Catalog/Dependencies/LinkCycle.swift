/// Docker must create a linked container before the container that links to
/// it; links that form a cycle cannot be ordered, and ECS rejects them.
struct LinkCycle: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS509", slug: "link-cycle", title: "Cycle in container links",
        severity: .error, stage: .register,
        summary: "links must not form a cycle, and a container must not link to itself.",
        rationale: """
            A link makes the linking container start after the linked one. When links form a \
            cycle (app links to db, db links to app) there is no valid start order, and \
            RegisterTaskDefinition fails with a ClientException.
            """,
        fix:
            "Remove one link of the cycle; for two-way traffic use networkMode awsvpc, where containers reach each other on localhost.",
        awsErrors: ["Container links should not have a cycle"],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
            "https://github.com/Shippable/support/issues/4194",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "memory": 256, "links": [↓"worker"]},
                    {"name": "worker", "image": "node:22", "memory": 256, "links": ["app"]}
                  ]
                }
                """,
                expect: ["links form a cycle (app → worker → app) (AWS: \"Container links should not have a cycle\")"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "memory": 256, "links": ["worker"]},
                    {"name": "worker", "image": "node:22", "memory": 256}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard task.containers.contains(where: { $0.$links.isSet }) else { return [] }
        let graph = ContainerGraph(task) { container in
            container.linkEntries.map { (LinkEntry.targetName($0.text), $0.pointer) }
        }
        return graph.cycles().compactMap { cycle -> Violation? in
            guard let first = cycle.first else { return nil }
            let start = task.containers[first.from]
            let path = (cycle.map { task.containers[$0.from].name ?? "#\($0.from)" } + [start.name ?? "#\(first.from)"])
                .joined(separator: " → ")
            return .linkCycle(path, cycle, from: start)
        }
    }
}

extension Violation {
    /// ECS509: links that form a cycle (`path`: the names around it), or a container linking to itself.
    fileprivate static func linkCycle(_ path: String, _ cycle: [ContainerGraph.Edge], from start: ContainerDefinition)
        -> Violation
    {
        let what =
            cycle.count == 1
            ? "container \(start.displayName) links to itself"
            : "links form a cycle (\(path))"
        return Violation(
            "\(what)", aws: .documented,
            fix: cycle.count == 1 ? "remove this link" : "remove one of the links in the cycle",
            at: cycle[0].pointer,
            notes: cycle.dropFirst().map { FindingNote("part of the cycle", at: $0.pointer) })
    }
}

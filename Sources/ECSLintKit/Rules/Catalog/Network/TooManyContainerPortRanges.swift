/// ECS caps the number of port ranges a container may declare.
struct TooManyContainerPortRanges: Rule {
    /// The most `containerPortRange` mappings a container may have.
    static let limit = 100

    static let descriptor = RuleDescriptor(
        code: "ECS314", slug: "too-many-container-port-ranges", title: "More than 100 port ranges in a container",
        severity: .error, stage: .register,
        summary: "A container may declare at most 100 containerPortRange mappings.",
        rationale: """
            The API reference limits a container to 100 port ranges. Merge adjacent ranges into \
            one ("10000-10099" instead of many small ones). The exact rejection message is not \
            documented.
            """,
        fix: "Merge adjacent or nearby ranges so that the container has at most 100.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html"],
        examples: [
            .bad(
                Self.example(ranges: 101, marked: true), caption: "101 single-port ranges; the 101st is reported.",
                expect: ["container 'rtp' declares 101 port ranges; at most 100 are accepted"]),
            .good(Self.example(ranges: 100, marked: false)),
        ]
    )

    /// An awsvpc task whose container has `ranges` two-port ranges.
    private static func example(ranges: Int, marked: Bool) -> String {
        let mappings = (0..<ranges).map { index in
            let start = 20000 + index * 2
            let marker = marked && index == limit ? "↓" : ""
            return "{\"containerPortRange\": \(marker)\"\(start)-\(start + 1)\"}"
        }
        return """
            {
              "family": "media",
              "networkMode": "awsvpc",
              "containerDefinitions": [
                {"name": "rtp", "image": "example/rtp:1.0", "portMappings": [
                  \(mappings.joined(separator: ",\n      "))
                ]}
              ]
            }
            """
    }

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container in
            let ranges = container.portMappings.filter { $0.containerPortRange != nil }
            guard ranges.count > Self.limit else { return nil }
            return .tooManyPortRanges(ranges, limit: Self.limit, in: container)
        }
    }
}

extension Violation {
    /// ECS314: more port ranges than `limit` in one container, at the first one too many.
    fileprivate static func tooManyPortRanges(
        _ ranges: [PortMapping], limit: Int, in container: ContainerDefinition
    ) -> Violation {
        Violation(
            "container \(container.displayName) declares \(ranges.count) port ranges; at most \(limit) are accepted",
            fix: "merge adjacent ranges into fewer, larger ranges",
            at: ranges[limit].pointer / "containerPortRange")
    }
}

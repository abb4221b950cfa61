/// A container port can belong to only one mapping of a container; port
/// ranges that overlap each other or a single mapped port are rejected.
struct OverlappingContainerPorts: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS313", slug: "overlapping-container-ports", title: "containerPortRange overlaps another mapping",
        severity: .error, stage: .register,
        summary: "Port ranges of a container must not overlap each other or a containerPort of the same container.",
        rationale: """
            The API reference says port ranges must not overlap, and a container port may be \
            mapped only once (see ECS305 for single ports). A range such as "8000-8100" next to \
            "containerPort": 8080 maps 8080 twice. The exact rejection message is not documented.
            """,
        fix: "Split or shrink the ranges so that each port of the container is mapped once.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html"],
        examples: [
            .bad(
                """
                {
                  "family": "media",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "rtp", "image": "example/rtp:1.0",
                     "portMappings": [
                       {"containerPortRange": "10000-10100"},
                       {"containerPortRange": ↓"10050-10200"},
                       {"containerPort": ↓10000}
                     ]}
                  ]
                }
                """,
                expect: [
                    "containerPortRange \"10050-10200\" overlaps containerPortRange \"10000-10100\" in container 'rtp'; each container port may be mapped once",
                    "containerPort 10000 is already mapped by containerPortRange \"10000-10100\" in container 'rtp'; each container port may be mapped once",
                ]),
            .good(
                """
                {
                  "family": "media",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "rtp", "image": "example/rtp:1.0",
                     "portMappings": [{"containerPortRange": "10000-10100"}, {"containerPortRange": "10101-10200"}, {"containerPort": 8080}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            var ranges: [(range: ContainerPortRange, mapping: PortMapping)] = []
            var ports: [(port: Int, mapping: PortMapping)] = []
            for mapping in container.portMappings {
                if let text = mapping.containerPortRange {
                    guard let range = ContainerPortRange(parsing: text), range.isValid else { continue }
                    if let other = ranges.first(where: { $0.range.overlaps(range) }) {
                        violations.append(.range(text, of: mapping, overlapsRangeOf: other.mapping, in: container))
                    } else if let other = ports.first(where: { range.contains($0.port) }) {
                        violations.append(
                            .range(text, of: mapping, includes: other.port, mappedBy: other.mapping, in: container))
                    }
                    ranges.append((range, mapping))
                } else if let port = mapping.containerPort {
                    if let other = ranges.first(where: { $0.range.contains(port) }) {
                        violations.append(.port(port, of: mapping, inRangeOf: other.mapping, in: container))
                    }
                    ports.append((port, mapping))
                }
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS313: a `containerPortRange` that overlaps an earlier one of the container.
    fileprivate static func range(
        _ text: String, of mapping: PortMapping, overlapsRangeOf other: PortMapping, in container: ContainerDefinition
    ) -> Violation {
        .overlap(
            "containerPortRange \"\(text)\" overlaps containerPortRange \"\(other.containerPortRange ?? "")\"",
            container, at: mapping.pointer / "containerPortRange", earlier: other.pointer / "containerPortRange")
    }

    /// ECS313: a `containerPortRange` that includes a `containerPort` mapped before it.
    fileprivate static func range(
        _ text: String, of mapping: PortMapping, includes port: Int, mappedBy other: PortMapping,
        in container: ContainerDefinition
    ) -> Violation {
        .overlap(
            "containerPortRange \"\(text)\" includes containerPort \(port), which is already mapped",
            container, at: mapping.pointer / "containerPortRange", earlier: other.pointer / "containerPort")
    }

    /// ECS313: a `containerPort` inside a `containerPortRange` mapped before it.
    fileprivate static func port(
        _ port: Int, of mapping: PortMapping, inRangeOf other: PortMapping, in container: ContainerDefinition
    ) -> Violation {
        .overlap(
            "containerPort \(port) is already mapped by containerPortRange \"\(other.containerPortRange ?? "")\"",
            container, at: mapping.pointer / "containerPort", earlier: other.pointer / "containerPortRange")
    }

    private static func overlap(
        _ what: String, _ container: ContainerDefinition, at pointer: JSONPointer, earlier: JSONPointer
    ) -> Violation {
        Violation(
            "\(what) in container \(container.displayName); each container port may be mapped once",
            fix: "change the ranges so that they do not share ports, or remove the duplicate mapping",
            at: pointer,
            notes: [FindingNote("already mapped here", at: earlier)])
    }
}

/// `containerPortRange` is a string that ECS parses as `start-end`; anything
/// else, or a range outside the port numbers, is rejected.
struct InvalidContainerPortRange: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS310", slug: "invalid-container-port-range", title: "Malformed containerPortRange",
        severity: .error, stage: .register,
        summary: "containerPortRange must be written start-end with 1 ≤ start < end ≤ 65535.",
        rationale: """
            The API takes the range as a string such as "8000-8010": two port numbers joined by \
            a hyphen, the first lower than the second, both from 1 to 65535. Other shapes \
            ("8000:8010", "8000", "8010-8000") are rejected at registration; the exact message \
            is not documented.
            """,
        fix: "Write the range as \"start-end\", for example \"8000-8010\".",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html"],
        examples: [
            .bad(
                """
                {
                  "family": "media",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "rtp", "image": "example/rtp:1.0",
                     "portMappings": [{"containerPortRange": ↓"10000:10100", "protocol": "udp"}, {"containerPortRange": ↓"9000-8000"}]}
                  ]
                }
                """,
                expect: [
                    "containerPortRange \"10000:10100\" of container 'rtp' is invalid: it must be two port numbers joined by a hyphen, like \"8000-8010\"",
                    "containerPortRange \"9000-8000\" of container 'rtp' is invalid: its first port 9000 must be lower than its last port 8000",
                ]),
            .good(
                """
                {
                  "family": "media",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "rtp", "image": "example/rtp:1.0",
                     "portMappings": [{"containerPortRange": "10000-10100", "protocol": "udp"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.portMappings.compactMap { mapping -> Violation? in
                guard let text = mapping.containerPortRange else { return nil }
                let problem: String
                if let range = ContainerPortRange(parsing: text) {
                    if range.isValid { return nil }
                    if range.first >= range.last {
                        problem = "its first port \(range.first) must be lower than its last port \(range.last)"
                    } else {
                        problem = "its ports must be from 1 to 65535"
                    }
                } else {
                    problem = "it must be two port numbers joined by a hyphen, like \"8000-8010\""
                }
                return .invalidContainerPortRange(text, problem: problem, of: mapping, in: container)
            }
        }
    }
}

extension Violation {
    /// ECS310: a `containerPortRange` that is no range of valid ports (`problem` says why).
    fileprivate static func invalidContainerPortRange(
        _ text: String, problem: String, of mapping: PortMapping, in container: ContainerDefinition
    ) -> Violation {
        Violation(
            "containerPortRange \"\(text)\" of container \(container.displayName) is invalid: \(problem)",
            fix: "write the range as \"start-end\" with 1 ≤ start < end ≤ 65535",
            at: mapping.pointer / "containerPortRange")
    }
}

/// A GPU requirement is a count of whole GPUs; anything else is rejected, and
/// Windows containers cannot be given GPUs this way.
struct InvalidGPURequirement: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS409", slug: "invalid-gpu-requirement", title: "Invalid GPU resource requirement",
        severity: .error, stage: .register,
        summary: "A GPU resourceRequirements value must be a positive whole number, given once per container.",
        rationale: """
            `resourceRequirements` with type `GPU` reserves that many physical GPUs on a GPU \
            instance; the value is a string holding a positive integer (`"1"`). Fractions, zero or \
            text are rejected (the exact AWS message is unverified). The documentation lists GPUs \
            as unsupported for Windows containers, reported as a warning. GPUs on Fargate are \
            reported by the Fargate rules.
            """,
        fix: "Set the value to a whole number of GPUs as a string, for example \"1\".",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-gpu.html"],
        examples: [
            .bad(
                """
                {
                  "family": "train",
                  "containerDefinitions": [
                    {"name": "trainer", "image": "pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime", "memory": 8192,
                     "resourceRequirements": [{"type": "GPU", "value": ↓"0.5"}]}
                  ]
                }
                """,
                expect: ["GPU count \"0.5\" of container 'trainer' must be a positive whole number"]),
            .good(
                """
                {
                  "family": "train",
                  "containerDefinitions": [
                    {"name": "trainer", "image": "pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime", "memory": 8192,
                     "resourceRequirements": [{"type": "GPU", "value": "1"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            var seen = false
            for requirement in container.resourceRequirements where requirement.type == "GPU" {
                let valuePointer = requirement.pointer / "value"
                if seen {
                    violations.append(.duplicateGPURequirement(container, requirement: requirement.pointer))
                }
                seen = true
                if let value = requirement.value, !Self.isPositiveInteger(value) {
                    violations.append(.gpuCount(value, of: container, at: valuePointer))
                } else if context.isWindows {
                    violations.append(.gpuOnWindows(container, requirement: requirement.pointer))
                }
            }
        }
        return violations
    }

    static func isPositiveInteger(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 6 && text.allSatisfy(\.isASCIIDigit) && text.contains(where: { $0 != "0" })
    }
}

extension Violation {
    /// ECS409: a second GPU resource requirement in a container.
    fileprivate static func duplicateGPURequirement(_ container: ContainerDefinition, requirement: JSONPointer)
        -> Violation
    {
        Violation(
            "container \(container.displayName) lists GPU in resourceRequirements more than once",
            fix: "keep one GPU entry with the total number of GPUs", at: requirement / "type")
    }

    /// ECS409: a GPU count that is no positive whole number.
    fileprivate static func gpuCount(_ value: String, of container: ContainerDefinition, at pointer: JSONPointer)
        -> Violation
    {
        Violation(
            "GPU count \"\(value)\" of container \(container.displayName) must be a positive whole number",
            fix: "set the value to a whole number of GPUs such as \"1\"", at: pointer)
    }

    /// ECS409: GPUs for a Windows container (a warning).
    fileprivate static func gpuOnWindows(_ container: ContainerDefinition, requirement: JSONPointer) -> Violation {
        Violation(
            "container \(container.displayName) requests GPUs, which ECS does not support for Windows containers",
            fix: "run GPU workloads in Linux containers on GPU instances",
            at: requirement / "type",
            severity: .warning, stage: .practice)
    }
}

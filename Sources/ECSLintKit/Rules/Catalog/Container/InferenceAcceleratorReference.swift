/// A container's InferenceAccelerator requirement names a device declared in
/// the task's `inferenceAccelerators`; a name that matches none is rejected.
struct InferenceAcceleratorReference: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS410", slug: "inference-accelerator-reference", title: "Unknown or unused inference accelerator",
        severity: .error, stage: .register,
        needs: [.taskLevel],
        summary: "InferenceAccelerator requirements must name a task inferenceAccelerators deviceName.",
        rationale: """
            A container gets an Elastic Inference accelerator through `resourceRequirements` of type \
            `InferenceAccelerator` whose value is the `deviceName` of an entry in the task's \
            `inferenceAccelerators`. An unknown name cannot be resolved (rejected at registration as \
            far as is known; the message is unverified). A declared device that no container uses \
            is reported as a warning.
            """,
        fix: "Make the requirement's value equal to a deviceName in inferenceAccelerators.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InferenceAccelerator.html"],
        examples: [
            .bad(
                """
                {
                  "family": "infer",
                  "inferenceAccelerators": [{"deviceName": ↓"device_1", "deviceType": "eia2.medium"}],
                  "containerDefinitions": [
                    {"name": "model", "image": "my/model:1.0", "memory": 2048,
                     "resourceRequirements": [{"type": "InferenceAccelerator", "value": ↓"device1"}]}
                  ]
                }
                """,
                expect: [
                    "inference accelerator 'device_1' is declared but no container requests it",
                    "container 'model' requests inference accelerator 'device1', which is not a deviceName in inferenceAccelerators (declared: device_1)",
                ]),
            .good(
                """
                {
                  "family": "infer",
                  "inferenceAccelerators": [{"deviceName": "device_1", "deviceType": "eia2.medium"}],
                  "containerDefinitions": [
                    {"name": "model", "image": "my/model:1.0", "memory": 2048,
                     "resourceRequirements": [{"type": "InferenceAccelerator", "value": "device_1"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let declared = task.inferenceAccelerators.compactMap(\.deviceName)
        var used: Set<String> = []
        var violations: [Violation] = []
        for container in task.containers {
            for requirement in container.resourceRequirements where requirement.type == "InferenceAccelerator" {
                guard let value = requirement.value else { continue }
                used.insert(value)
                guard !declared.contains(value) else { continue }
                violations.append(
                    .undeclaredAccelerator(value, declared: declared, of: container, requirement: requirement.pointer))
            }
        }
        for accelerator in task.inferenceAccelerators {
            guard let name = accelerator.deviceName, !used.contains(name) else { continue }
            violations.append(.unusedAccelerator(name, at: accelerator.pointer))
        }
        return violations
    }
}

extension Violation {
    /// ECS410: a requested inference accelerator the task does not declare (`declared`: the device names it does).
    fileprivate static func undeclaredAccelerator(
        _ value: String, declared: [String], of container: ContainerDefinition, requirement: JSONPointer
    ) -> Violation {
        let known =
            declared.isEmpty
            ? "the task declares no inferenceAccelerators" : "declared: \(declared.joined(separator: ", "))"
        return Violation(
            "container \(container.displayName) requests inference accelerator '\(value)', which is not a deviceName in inferenceAccelerators (\(known))",
            fix: declared.isEmpty
                ? "declare it in the task's inferenceAccelerators, or remove the requirement"
                : "use one of: \(declared.joined(separator: ", "))",
            at: requirement / "value")
    }

    /// ECS410: a declared inference accelerator no container requests (a warning).
    fileprivate static func unusedAccelerator(_ name: String, at accelerator: JSONPointer) -> Violation {
        Violation(
            "inference accelerator '\(name)' is declared but no container requests it",
            fix:
                "add {\"type\": \"InferenceAccelerator\", \"value\": \"\(name)\"} to a container's resourceRequirements, or remove the accelerator",
            at: accelerator / "deviceName", severity: .warning, stage: .practice)
    }
}

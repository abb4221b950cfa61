/// Amazon Elastic Inference no longer accepts new customers and is being
/// retired; task definitions that request accelerators will stop working.
struct InferenceAcceleratorsDeprecated: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS145", slug: "inference-accelerators-deprecated", title: "Elastic Inference accelerators",
        severity: .warning, stage: .practice,
        summary: "inferenceAccelerators requests Amazon Elastic Inference, which is deprecated.",
        rationale: """
            Amazon Elastic Inference stopped onboarding new customers in April 2023 and AWS recommends \
            moving inference workloads to other accelerators (AWS Inferentia instances, GPUs). \
            Tasks that request accelerators cannot be placed once the service is unavailable to the \
            account. On Fargate accelerators are not supported at all (ECS210 reports that instead).
            """,
        fix:
            "Remove inferenceAccelerators and the InferenceAccelerator resourceRequirements; use GPU or Inferentia instances.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-inference.html"],
        examples: [
            .bad(
                """
                {
                  "family": "ml",
                  "requiresCompatibilities": ["EC2"],
                  ↓"inferenceAccelerators": [{"deviceName": "device1", "deviceType": "eia2.medium"}],
                  "containerDefinitions": [{"name": "app", "image": "my/model:1", "memory": 2048}]
                }
                """,
                expect: [
                    "inferenceAccelerators requests Amazon Elastic Inference, which is deprecated and closed to new customers"
                ]),
            .good(
                """
                {
                  "family": "ml",
                  "requiresCompatibilities": ["EC2"],
                  "containerDefinitions": [
                    {"name": "app", "image": "my/model:1", "memory": 2048,
                     "resourceRequirements": [{"type": "GPU", "value": "1"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate, !task.inferenceAccelerators.isEmpty else {
            return []
        }
        return [.elasticInference(task)]
    }
}

extension Violation {
    /// ECS145: inferenceAccelerators (Elastic Inference).
    fileprivate static func elasticInference(_ task: TaskDefinition) -> Violation {
        Violation(
            "inferenceAccelerators requests Amazon Elastic Inference, which is deprecated and closed to new customers",
            fix: "remove inferenceAccelerators and move inference to GPU or Inferentia instances",
            at: task.pointer / "inferenceAccelerators", target: .key)
    }
}

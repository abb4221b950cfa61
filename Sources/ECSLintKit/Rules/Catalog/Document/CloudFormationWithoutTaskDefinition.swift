/// A CloudFormation template without any `AWS::ECS::TaskDefinition`
/// resource: nothing in it is a task definition, so nothing is checked.
///
/// Linting a folder finds every `*.json` and `*.yaml`; templates of other
/// stacks get this one info finding instead of a screen of unknown keys.
struct CloudFormationWithoutTaskDefinition: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS016", slug: "cloudformation-without-task-definition",
        title: "CloudFormation template without task definitions",
        severity: .info, stage: .practice,
        summary: "A CloudFormation template has no AWS::ECS::TaskDefinition resource to check.",
        rationale: """
            ecslint checks every `AWS::ECS::TaskDefinition` resource of a CloudFormation template \
            (JSON, or YAML with the short forms `!Ref`, `!Sub`, `!GetAtt`, …) and labels each finding \
            with the resource's logical id. A template without such a resource is reported once, so \
            a folder of templates can be linted without noise.
            """,
        fix: "Nothing to fix; exclude the file from linting if it is not meant to hold task definitions.",
        references: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-taskdefinition.html"
        ],
        examples: [
            .bad(
                """
                {
                  "AWSTemplateFormatVersion": "2010-09-09",
                  ↓"Resources": {"Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 7}}}
                }
                """,
                expect: ["CloudFormation template with 1 resource but no AWS::ECS::TaskDefinition; nothing to check"]),
            .good(
                """
                {
                  "Resources": {
                    "Web": {
                      "Type": "AWS::ECS::TaskDefinition",
                      "Properties": {
                        "Family": "web",
                        "ContainerDefinitions": [{"Name": "app", "Image": "nginx:1.27", "Memory": 256}]
                      }
                    }
                  }
                }
                """),
        ]
    )

    /// The finding for a template whose `Resources` key is at `keyRange`.
    static func finding(keyRange: SourceRange, resourceCount: Int, document: Int) -> Finding {
        Finding(
            descriptor: descriptor, violation: .templateWithoutTaskDefinition(resourceCount), document: document,
            range: keyRange)
    }
}

extension Violation {
    /// ECS016: a template with `resourceCount` resources and no task definition.
    fileprivate static func templateWithoutTaskDefinition(_ resourceCount: Int) -> Violation {
        let resources = resourceCount == 1 ? "1 resource" : "\(resourceCount) resources"
        return Violation(
            "CloudFormation template with \(resources) but no AWS::ECS::TaskDefinition; nothing to check",
            at: .root / "Resources", target: .key)
    }
}

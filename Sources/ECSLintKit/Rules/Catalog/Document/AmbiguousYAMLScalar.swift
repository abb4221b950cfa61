/// A plain YAML scalar that YAML 1.1 readers read differently from YAML 1.2.
///
/// ecslint reads YAML 1.2 (the core schema), but PyYAML and many CI tools
/// still read YAML 1.1, where `on` is a boolean and `0755` is octal. The same
/// file then means different things to different tools.
struct AmbiguousYAMLScalar: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS003", slug: "ambiguous-yaml-scalar", title: "YAML 1.1/1.2 ambiguous scalar",
        severity: .warning, stage: .practice,
        summary: "An unquoted YAML value reads differently under YAML 1.1 and YAML 1.2.",
        rationale: """
            `yes`, `no`, `on`, `off`, `y` and `n` are booleans in YAML 1.1 but strings in YAML 1.2; \
            `0755` is octal 493 in YAML 1.1 and decimal 755 in YAML 1.2. A converter written in \
            Python (PyYAML) then sends a different value than ecslint checked. Only values inside \
            the task definition are reported: a CloudFormation template's \
            `AWSTemplateFormatVersion: 2010-09-09` or an IAM policy's `Version: 2012-10-17` is read \
            by CloudFormation, not by a YAML 1.1 converter. Where the field has another type \
            anyway (`essential: yes` in a boolean field), wrong-type (ECS006) is the one finding \
            and says to write `true`.
            """,
        fix: "Quote the value, or write it in a form both versions read alike (true/false, a plain decimal).",
        references: ["https://yaml.org/spec/1.2.2/#10312-core-schema"],
        examples: [
            .badYAML(
                """
                family: web
                containerDefinitions:
                  - name: app
                    image: nginx:1.27
                    environment:
                      - name: FEATURE
                        value: ↓on
                """,
                expect: ["plain scalar on is the string \"on\" in YAML 1.2 but the boolean true in YAML 1.1 readers"]),
            .goodYAML(
                """
                family: web
                containerDefinitions:
                  - name: app
                    image: nginx:1.27
                    environment:
                      - name: FEATURE
                        value: "on"
                """),
            .goodYAML(
                """
                AWSTemplateFormatVersion: 2010-09-09
                Resources:
                  TaskRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: 2012-10-17
                        Statement:
                          - Effect: Allow
                            Principal: {Service: ecs-tasks.amazonaws.com}
                            Action: sts:AssumeRole
                  TaskDefinition:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      TaskRoleArn: !GetAtt TaskRole.Arn
                      ContainerDefinitions:
                        - Name: app
                          Image: nginx:1.27
                          Memory: 512
                """, caption: "Dates outside the task definition are CloudFormation's, not a YAML 1.1 converter's."),
            .goodYAML(
                """
                family: web
                containerDefinitions:
                  - name: app
                    image: nginx:1.27
                    memory: 512
                    essential: yes
                """, caption: "A string where a boolean belongs is one wrong-type finding (ECS006: write true)."),
        ]
    )

    static func finding(for notice: YAMLNotice) -> Finding {
        Finding(
            descriptor: descriptor, violation: Violation(notice.message, fix: notice.fix, at: notice.pointer),
            document: notice.document, range: notice.range)
    }
}

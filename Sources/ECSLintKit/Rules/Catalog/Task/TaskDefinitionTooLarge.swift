/// RegisterTaskDefinition rejects a request larger than 64 KiB; large inline
/// environments, scripts in `command` and many containers get there.
struct TaskDefinitionTooLarge: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS105", slug: "task-definition-too-large", title: "Task definition larger than 64 KiB",
        severity: .error, stage: .register,
        needs: [.taskContext],
        summary: "The task definition, serialised as compact JSON, must not exceed 65,536 bytes.",
        rationale: """
            ECS limits a task definition to 64 KiB (the documentation said 32 KiB until it was \
            corrected; older error messages quote '32768'). Which serialisation ECS measures is \
            unverified, so ecslint measures the compact JSON of the request as the AWS CLI would send \
            it (UTF-8, no whitespace, duplicate keys collapsed): an error above 65,536 bytes, and a \
            warning above 60 KiB (61,440 bytes), where a small edit or a different serialisation may \
            already cross the limit.
            """,
        fix: """
            Move bulk out of the definition: large environments into environmentFiles or secrets, \
            scripts from command/entryPoint into the image, or split containers into separate task \
            definitions.
            """,
        awsErrors: ["Actual length: '66420'. Max allowed length is '65536' bytes."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html",
            "https://github.com/awsdocs/amazon-ecs-developer-guide/pull/149",
        ],
        examples: [
            .bad(
                """
                ↓{
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environment": [{"name": "BUNDLE", "value": "\(String(repeating: "x", count: 65_600))"}]}
                  ]
                }
                """,
                caption: "An inline environment value of 65,600 characters.",
                expect: [
                    "the task definition is 65735 bytes as compact JSON; ECS accepts at most 65536; the largest container is 'app' with 65693 bytes (AWS: \"Actual length: '65735'. Max allowed length is '65536' bytes.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environmentFiles": [{"value": "arn:aws:s3:::my-config/web.env", "type": "s3"}]}
                  ]
                }
                """),
        ]
    )

    /// The largest request ECS accepts, in bytes.
    static let limit = 65_536
    /// Above this size ecslint warns (60 KiB).
    static let warningThreshold = 61_440

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let size = Self.compactJSONSize(task.node)
        guard size > Self.warningThreshold else { return [] }
        var largest = ""
        if let biggest = task.containers.max(by: { Self.compactJSONSize($0.node) < Self.compactJSONSize($1.node) }) {
            largest =
                "; the largest container is \(biggest.displayName) with \(Self.compactJSONSize(biggest.node)) bytes"
        }
        let fix =
            "move large environments into environmentFiles or secrets, scripts into the image, or split the task"
        if size > Self.limit {
            return [.taskDefinitionTooLarge(size, limit: Self.limit, largest: largest, fix: fix, at: task.pointer)]
        }
        return [.taskDefinitionNearLimit(size, limit: Self.limit, largest: largest, fix: fix, at: task.pointer)]
    }

    /// The length in bytes of `node` written as compact JSON (UTF-8, no
    /// insignificant whitespace; with duplicate keys only the last is kept,
    /// as the AWS CLI keeps it).
    static func compactJSONSize(_ node: Node) -> Int {
        switch node.value {
        case .object(let members):
            let overridden = members.overridden()
            var total = 2
            var count = 0
            for (index, member) in members.enumerated() where !overridden.contains(where: { $0.index == index }) {
                total += stringSize(member.key) + 1 + compactJSONSize(member.value)
                count += 1
            }
            return total + max(count - 1, 0)
        case .array(let elements):
            return elements.reduce(2 + max(elements.count - 1, 0)) { $0 + compactJSONSize($1) }
        case .string(let text):
            return stringSize(text)
        case .number(let number):
            return number.intValue.map { String($0).utf8.count } ?? number.lexeme.utf8.count
        case .bool(let flag):
            return flag ? 4 : 5
        case .null:
            return 4
        }
    }

    /// The length of a JSON string literal: quotes, escapes and UTF-8 bytes.
    static func stringSize(_ text: String) -> Int {
        var total = 2
        for byte in text.utf8 {
            switch byte {
            case 0x22, 0x5C, 0x08, 0x0C, 0x0A, 0x0D, 0x09: total += 2
            case 0x00..<0x20: total += 6
            default: total += 1
            }
        }
        return total
    }
}

extension Violation {
    /// ECS105: a task definition over the size limit (`largest`: a clause naming its largest container).
    fileprivate static func taskDefinitionTooLarge(
        _ size: Int, limit: Int, largest: String, fix: String, at task: JSONPointer
    ) -> Violation {
        Violation(
            "the task definition is \(size) bytes as compact JSON; ECS accepts at most \(limit)\(largest)",
            aws: .actual("Actual length: '\(size)'. Max allowed length is '\(limit)' bytes."),
            fix: "shrink it by at least \(size - limit) bytes: \(fix)", at: task)
    }

    /// ECS105: a task definition close to the size limit (a warning).
    fileprivate static func taskDefinitionNearLimit(
        _ size: Int, limit: Int, largest: String, fix: String, at task: JSONPointer
    ) -> Violation {
        Violation(
            "the task definition is \(size) bytes as compact JSON, close to the \(limit)-byte limit\(largest)",
            fix: fix, at: task, severity: .warning, stage: .practice)
    }
}

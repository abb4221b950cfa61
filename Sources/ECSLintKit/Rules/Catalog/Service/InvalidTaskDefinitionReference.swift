/// `taskDefinition` is a family, `family:revision` or a task definition ARN.
struct InvalidTaskDefinitionReference: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS174", slug: "invalid-task-definition-reference", title: "taskDefinition is not a valid reference",
        severity: .error, stage: .deploy,
        summary:
            "taskDefinition is not FAMILY, FAMILY:REVISION or arn:…:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION.",
        rationale: """
            A family has up to 255 letters, digits, hyphens and underscores; a revision is a positive number; \
            an ARN is the task definition's full ARN. A file path (`file://task.json`), a revision of 0, or a \
            container name is not found by ECS; the wording of the error depends on the value and is not \
            quoted [unverified].
            """,
        fix: "Use the family (the latest ACTIVE revision), family:revision, or the task definition's ARN.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": ↓"file://task-definition.json"}
                """,
                expect: ["taskDefinition \"file://task-definition.json\" has a revision that is not a positive number"]),
            .bad(
                """
                {"taskDefinition": ↓"web:0"}
                """,
                expect: ["taskDefinition \"web:0\" has a revision that is not a positive number"]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:12"}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let reference = service.taskDefinition, !Placeholder.contains(reference),
            let problem = Self.problem(reference)
        else { return [] }
        return [.invalidTaskDefinitionReference(reference, problem: problem, at: service.pointer)]
    }

    /// What is wrong with a reference, or nil.
    static func problem(_ text: String) -> String? {
        var familyAndRevision = Substring(text)
        if text.hasPrefix("arn:") {
            let fields = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count == 6, fields[2] == "ecs", fields[5].hasPrefix("task-definition/") else {
                return "is not a task definition ARN (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION)"
            }
            familyAndRevision = fields[5].dropFirst("task-definition/".count)
        }
        var family = familyAndRevision
        if let colon = familyAndRevision.lastIndex(of: ":") {
            family = familyAndRevision[..<colon]
            guard let revision = Int(familyAndRevision[familyAndRevision.index(after: colon)...]), revision >= 1 else {
                return "has a revision that is not a positive number"
            }
        }
        guard !family.isEmpty, family.count <= 255,
            family.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit || isFamilyCharacter($0) })
        else {
            return "is not a family name (letters, digits, - and _, at most 255)"
        }
        return nil
    }

    private static func isFamilyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "-" || scalar == "_"
    }
}

extension Violation {
    /// ECS174: a taskDefinition that is no family, family:revision or ARN (`problem` says why).
    fileprivate static func invalidTaskDefinitionReference(
        _ reference: String, problem: String, at request: JSONPointer
    )
        -> Violation
    {
        Violation("taskDefinition \"\(reference)\" \(problem)", at: request / "taskDefinition")
    }
}

/// A service or run-task request whose task definition was not found.
///
/// Most service checks compare the request with the task definition it
/// launches. When that one is not among the files linted, the checks that
/// need it are skipped; this info says so once, so a clean report is not
/// read as "the pair was checked".
struct ServiceTaskDefinitionNotFound: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS017", slug: "service-task-definition-not-found",
        title: "Task definition of a service not found",
        severity: .info, stage: .practice,
        summary: "The task definition a service or run-task request names is not among the files linted.",
        rationale: """
            The launch type, network configuration, load balancers, service registries, Service Connect, \
            container overrides and ECS Exec of a request are only valid together with the task definition \
            they launch. ecslint looks for it in the same CloudFormation template (`Ref`/`Fn::GetAtt`), \
            among the task definitions linted in the same run (by `family`, `family:revision` or ARN), and \
            in the file given with `--task-definition`. When none is found, the checks that need it are \
            skipped and this finding says so; the checks of the request alone still run.
            """,
        fix: """
            Lint the task definition in the same run (`ecslint lint task-definition.json service.json`), \
            or name it with `--task-definition FILE`.
            """,
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": ↓"web-task:3", "desiredCount": 1}
                """,
                expect: [
                    "task definition \"web-task:3\" was not found among the files linted; the checks against it were skipped"
                ]),
            .service(
                .good,
                """
                {"serviceName": "web", "taskDefinition": "web-task:3", "desiredCount": 1}
                """,
                taskDefinition: """
                    {"family": "web-task", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]}
                    """,
                caption: "The task definition is linted in the same run."),
        ]
    )

    /// The finding for a request whose task definition was not found.
    static func finding(for pending: PendingService) -> Finding {
        let target = pending.target
        let request = pending.request
        let violation: Violation
        let pointer: JSONPointer
        if let reference = request.taskDefinition, request.$taskDefinition.isSet {
            pointer = .root / "taskDefinition"
            if target.shape == .cloudFormation && TaskDefinitionReference(reference) == nil {
                violation = .templateTaskDefinitionNotFound(at: target.documentPointer(for: pointer))
            } else {
                violation = .taskDefinitionNotLinted(reference, at: target.documentPointer(for: pointer))
            }
        } else {
            pointer = .root
            violation = .noTaskDefinitionNamed(request.kind, at: target.documentPointer(for: pointer))
        }
        let positioner = FindingPositioner(root: target.root)
        return Finding(
            descriptor: descriptor, violation: violation,
            document: pending.document, range: positioner.range(of: pointer, target: .value), label: target.label)
    }
}

extension Violation {
    /// ECS017: a template's TaskDefinition that names no AWS::ECS::TaskDefinition of the template.
    fileprivate static func templateTaskDefinitionNotFound(at pointer: JSONPointer) -> Violation {
        Violation(
            "TaskDefinition is not an AWS::ECS::TaskDefinition of this template; the checks against the task definition were skipped",
            at: pointer)
    }

    /// ECS017: a named task definition that is not among the files linted.
    fileprivate static func taskDefinitionNotLinted(_ reference: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "task definition \"\(reference)\" was not found among the files linted; the checks against it were skipped",
            at: pointer)
    }

    /// ECS017: a request that names no task definition (update-service keeps the current one).
    fileprivate static func noTaskDefinitionNamed(_ kind: ServiceRequestKind, at pointer: JSONPointer) -> Violation {
        Violation(
            kind == .updateService
                ? "update-service keeps the service's current task definition, which was not linted; the checks against it were skipped"
                : "no task definition is named, so the checks against it were skipped",
            at: pointer)
    }
}

/// Windows containers have no soft memory limit; a reservation there does not
/// do what it does on Linux.
struct MemoryReservationOnWindows: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS408", slug: "memory-reservation-on-windows", title: "memoryReservation on Windows",
        severity: .warning, stage: .practice,
        needs: [.taskLevel],
        summary: "memoryReservation is not supported for Windows containers.",
        rationale: """
            The ECS documentation states that `memoryReservation` is not supported for Windows \
            containers: there is no soft limit, so the container is not protected or bounded the \
            way the setting suggests. Set `memory`, the hard limit, instead.
            """,
        fix: "Replace memoryReservation with memory on Windows containers.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows_task_definitions.html"],
        examples: [
            .bad(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
                     "memoryReservation": ↓1024}
                  ]
                }
                """,
                expect: [
                    "memoryReservation 1024 of Windows container 'web' is not supported; Windows containers have no soft memory limit"
                ]),
            .good(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
                     "memory": 1024}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isWindows else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let reservation = container.memoryReservation else { return nil }
            return .memoryReservationOnWindows(reservation, of: container)
        }
    }
}

extension Violation {
    /// ECS408: a memoryReservation in a Windows container.
    fileprivate static func memoryReservationOnWindows(_ reservation: Int, of container: ContainerDefinition)
        -> Violation
    {
        Violation(
            "memoryReservation \(reservation) of Windows container \(container.displayName) is not supported; Windows containers have no soft memory limit",
            fix: container.memory == nil
                ? "replace memoryReservation with \"memory\": \(reservation)"
                : "remove memoryReservation and keep memory",
            at: container.pointer / "memoryReservation")
    }
}

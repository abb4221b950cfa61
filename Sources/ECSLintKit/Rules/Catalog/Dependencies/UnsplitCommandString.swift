/// `entryPoint` and `command` are exec-form argument lists: ECS passes each
/// element to the program as one argument, without a shell to split them.
struct UnsplitCommandString: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS515", slug: "unsplit-command-string", title: "entryPoint or command given as one string with spaces",
        severity: .warning, stage: .practice,
        summary:
            "entryPoint and command should list the program and each argument as separate elements, unless a shell (sh -c) runs them.",
        rationale: """
            `"command": ["npm start"]` asks Docker to execute a file literally named "npm start"; \
            the container fails with "executable file not found" (or the image's entrypoint \
            receives one odd argument). Exec form needs one element per argument, as in \
            `["npm", "start"]`; a command line with shell syntax needs a shell, as in `["sh", \
            "-c", "npm start"]`. A single-string command is fine when the entrypoint is a shell \
            with -c, which ecslint recognises when it is in the task definition; an image whose \
            own ENTRYPOINT is a shell can make this a false alarm, hence a warning.
            """,
        fix: "Split the string into separate elements, or run it through a shell: [\"sh\", \"-c\", \"…\"].",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
            "https://docs.docker.com/reference/dockerfile/#exec-form",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "command": [↓"npm run start"]},
                    {"name": "tool", "image": "example/tool:1.0", "essential": false, "entryPoint": [↓"/usr/bin/tool --serve"]}
                  ]
                }
                """,
                expect: [
                    "command of container 'app' is the single string \"npm run start\"; without a shell it runs a program literally named so",
                    "entryPoint of container 'tool' is the single string \"/usr/bin/tool --serve\"; without a shell it runs a program literally named so",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "command": ["npm", "run", "start"]},
                    {"name": "job", "image": "busybox:1.36", "essential": false,
                     "entryPoint": ["sh", "-c"], "command": ["echo ready && sleep 3600"]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            let entryPoint = container.entryPoint
            if let entryPoint, entryPoint.count == 1, case let text = entryPoint[0], text.containsWhitespace {
                violations.append(
                    .unsplitCommand("entryPoint", text, container, at: container.pointer / "entryPoint" / 0))
            }
            if let last = entryPoint?.last, Self.isShellCommandFlag(last) { continue }
            let command = container.command
            if let command, command.count == 1, case let text = command[0], text.containsWhitespace {
                violations.append(.unsplitCommand("command", text, container, at: container.pointer / "command" / 0))
            }
        }
        return violations
    }

    /// Whether an entrypoint ending in `flag` runs a one-string command line:
    /// `sh -c`, `bash -c`, `cmd /c`, `powershell -Command`.
    static func isShellCommandFlag(_ flag: String) -> Bool {
        let last = flag.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["-c", "/c", "/s", "-command", "-encodedcommand"].contains(last)
    }
}

extension Violation {
    /// ECS515: an `entryPoint` or `command` (`key`) that is one string holding a command line.
    fileprivate static func unsplitCommand(
        _ key: String, _ text: String, _ container: ContainerDefinition, at pointer: JSONPointer
    ) -> Violation {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        let hasShellSyntax = text.contains { "|&;<>$*`".contains($0) }
        let split = "[" + words.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        return Violation(
            "\(key) of container \(container.displayName) is the single string \"\(text)\"; without a shell it runs a program literally named so",
            fix: hasShellSyntax
                ? "run it through a shell: \"\(key)\": [\"sh\", \"-c\", \"\(text)\"]"
                : "split it into separate elements: \"\(key)\": \(split)",
            at: pointer)
    }
}

/// The awslogs options are parsed when the container starts; a value Docker or
/// CloudWatch Logs cannot accept stops the container from starting.
struct InvalidAwslogsOptionValue: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS803", slug: "invalid-awslogs-option-value", title: "Invalid awslogs option value",
        severity: .error, stage: .launch,
        summary: "awslogs option values must have the form the driver and CloudWatch Logs accept.",
        rationale: """
            The driver reads its options when the container starts: `awslogs-create-group` must be \
            a boolean string (`"true"`/`"false"`), `mode` `blocking` or `non-blocking`, \
            `max-buffer-size` a size such as `25m` (and needs non-blocking mode), \
            `awslogs-force-flush-interval-seconds` and `awslogs-max-buffered-events` positive \
            integers. `awslogs-group` must be a valid log group name (1–512 of letters, digits, \
            `.-_/#`), `awslogs-region` a region name such as `eu-west-1`, and the stream prefix may \
            not contain `:` or `*`. Otherwise the container fails to start.
            """,
        fix: "Correct the option value as the message says.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html",
            "https://docs.docker.com/engine/logging/drivers/awslogs/",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": ↓"ecs web logs", "awslogs-region": ↓"us-east", "awslogs-stream-prefix": "web",
                       "awslogs-create-group": ↓"yes", "mode": ↓"nonblocking"}}}
                  ]
                }
                """,
                expect: [
                    "awslogs-group \"ecs web logs\" of container 'app' is not a valid log group name (letters, digits and . - _ / # only)",
                    "awslogs-region \"us-east\" of container 'app' is not a region name such as us-east-1",
                    "awslogs-create-group \"yes\" of container 'app' is not a boolean",
                    "mode \"nonblocking\" of container 'app' is not a log mode; the accepted modes are blocking and non-blocking",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web",
                       "awslogs-create-group": "true", "mode": "non-blocking", "max-buffer-size": "25m"}}}
                  ]
                }
                """),
        ]
    )

    /// The strings Go's strconv.ParseBool accepts.
    static let booleans: Set<String> = [
        "1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False",
    ]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            guard let log = container.logConfiguration, log.logDriver == "awslogs" else { continue }
            // Sorted for a stable report order.
            for (key, value) in log.options.sorted(by: { $0.key < $1.key }) {
                guard let (problem, fix) = Self.problem(key: key, value: value, options: log.options) else { continue }
                violations.append(
                    .invalidAwslogsOption(key, value, problem: problem, fix: fix, of: container, log: log))
            }
        }
        return violations
    }

    /// What is wrong with one option value, and the fix; nil when it is fine or not checked.
    static func problem(key: String, value: String, options: [String: String]) -> (String, String)? {
        switch key {
        case "awslogs-create-group", "awslogs-create-stream":
            guard !booleans.contains(value) else { return nil }
            return ("is not a boolean", "write \"true\" or \"false\"")
        case "mode":
            guard value != "blocking", value != "non-blocking" else { return nil }
            return (
                "is not a log mode; the accepted modes are blocking and non-blocking",
                "write \"non-blocking\" or \"blocking\""
            )
        case "max-buffer-size":
            if !isSize(value) {
                return ("is not a size such as 25m or 1g", "write the buffer size with a unit, for example \"25m\"")
            }
            if options["mode"] == "blocking" {
                return (
                    "is set with mode blocking (Docker: \"max-buffer-size option is only supported with 'mode=non-blocking'\")",
                    "set mode to \"non-blocking\", or remove max-buffer-size"
                )
            }
            return nil
        case "awslogs-force-flush-interval-seconds", "awslogs-max-buffered-events":
            guard let number = Int(value), number > 0 else {
                return ("must be a positive integer", "write a whole number above 0")
            }
            return nil
        case "awslogs-group":
            return groupProblem(value)
        case "awslogs-region":
            guard !value.isEmpty, !isRegion(value) else { return nil }
            return ("is not a region name such as us-east-1", "write the region code, for example \"us-east-1\"")
        case "awslogs-stream-prefix", "awslogs-stream":
            guard value.contains(where: { $0 == ":" || $0 == "*" }) else { return nil }
            return ("contains ':' or '*', which log stream names may not contain", "remove ':' and '*' from the value")
        default:
            return nil
        }
    }

    /// CloudWatch Logs group names: 1–512 of `[.\-_/#A-Za-z0-9]`.
    static func groupProblem(_ name: String) -> (String, String)? {
        if name.isEmpty { return nil }  // reported as missing by ECS801
        if name.utf8.count > 512 { return ("is longer than 512 characters", "shorten the log group name") }
        // ASCII letters and digits and `.-_/#`: read as bytes (a byte of a
        // non-ASCII character is none of them).
        let allowed = name.utf8.allSatisfy { byte in
            ASCIIClass.isAlphanumeric(byte) || byte == 0x2E || byte == 0x2D || byte == 0x5F || byte == 0x2F
                || byte == 0x23
        }
        guard !allowed else { return nil }
        let cleaned = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_/#".contains($0)) ? $0 : "-" })
        return (
            "is not a valid log group name (letters, digits and . - _ / # only)",
            "rename the log group, for example \"\(cleaned)\""
        )
    }

    /// A region name shape: `^[a-z]{2}(-[a-z]+)+-\d+$`.
    static func isRegion(_ text: String) -> Bool {
        // One pass over the bytes, part by part between dashes: the first
        // is two lower-case letters, the middle ones lower-case letters, the
        // last digits.
        var dashes = 0
        var length = 0
        var lower = true
        var digits = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard length > 0, lower, dashes > 0 || length == 2 else { return false }
                dashes += 1
                length = 0
                lower = true
                digits = true
            } else {
                length += 1
                lower = lower && byte >= 0x61 && byte <= 0x7A
                digits = digits && byte >= 0x30 && byte <= 0x39
            }
        }
        return dashes >= 2 && length > 0 && digits
    }

    /// Docker's RAMInBytes: `^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$`.
    static func isSize(_ text: String) -> Bool {
        var rest = Substring(text)
        let digits = rest.prefix { $0.isASCIIDigit || $0 == "." }
        guard let first = digits.first, first.isASCIIDigit, digits.last?.isASCIIDigit == true,
            !digits.contains("..")
        else { return false }
        rest = rest.dropFirst(digits.count)
        if rest.first == " " { rest = rest.dropFirst() }
        if let unit = rest.first, "kKmMgGtTpP".contains(unit) { rest = rest.dropFirst() }
        if let letter = rest.first, letter == "i" || letter == "I" { rest = rest.dropFirst() }
        if let letter = rest.first, letter == "b" || letter == "B" { rest = rest.dropFirst() }
        return rest.isEmpty
    }
}

extension Violation {
    /// ECS803: an awslogs option value the driver rejects (`problem` says why, `fix` how).
    fileprivate static func invalidAwslogsOption(
        _ key: String, _ value: String, problem: String, fix: String, of container: ContainerDefinition,
        log: LogConfiguration
    ) -> Violation {
        Violation(
            "\(key) \"\(value)\" of container \(container.displayName) \(problem)", fix: fix,
            at: log.optionPointer(key))
    }
}

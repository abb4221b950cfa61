/// Port mapping names are identifiers that Service Connect and VPC Lattice
/// refer to; ECS accepts only a small character set.
struct InvalidPortMappingName: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS315", slug: "invalid-port-mapping-name", title: "Invalid port mapping name",
        severity: .error, stage: .register,
        summary:
            "A port mapping name must be 1–64 lowercase letters, digits, underscores or hyphens, not starting with a hyphen.",
        rationale: """
            The API reference restricts `portMappings[].name`, the name a service's Service \
            Connect or VPC Lattice configuration refers to: up to 64 characters, lowercase \
            letters, numbers, underscores and hyphens, and not starting with a hyphen. Names such \
            as "HTTP" or "web.8080" are rejected. The exact message is not documented (ecslint \
            assumes registration-time validation, as for other documented name patterns).
            """,
        fix: "Rename the port mapping using lowercase letters, digits, '_' and '-', for example \"web-8080-tcp\".",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "portMappings": [{"name": ↓"Web.HTTP", "containerPort": 8080, "appProtocol": "http"}]}
                  ]
                }
                """,
                expect: [
                    "port mapping name \"Web.HTTP\" is invalid: it contains uppercase letters; use lowercase letters, digits, '_' and '-' (at most 64, not starting with '-')"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "portMappings": [{"name": "web-8080-tcp", "containerPort": 8080, "appProtocol": "http"}]}
                  ]
                }
                """),
        ]
    )

    /// Why a name is invalid, or nil when it is valid.
    static func problem(with name: String) -> String? {
        if name.isEmpty { return "it is empty" }
        if name.count > 64 { return "it is \(name.count) characters long; at most 64 are accepted" }
        if name.hasPrefix("-") { return "it starts with a hyphen" }
        guard let first = name.unicodeScalars.first(where: { !isAllowed($0) }) else { return nil }
        if case "A"..."Z" = first { return "it contains uppercase letters" }
        return "it contains '\(first)'"
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.portMappings.compactMap { mapping -> Violation? in
                guard let name = mapping.name, let problem = Self.problem(with: name) else { return nil }
                return .invalidPortMappingName(name, problem: problem, of: mapping)
            }
        }
    }
}

extension Violation {
    /// ECS315: a port mapping name Service Connect does not accept (`problem` says why).
    fileprivate static func invalidPortMappingName(
        _ name: String, problem: String, of mapping: PortMapping
    ) -> Violation {
        let suggestion = String(
            name.lowercased().map {
                ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "-" ? $0 : "-"
            }
            .drop(while: { $0 == "-" }).prefix(64))
        return Violation(
            "port mapping name \"\(name)\" is invalid: \(problem); use lowercase letters, digits, '_' and '-' (at most 64, not starting with '-')",
            fix: suggestion.isEmpty || suggestion == name
                ? "rename the port mapping, for example \"web-8080-tcp\""
                : "rename it, for example \"\(suggestion)\" (and update the Service Connect configuration that refers to it)",
            at: mapping.pointer / "name")
    }
}

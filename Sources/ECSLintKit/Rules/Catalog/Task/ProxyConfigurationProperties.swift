/// The App Mesh proxy configuration needs the proxy's ports, the
/// application's ports and the proxy's own UID or GID to set up traffic
/// redirection; without them the task's networking cannot be set up.
struct ProxyConfigurationProperties: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS136", slug: "proxy-configuration-properties", title: "proxyConfiguration lacks required properties",
        severity: .error, stage: .launch,
        summary:
            "proxyConfiguration.properties must set AppPorts, ProxyIngressPort, ProxyEgressPort and IgnoredUID or IgnoredGID.",
        rationale: """
            The API documentation marks `AppPorts`, `ProxyIngressPort` and `ProxyEgressPort` as \
            required, and `IgnoredUID` and `IgnoredGID` as required with one of them allowed to be \
            empty when the other is set (the proxy's own traffic must be excluded from redirection, \
            or it loops). The properties are free-form name/value pairs in the model, so nothing \
            checks them before ECS; whether the API rejects an incomplete list at registration or \
            the task fails when its network is set up is unverified, so ecslint reports it as a \
            launch error.
            """,
        fix: """
            Add the missing properties, for example {"name": "IgnoredUID", "value": "1337"}, \
            {"name": "AppPorts", "value": "8080"}, {"name": "ProxyIngressPort", "value": "15000"}, \
            {"name": "ProxyEgressPort", "value": "15001"}.
            """,
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfiguration.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "proxyConfiguration": {
                    "type": "APPMESH", "containerName": "envoy",
                    ↓"properties": [{"name": "AppPorts", "value": "8080"}]
                  },
                  "containerDefinitions": [{"name": "envoy", "image": "envoyproxy/envoy:v1.31.0", "memory": 512}]
                }
                """,
                expect: [
                    "proxyConfiguration.properties lacks IgnoredUID or IgnoredGID, ProxyIngressPort and ProxyEgressPort; the App Mesh proxy cannot be set up without them"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "proxyConfiguration": {
                    "type": "APPMESH", "containerName": "envoy",
                    "properties": [
                      {"name": "IgnoredUID", "value": "1337"},
                      {"name": "IgnoredGID", "value": ""},
                      {"name": "AppPorts", "value": "8080"},
                      {"name": "ProxyIngressPort", "value": "15000"},
                      {"name": "ProxyEgressPort", "value": "15001"},
                      {"name": "EgressIgnoredIPs", "value": "169.254.170.2,169.254.169.254"}
                    ]
                  },
                  "containerDefinitions": [{"name": "envoy", "image": "envoyproxy/envoy:v1.31.0", "memory": 512}]
                }
                """),
        ]
    )

    /// The properties that must have a non-empty value.
    static let required = ["AppPorts", "ProxyIngressPort", "ProxyEgressPort"]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let proxy = task.proxyConfiguration, proxy.type == nil || proxy.type == "APPMESH",
            !proxy.$properties.isNull
        else { return [] }
        var values: [String: String] = [:]
        for property in proxy.properties {
            if let name = property.name { values[name] = property.value ?? "" }
        }
        func isSet(_ name: String) -> Bool { !(values[name] ?? "").isEmpty }
        var missing = Self.required.filter { !isSet($0) }
        if !isSet("IgnoredUID") && !isSet("IgnoredGID") { missing.insert("IgnoredUID or IgnoredGID", at: 0) }
        guard !missing.isEmpty else { return [] }
        return [.proxyPropertiesMissing(missing, proxy: proxy.pointer)]
    }
}

extension Violation {
    /// ECS136: App Mesh proxy properties that are required and missing.
    fileprivate static func proxyPropertiesMissing(_ missing: [String], proxy: JSONPointer) -> Violation {
        let examples: [String: String] = [
            "IgnoredUID or IgnoredGID": "{\"name\": \"IgnoredUID\", \"value\": \"1337\"}",
            "AppPorts": "{\"name\": \"AppPorts\", \"value\": \"8080\"}",
            "ProxyIngressPort": "{\"name\": \"ProxyIngressPort\", \"value\": \"15000\"}",
            "ProxyEgressPort": "{\"name\": \"ProxyEgressPort\", \"value\": \"15001\"}",
        ]
        return Violation(
            "proxyConfiguration.properties lacks \(EnglishList.join(missing, conjunction: "and")); the App Mesh proxy cannot be set up without them",
            fix: "add " + missing.compactMap { examples[$0] }.joined(separator: ", ")
                + " (use your proxy's UID and ports)",
            at: proxy / "properties", target: .key)
    }
}

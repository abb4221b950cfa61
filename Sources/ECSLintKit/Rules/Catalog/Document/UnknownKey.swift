/// A key that RegisterTaskDefinition does not have at that place.
///
/// botocore validates every key before sending, case-sensitively, so a typo
/// (`hostport`), a CloudFormation-style name (`Image`) or a field from a newer
/// API fails the whole request with `Unknown parameter`.
struct UnknownKey: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS004", slug: "unknown-key", title: "Unknown key",
        severity: .error, stage: .cli,
        summary: "A key is not a member of the API shape at that place.",
        rationale: """
            The AWS CLI rejects unknown keys at any depth before anything is sent. ecslint suggests \
            the intended key from case-insensitive and edit-distance matches, so `Image`, \
            `portMapping` and `hostport` get `image`, `portMappings` and `hostPort`. A task-level key \
            written inside a container (`ipcMode`, `pidMode`, `networkMode`) is said to belong at \
            task level, and a container key at task level (`image`) to belong in a container.
            """,
        fix: "Rename the key to the one the API expects, or remove it.",
        awsErrors: [
            "Parameter validation failed: Unknown parameter in containerDefinitions[0].portMappings[0]: \"hostport\", must be one of: containerPort, hostPort, protocol, name, appProtocol, containerPortRange"
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"],
        fixes: [
            .safe("Renames a key that differs from an accepted one only in case (`Image` → `image`)."),
            .unsafe("Renames a key to the nearest accepted one by spelling (`portMapping` → `portMappings`)."),
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", ↓"portMapping": [{"containerPort": 80}]}
                  ]
                }
                """,
                fixed: """
                    {
                      "family": "web",
                      "containerDefinitions": [
                        {"name": "app", "image": "nginx:1.27", "portMappings": [{"containerPort": 80}]}
                      ]
                    }
                    """,
                expect: ["unknown key \"portMapping\" in containerDefinitions[0]; did you mean \"portMappings\"?"]),
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", ↓"Image": "nginx:1.27", ↓"Essential": true}]
                }
                """, caption: "CloudFormation's PascalCase names in a task definition.",
                fixed: """
                    {
                      "family": "web",
                      "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "essential": true}]
                    }
                    """,
                expect: [
                    "unknown key \"Image\" in containerDefinitions[0]; did you mean \"image\"?",
                    "unknown key \"Essential\" in containerDefinitions[0]; did you mean \"essential\"?",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "portMappings": [{"containerPort": 80}]}
                  ]
                }
                """),
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, ↓"ipcMode": "host", ↓"pidMode": "task"}
                  ]
                }
                """, caption: "ipcMode and pidMode are task-level keys: the message says they belong at task level.",
                expect: [
                    "unknown key \"ipcMode\" in containerDefinitions[0]; ipcMode belongs at task level, beside containerDefinitions, not inside a container",
                    "unknown key \"pidMode\" in containerDefinitions[0]; pidMode belongs at task level, beside containerDefinitions, not inside a container",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "ipcMode": "host",
                  "pidMode": "task",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )
}

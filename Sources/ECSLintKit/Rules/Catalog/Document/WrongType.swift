/// A value of the wrong JSON type.
///
/// Task-level `cpu` and `memory` are strings while container `cpu`, `memory`
/// and ports are integers: the most common reason the AWS CLI refuses a file.
struct WrongType: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS006", slug: "wrong-type", title: "Value has the wrong type",
        severity: .error, stage: .cli,
        summary: "A value is not of the JSON type the API model declares.",
        rationale: """
            botocore checks the type of every value: strings must be strings (task `cpu: 256` fails), \
            integers must be integers (`"512"` and `512.0` fail), booleans must be booleans \
            (`"true"` fails), lists must be arrays and map values must be strings. A placeholder in \
            quotes where a number or boolean belongs (`"containerPort": "${PORT}"`) is reported too, \
            although its value is unknown: envsubst and similar tools replace only the text between \
            the quotes, so the rendered value is still a string. Write such a placeholder without \
            quotes in the template (`"containerPort": ${PORT}`); ecslint reports the unquoted form as \
            a syntax error with a hint until the file is rendered or linted with `--var`.
            """,
        fix: "Write the value with the type the API expects.",
        awsErrors: [
            "Parameter validation failed: Invalid type for parameter cpu, value: 256, type: <class 'int'>, valid types: <class 'str'>"
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"],
        fixes: [
            .safe(
                "Rewrites a scalar whose meaning is plain: a number or boolean where a string belongs (`512` → `\"512\"`), a numeric string where a number belongs (`\"80\"` → `80`), `\"true\"`/`\"false\"` for a boolean."
            ),
            .unsafe("Reads `\"yes\"`, `\"on\"`, `\"1\"`, `\"enabled\"` (and their opposites) as a boolean."),
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "cpu": ↓256,
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": ↓"512"}]
                }
                """,
                fixed: """
                    {
                      "family": "web",
                      "cpu": "256",
                      "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                    }
                    """,
                expect: [
                    "cpu must be a string, not an integer",
                    "containerDefinitions[0].memory must be an integer, not a string",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "cpu": "256",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "${IMAGE}", "memory": 512,
                     "portMappings": [{"containerPort": ↓"${PORT}"}], "essential": ↓"{{ essential }}"}
                  ]
                }
                """, caption: "envsubst fills in the text between the quotes: the rendered port is still a string.",
                expect: [
                    "containerDefinitions[0].portMappings[0].containerPort is the quoted placeholder \"${PORT}\": a template tool such as envsubst fills in the text between the quotes, so the result is still a string, and the AWS CLI needs an integer here",
                    "containerDefinitions[0].essential is the quoted placeholder \"{{ essential }}\": a template tool such as envsubst fills in the text between the quotes, so the result is still a string, and the AWS CLI needs a boolean here",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "${IMAGE}", "memory": 512, "portMappings": [{"containerPort": 8080}]}
                  ]
                }
                """, caption: "A placeholder in a string field is unknown, not wrong."),
            .badYAML(
                """
                family: web
                containerDefinitions:
                  - name: app
                    image: nginx:1.27
                    memory: 512
                    essential: ↓yes
                """, caption: "YAML 1.2 reads yes as a string; the fix is essential: true.",
                expect: ["containerDefinitions[0].essential must be a boolean, not a string"]),
            .goodYAML(
                """
                family: web
                containerDefinitions:
                  - name: app
                    image: nginx:1.27
                    memory: 512
                    essential: true
                """),
        ]
    )
}

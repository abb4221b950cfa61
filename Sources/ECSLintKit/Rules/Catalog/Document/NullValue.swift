/// `null` values.
///
/// Console exports and describe output carry `null` for unset fields; the AWS
/// CLI rejects every one of them, and the "Deploy to Amazon ECS" action
/// strips them all. One cause, one finding: every null of a task definition
/// is reported by one finding, at the first, with the others as notes; no
/// other rule reports a null (a null member is neither "set" nor "missing").
/// The severity follows the `consumer` setting: an error for `aws-cli`, a
/// warning for `deploy-action`.
struct NullValue: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS007", slug: "null-value", title: "Null value",
        severity: .error, stage: .cli,
        summary: "Members are set to null.",
        rationale: """
            botocore treats `null` as a value of the wrong type for every field, so a single \
            `"ipcMode": null` stops registration. Leaving the key out means the same thing and works. \
            The "Deploy to Amazon ECS" GitHub action removes nulls before registering, so with \
            `consumer: deploy-action` this is a warning. Files exported from the console can carry \
            dozens of nulls: they are reported once, with every position.
            """,
        fix: "Remove the null members (`ecslint render FILE -o FILE.json` writes the file without them).",
        awsErrors: [
            "Parameter validation failed: Invalid type for parameter ipcMode, value: None, type: <class 'NoneType'>, valid types: <class 'str'>"
        ],
        fixes: [.safe("Removes every null member and null list item (in YAML, the lines holding them).")],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "ipcMode": ↓null,
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                fixed: """
                    {
                      "family": "web",
                      "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                    }
                    """,
                expect: ["\"ipcMode\" is null; the AWS CLI rejects null values (consumer: aws-cli)"]),
            .badYAML(
                """
                family: web
                pidMode: ↓null   # exported by the console
                containerDefinitions:
                  - name: app
                    image: nginx:1.27
                    user: ~
                    essential: true
                """,
                caption: "In YAML the lines go, comments elsewhere stay.",
                fixed: """
                    family: web
                    containerDefinitions:
                      - name: app
                        image: nginx:1.27
                        essential: true
                    """,
                expect: [
                    "2 members are null (\"pidMode\" and \"containerDefinitions[0].user\"); the AWS CLI rejects null values (consumer: aws-cli)"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    /// The fix removing the nulls at `pointers` (relative to the task definition).
    static func removal(of pointers: [JSONPointer]) -> ProposedFix? {
        guard !pointers.isEmpty else { return nil }
        return ProposedFix(pointers.count == 1 ? "remove the null" : "remove the nulls", .safe, .remove(pointers))
    }

    /// The one finding for every null of a task definition, in document
    /// order, or nil when there is none.
    static func finding(for nulls: [(finding: Finding, place: String)], consumer: Consumer) -> Finding? {
        guard var finding = nulls.first?.finding else { return nil }
        let places = nulls.map { "\"\($0.place)\"" }
        let listed =
            places.count <= 3
            ? EnglishList.join(places, conjunction: "and") : "\(places[0]) and \(places.count - 1) more"
        var message = nulls.count == 1 ? "\(listed) is null" : "\(nulls.count) members are null (\(listed))"
        switch consumer {
        case .awsCLI:
            finding.severity = .error
            message += "; the AWS CLI rejects null values (\(consumer.settingText))"
        case .deployAction:
            finding.severity = .warning
            message +=
                "; the Deploy to Amazon ECS action strips null values before registering (\(consumer.settingText))"
        }
        finding.message = message
        finding.fix = (nulls.count == 1 ? finding.fix ?? descriptor.fix : descriptor.fix)
        if consumer == .awsCLI {
            finding.fix? += "; if only the Deploy to Amazon ECS action reads this file, set consumer: deploy-action"
        }
        finding.notes = nulls.dropFirst().map { null in
            FindingNote(
                "\"\(null.place)\" is null", at: null.finding.pointer, target: null.finding.target,
                range: null.finding.range)
        }
        return finding
    }
}

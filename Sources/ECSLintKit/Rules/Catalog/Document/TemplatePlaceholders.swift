/// The task definition is a template: some values are placeholders that a
/// pipeline fills in later (`${IMAGE}`, `{{ tag }}`, `<IMAGE1_NAME>`, …).
///
/// Placeholders are unknown values, not wrong ones: no format rule reports
/// a value that contains one, and a placeholder string is accepted where a
/// number or boolean is expected. This one info finding lists them, so the
/// user knows what was not checked and how to check it.
struct TemplatePlaceholders: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS014", slug: "template-placeholders", title: "Template placeholders",
        severity: .info, stage: .practice,
        summary: "Lists the template placeholders in the task definition; values holding them are not checked.",
        rationale: """
            About a third of real task definitions are templates that CI renders before \
            registering. Reporting `${IMAGE}` as an invalid image reference, or `"${MEMORY}"` as a \
            string where an integer belongs, would bury the real problems. ecslint treats every \
            value that contains a placeholder (see the README for the grammar) as unknown and lists \
            them once. Give values with `--var NAME=VALUE`, `--var-file FILE` or `--vars-from-env` to \
            check the rendered definition, with findings still at the template's lines. The rule \
            is opt-in (`--strict`, or `ECS014: on`): in a template, placeholders are expected, and \
            listing them on every templated file outweighed every other info on real repositories. \
            `ecslint render` refuses unsubstituted placeholders whether or not it is on.
            """,
        fix: "Lint with --var NAME=VALUE (or --var-file, --vars-from-env) to check the rendered values.",
        references: ["https://www.gnu.org/software/gettext/manual/html_node/envsubst-Invocation.html"],
        enabledByDefault: false,
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"${REGISTRY}/web:${TAG}", "memory": 256}
                  ]
                }
                """, caption: "Placeholders are listed once; the image is not reported as invalid.",
                expect: [
                    "2 template placeholders (${REGISTRY}, ${TAG}): values holding them are unknown and not checked"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]
                }
                """),
        ]
    )

    /// How the message ends when linting (rendering says they were not substituted).
    static let uncheckedSuffix = ": values holding them are unknown and not checked"

    /// The most placeholders named in the message.
    static let listedLimit = 8
    /// The most occurrences given as notes.
    static let noteLimit = 20

    /// The finding for the placeholders of one task definition: each value
    /// holding some, as a document pointer with its range, in document order.
    static func finding(
        for occurrences: [(pointer: JSONPointer, range: SourceRange, placeholders: [String])], document: Int,
        label: String?
    ) -> Finding? {
        guard let first = occurrences.first else { return nil }
        return Finding(
            descriptor: descriptor, violation: .templatePlaceholders(occurrences), document: document,
            range: first.range, label: label)
    }
}

extension Violation {
    /// ECS014: the template placeholders of a task definition (never empty), at the first value holding one.
    fileprivate static func templatePlaceholders(
        _ occurrences: [(pointer: JSONPointer, range: SourceRange, placeholders: [String])]
    ) -> Violation {
        let listedLimit = TemplatePlaceholders.listedLimit
        var distinct: [String] = []
        var seen: Set<String> = []
        for placeholder in occurrences.flatMap(\.placeholders) where seen.insert(placeholder).inserted {
            distinct.append(placeholder)
        }
        var listed = distinct.prefix(listedLimit).joined(separator: ", ")
        if distinct.count > listedLimit { listed += " and \(distinct.count - listedLimit) more" }
        let count = distinct.count == 1 ? "1 template placeholder" : "\(distinct.count) template placeholders"
        return Violation(
            "\(count) (\(listed))\(TemplatePlaceholders.uncheckedSuffix)",
            fix: "lint with --var NAME=VALUE, --var-file FILE or --vars-from-env to check the rendered values",
            at: occurrences[0].pointer,
            notes: occurrences.dropFirst().prefix(TemplatePlaceholders.noteLimit).map {
                FindingNote("placeholder " + $0.placeholders.joined(separator: ", "), at: $0.pointer, range: $0.range)
            })
    }
}

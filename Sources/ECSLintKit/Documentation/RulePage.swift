/// The Markdown documentation generated from rule descriptors: one page per
/// rule in `rules/`, the index page, and `ecslint explain`.
public enum RulePage {
    /// The file name of a rule's page, e.g. `ECS301.md`.
    public static func fileName(for descriptor: RuleDescriptor) -> String {
        "\(descriptor.code).md"
    }

    /// Where the rule pages are published, with `{version}` standing for the
    /// tool version: the pages of the tagged release, so a report links to the
    /// documentation of the version that wrote it.
    public static let publishedBaseURL = "https://github.com/ecslint/ecslint/blob/v{version}/"

    /// The published page of a rule for a tool version, for example
    /// `https://github.com/ecslint/ecslint/blob/v0.1.0/rules/ECS301.md`.
    public static func url(
        for rule: RuleDescriptor, version: String = ECSLintVersion.current, baseURL: String = publishedBaseURL
    ) -> String {
        let base =
            version == ECSLintVersion.current && baseURL == publishedBaseURL
            ? currentPagesBase : pagesBase(version: version, baseURL: baseURL)
        return base + fileName(for: rule)
    }

    /// The folder of the rule pages, ending in `rules/`.
    private static func pagesBase(version: String, baseURL: String) -> String {
        var base = baseURL.replacing("{version}", with: version)
        if !base.hasSuffix("/") { base += "/" }
        return base + "rules/"
    }

    /// The folder of this version's published pages, built once: a JSON or
    /// SARIF report links every finding to it.
    private static let currentPagesBase = pagesBase(version: ECSLintVersion.current, baseURL: publishedBaseURL)

    /// The page as plain text: the Markdown without code fences, table rules
    /// and heading marks, for readers that show no Markdown (SARIF `help.text`).
    public static func plainText(for rule: RuleDescriptor, showingFindings: Bool = true) -> String {
        var lines: [String] = []
        for line in markdown(for: rule, showingFindings: showingFindings).split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            if line.hasPrefix("```") || line.hasPrefix("|---") { continue }
            var text = String(line)
            while text.hasPrefix("#") { text.removeFirst() }
            if text.hasPrefix(" ") { text.removeFirst() }
            lines.append(text)
        }
        return lines.joined(separator: "\n")
    }

    /// The page of one rule; with `showingFindings`, each bad example is
    /// followed by the findings `ecslint lint` prints for it (the example is
    /// linted, so the page shows what the rule really says).
    public static func markdown(for rule: RuleDescriptor, showingFindings: Bool = true) -> String {
        var page = "# \(rule.code) \(rule.slug): \(rule.title)\n\n"
        page += "| severity | stage | fires when | on by default |\n|---|---|---|---|\n"
        page += "| \(rule.severity.rawValue) | \(rule.stage.rawValue) | \(rule.stage.explanation) | "
        page +=
            rule.isEnabledByDefault
            ? "yes |\n\n" : "no: opt-in (`--strict`, or `\(rule.code): on` in `.ecslint.yml`) |\n\n"
        page += "## What it checks\n\n\(rule.summary)\n\n"
        page += "## Why it matters\n\n\(rule.rationale)\n\n"
        if !rule.awsErrors.isEmpty {
            page += "## The AWS error it prevents\n\n"
            for error in rule.awsErrors {
                page += "```\n\(error)\n```\n\n"
            }
        }
        let bad = rule.examples.filter { $0.kind == .bad }
        let good = rule.examples.filter { $0.kind == .good }
        if !bad.isEmpty {
            page += "## Example that triggers it\n\n"
            for example in bad {
                page += render(example)
                if showingFindings { page += findings(of: example, rule: rule) }
            }
        }
        if !good.isEmpty {
            page += "## Use instead\n\n"
            for example in good { page += render(example) }
        }
        page += "## How to fix it\n\n\(rule.fix)\n\n"
        page += automaticFix(rule)
        if !rule.options.isEmpty {
            page += "## Options\n\n| option | default | meaning |\n|---|---|---|\n"
            for option in rule.options {
                page += "| `\(option.name)` | `\(option.defaultValue)` | \(option.summary) |\n"
            }
            page += "\n"
        }
        if !rule.references.isEmpty {
            page += "## References\n\n"
            for reference in rule.references { page += "- \(reference)\n" }
            page += "\n"
        }
        return page
    }

    /// The index of all rules, grouped by stage order of code.
    public static func index(for rules: [RuleDescriptor]) -> String {
        var page = "# ecslint rules\n\n"
        page += "Generated from the rule descriptors in `Sources/ECSLintKit/Rules/`; do not edit by hand "
        page += "(run `scripts/generate-rule-docs`).\n\n"
        page += "Stages: `syntax` (not JSON/YAML), `cli` (the AWS CLI refuses to send it), `register` "
        page +=
            "(RegisterTaskDefinition fails), `launch` (registers, but tasks fail to start), `practice` (a risk).\n\n"
        page += "| code | name | severity | stage | default | summary |\n|---|---|---|---|---|---|\n"
        for rule in rules {
            let summary = rule.summary.replacing("|", with: "\\|")
            page +=
                "| [\(rule.code)](\(fileName(for: rule))) | \(rule.slug) | \(rule.severity.rawValue) | \(rule.stage.rawValue) | \(rule.isEnabledByDefault ? "on" : "opt-in") | \(summary) |\n"
        }
        return page
    }

    /// The text with lines longer than 160 characters cut in the middle.
    static func shortened(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.count > 160 else { return String(line) }
            return "\(line.prefix(80))… (\(line.count - 120) characters left out) …\(line.suffix(40))"
        }.joined(separator: "\n")
    }

    /// The fixes a rule declares and the bad examples as they read once fixed.
    private static func automaticFix(_ rule: RuleDescriptor) -> String {
        guard !rule.fixes.isEmpty else { return "" }
        var text = "## Automatic fix\n\n"
        for fix in rule.fixes {
            let how = fix.applicability == .safe ? "`ecslint lint --fix`" : "`ecslint lint --fix --unsafe-fixes`"
            text += "- \(fix.applicability.rawValue) (\(how)): \(fix.summary)\n"
        }
        text += "\n"
        for (number, example) in rule.examples.filter({ $0.kind == .bad }).enumerated() {
            guard let fixed = example.fixed else { continue }
            let language = example.format == .json ? "json" : "yaml"
            text += "Example \(number + 1) above, fixed:\n\n"
            text += "```\(language)\n\(shortened(fixed))\n```\n\n"
        }
        return text
    }

    /// What `ecslint lint` prints for a bad example.
    private static func findings(of example: RuleExample, rule: RuleDescriptor) -> String {
        var output = RuleExampleRun(descriptor: rule, example: example).renderedFindings()
        while output.hasSuffix("\n") { output.removeLast() }
        guard !output.isEmpty else { return "" }
        return "ecslint reports:\n\n```text\n\(output)\n```\n\n"
    }

    private static func render(_ example: RuleExample) -> String {
        var text = ""
        if let caption = example.caption { text += "\(caption)\n\n" }
        if let launchType = example.launchType { text += "With `--launch-type \(launchType.rawValue)`:\n\n" }
        if !example.options.isEmpty {
            let settings = example.options.sorted { $0.key < $1.key }
                .map { "`\($0.key): [\($0.value.joined(separator: ", "))]`" }.joined(separator: ", ")
            text += "With the option \(settings):\n\n"
        }
        let language = example.format == .json ? "json" : "yaml"
        if let taskDefinition = example.taskDefinition {
            text += "With this task definition linted in the same run (`task-definition.json`):\n\n"
            text += "```json\n\(shortened(taskDefinition))\n```\n\nthe request:\n\n"
        }
        text += "```\(language)\n\(shortened(example.unmarked.text))\n```\n\n"
        return text
    }
}

/// `ecslint render`: turns a task definition file as users have it (YAML,
/// a template, describe output, a CloudFormation resource) into the JSON
/// that RegisterTaskDefinition takes, or says why it cannot.
///
/// The file is linted first (with the variables substituted); errors that
/// rendering removes (`null` values, read-only describe fields, the describe
/// wrapper) do not stop it, any other error does, and so do placeholders
/// left unsubstituted unless `keepsPlaceholders`. The output is
/// `RegisterReadyDocument`'s request without `null`s, indented two spaces,
/// members in source order. A container list renders as the cleaned list
/// (for Terraform's `container_definitions`).
public struct TaskDefinitionRenderer: Sendable {
    /// Error codes that rendering fixes.
    public static let fixedByRendering = Set(FindingRole.resolvedByRendering.map(\.code))

    /// What rendering gave.
    public struct Output: Sendable {
        /// The lint report of the file (positions in the original file).
        public var report: FileReport
        /// The findings that stop rendering, as errors.
        public var blocking: [Finding] = []
        /// Other reasons the file cannot be rendered.
        public var problems: [String] = []
        /// The rendered JSON, ending with a newline, when nothing stops it.
        public var json: String?
        /// What was changed on the way, for notes.
        public var changes: [String] = []
    }

    /// The linter, with the variables and launch type in force.
    public var linter: Linter
    /// The logical id of the CloudFormation resource to render, when a template has several.
    public var resource: String?
    /// Whether placeholders left unsubstituted are written as they are instead of stopping.
    public var keepsPlaceholders: Bool

    /// Creates a renderer.
    public init(linter: Linter, resource: String? = nil, keepsPlaceholders: Bool = false) {
        self.linter = linter
        self.resource = resource
        self.keepsPlaceholders = keepsPlaceholders
    }

    /// Renders `source`; `filter` applies the configuration to the lint report.
    public func render(
        _ source: SourceText, format: SourceFormat? = nil, filter: (FileReport) -> FileReport = { $0 }
    ) -> Output {
        let unfiltered = linter.lint(source, format: format)
        let report = filter(unfiltered)
        var output = Output(report: report)
        // Placeholders stop rendering even when the (opt-in) rule is not selected for lint output.
        let findings: [Finding] =
            report.findings.filter { !$0.plays(.templatePlaceholders) }
            + unfiltered.findings.filter { $0.plays(.templatePlaceholders) }
        for finding in findings {
            if finding.plays(.templatePlaceholders), !keepsPlaceholders {
                var blocking = finding
                blocking.severity = .error
                blocking.message = blocking.placeholdersMessage(ending: " not substituted")
                blocking.fix =
                    "give their values with --var NAME=VALUE, --var-file FILE or --vars-from-env "
                    + "(or --keep-placeholders to write them as they are)"
                output.blocking.append(blocking)
            } else if finding.severity == .error, !Self.fixedByRendering.contains(finding.code) {
                output.blocking.append(finding)
            }
        }
        guard output.blocking.isEmpty else { return output }
        let chosen = format ?? SourceFormat(pathExtension: source.path) ?? SourceFormat.sniff(source.bytes)
        var bytes = source.bytes
        if linter.options.variables != nil {
            let substituted = linter.options.substitute(source, format: chosen)
            bytes = substituted.bytes
            let count = substituted.map.replacements.count
            if count > 0 { output.changes.append("substituted \(count) variable reference\(count == 1 ? "" : "s")") }
        }
        let loaded = InputLoader.load(SourceText(path: source.path, bytes: bytes), format: chosen)
        switch RenderedDocument.make(loaded, resource: resource, launchType: linter.options.launchType) {
        case .success(let document):
            output.json = document.json + "\n"
            output.changes += document.changes
        case .failure(let problem):
            output.problems.append(problem.description)
        }
        return output
    }
}

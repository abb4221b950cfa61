import ArgumentParser
import ECSLintKit

extension ECSLintCommand {
    /// `ecslint rules`: lists every rule.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every rule: code, name, severity, stage and summary.")

        @Option(name: [.short, .long], help: "Output format: text or json.")
        var format: ListFormat = .text

        @Option(help: ArgumentHelp("Write the Markdown rule pages and index into this folder.", visibility: .hidden))
        var writePages: String?

        func run() throws {
            let descriptors = RuleRegistry.descriptors
            if let folder = writePages {
                try writeRulePages(descriptors, to: folder)
                return
            }
            switch format {
            case .text:
                for rule in descriptors {
                    let severity = rule.severity.rawValue.padding(7)
                    let stage = rule.stage.rawValue.padding(8)
                    print("\(rule.code)  \(rule.slug.padding(40)) \(severity) \(stage) \(rule.summary)")
                }
            case .json:
                print(RuleCatalogJSON.render(descriptors), terminator: "")
            }
        }

        private func writeRulePages(_ descriptors: [RuleDescriptor], to folder: String) throws {
            do {
                for rule in descriptors {
                    try AtomicFile.write(RulePage.markdown(for: rule), to: folder + "/" + RulePage.fileName(for: rule))
                }
                try AtomicFile.write(RulePage.index(for: descriptors), to: folder + "/README.md")
            } catch {
                printError("ecslint: cannot write rule pages to \(folder): \(error)")
                throw ExitStatus.usage
            }
        }
    }

    /// `ecslint explain`: prints one rule's page, or the rules that prevent
    /// an error AWS printed.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain a rule, or which rules prevent an error AWS printed.",
            discussion: """
                Given a rule code or name, prints the rule's page. Given an error message from AWS \
                (quote it; the AWS CLI's "An error occurred (…) when calling …:" prefix may stay), \
                prints the rules whose documented AWS error matches, best first, with their fix. \
                Exit status 1 when no rule matches the message.
                """)

        @Argument(help: "A rule code (ECS301), a rule name (host-port-mismatch), or an AWS error message.")
        var subject: String

        func run() throws {
            if let descriptor = RuleRegistry.descriptor(named: subject) {
                print(RulePage.markdown(for: descriptor), terminator: "")
                print("Online: \(RulePage.url(for: descriptor))")
                return
            }
            let matches = AWSErrorMatcher.matches(for: subject)
            guard !matches.isEmpty else {
                if !subject.contains(where: \.isWhitespace) {
                    printError("ecslint: " + RuleNameSuggestion.unknownRuleMessage(subject))
                    throw ExitStatus.usage
                }
                printError("ecslint: no rule's AWS error matches this message; run 'ecslint rules' for the list")
                throw ExitStatus.findings
            }
            print(Self.explanation(matches), terminator: "")
        }

        /// One paragraph per matching rule, best first.
        static func explanation(_ matches: [AWSErrorMatch]) -> String {
            var text = ""
            for match in matches {
                let rule = match.descriptor
                let percent = Int((match.score * 100).rounded())
                text +=
                    "\(rule.code) \(rule.slug) (\(rule.severity.rawValue), \(rule.stage.rawValue); \(percent)% match)\n"
                text += "  \(rule.title): \(rule.summary)\n"
                text += "  AWS: \(match.quoted)\n"
                text += "  fix: \(rule.fix)\n"
                for fix in rule.fixes {
                    let how = fix.applicability == .safe ? "ecslint lint --fix" : "ecslint lint --fix --unsafe-fixes"
                    text += "  automatic fix (\(fix.applicability.rawValue), \(how)): \(fix.summary)\n"
                }
                text += "  more: ecslint explain \(rule.code)\n\n"
            }
            return text
        }
    }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

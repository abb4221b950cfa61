import ArgumentParser
import ECSLintKit

extension ECSLintCommand {
    /// `ecslint rules`: lists every rule.
    struct Rules: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every rule: code, name, severity, stage and summary.")

        @Option(name: [.short, .long], help: "Output format: text or json.")
        var format: ListFormat = .text

        @Option(help: ArgumentHelp("Write the Markdown rule pages and index into this folder.", visibility: .hidden))
        var writePages: String?

        @Option(help: ArgumentHelp("Write the generated rule cards (Swift) to this file.", visibility: .hidden))
        var writeCards: String?

        func run(in console: Console) throws {
            let descriptors = RuleRegistry.descriptors
            if let file = writeCards {
                do {
                    try AtomicFile.write(RuleCard.generatedFile(), to: file)
                } catch {
                    console.printError("ecslint: cannot write the rule cards to \(file): \(error)")
                    throw ExitStatus.usage
                }
                return
            }
            if let folder = writePages {
                try writeRulePages(descriptors, to: folder, console: console)
                return
            }
            switch format {
            case .text:
                for rule in descriptors {
                    let severity = rule.severity.rawValue.padding(7)
                    let stage = rule.stage.rawValue.padding(8)
                    console.write(
                        "\(rule.code)  \(rule.slug.padding(40)) \(severity) \(stage) \(rule.summary)", terminator: "\n")
                }
            case .json:
                console.write(RuleCatalogJSON.render(descriptors))
            }
        }

        private func writeRulePages(_ descriptors: [RuleDescriptor], to folder: String, console: Console) throws {
            do {
                for rule in descriptors {
                    try AtomicFile.write(RulePage.markdown(for: rule), to: folder + "/" + RulePage.fileName(for: rule))
                }
                try AtomicFile.write(RulePage.index(for: descriptors), to: folder + "/README.md")
            } catch {
                console.printError("ecslint: cannot write rule pages to \(folder): \(error)")
                throw ExitStatus.usage
            }
        }
    }

    /// `ecslint explain`: prints one rule's page, or the rules that prevent
    /// an error AWS printed.
    struct Explain: ConsoleCommand {
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

        func run(in console: Console) throws {
            if let descriptor = RuleRegistry.descriptor(named: subject) {
                console.write(RulePage.markdown(for: descriptor))
                console.write("Online: \(RulePage.url(for: descriptor))", terminator: "\n")
                return
            }
            let matches = AWSErrorMatcher.matches(for: subject)
            guard !matches.isEmpty else {
                if !subject.contains(where: \.isWhitespace) {
                    console.printError("ecslint: " + RuleNameSuggestion.unknownRuleMessage(subject))
                    throw ExitStatus.usage
                }
                console.printError(
                    "ecslint: no rule's AWS error matches this message; run 'ecslint rules' for the list")
                throw ExitStatus.findings
            }
            console.write(Self.explanation(matches))
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

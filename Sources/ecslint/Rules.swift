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

    /// `ecslint explain`: prints one rule's page.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain a rule: what it checks, why, examples and the fix.")

        @Argument(help: "A rule code (ECS301) or name (awsvpc-host-port-mismatch).")
        var rule: String

        func run() throws {
            guard let descriptor = RuleRegistry.descriptor(named: rule) else {
                printError("ecslint: " + RuleNameSuggestion.unknownRuleMessage(rule))
                throw ExitStatus.usage
            }
            print(RulePage.markdown(for: descriptor), terminator: "")
            print("Online: \(RulePage.url(for: descriptor))")
        }
    }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

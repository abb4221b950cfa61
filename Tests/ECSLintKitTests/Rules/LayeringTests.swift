import Foundation
import Testing

@testable import ECSLintKit

/// Issue 12's layering: only `Rules/` reads a rule's code or descriptor, and
/// the layers below it name no rule at all (they report neutral values).
@Suite struct LayeringTests {
    /// The Swift files under a repository folder, as repository-relative paths.
    static func swiftFiles(under folder: String) -> [String] {
        let base = RepositoryFiles.url(folder)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().map { "\(folder)/\($0)" }
    }

    /// `Name.code` and `Name.descriptor` with a capitalised `Name` other than
    /// `Self` and `RuleRegistry` (a registry lookup), as the acceptance grep
    /// of issue 12 finds them.
    static func ruleReads(in line: Substring) -> [String] {
        var found: [String] = []
        for member in [".code", ".descriptor"] {
            for range in line.ranges(of: member) {
                let after = line[range.upperBound...].first
                if let after, after.isLetter || after.isNumber || after == "_" || after == "(" { continue }
                let name = line[..<range.lowerBound].reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                let identifier = String(name.reversed())
                guard let first = identifier.first, first.isUppercase,
                    !["Self", "RuleRegistry"].contains(identifier)
                else { continue }
                found.append(identifier + member)
            }
        }
        return found
    }

    @Test func noRuleCodeOrDescriptorIsReadOutsideRules() throws {
        var reads: [String] = []
        for path in Self.swiftFiles(under: "Sources") where !path.hasPrefix("Sources/ECSLintKit/Rules/") {
            let text = try #require(RepositoryFiles.read(path))
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.contains("type(of") {
                reads += Self.ruleReads(in: line).map { "\(path):\(number + 1): \($0)" }
            }
        }
        #expect(reads.isEmpty, "name the role (FindingRole, SchemaViolation.Kind.rule) instead: \(reads)")
        #expect(Self.ruleReads(in: "x.code == PlaceholderRefusal.code") == ["PlaceholderRefusal.code"])
        #expect(Self.ruleReads(in: "descriptor: DuplicateKey.descriptor, v") == ["DuplicateKey.descriptor"])
        #expect(Self.ruleReads(in: "Self.descriptor(for: kind), entry.code, RuleRegistry.descriptor").isEmpty)
    }

    @Test func theLayersBelowRulesNameNoRule() throws {
        let rules: [any RuleDescribing.Type] =
            RuleRegistry.engineChecks + RuleRegistry.rules.map { $0 } + RuleRegistry.serviceRules.map { $0 }
        let names = Set(rules.map { String(describing: $0) } + ["RuleRegistry"])
        var uses: [String] = []
        for folder in ["Source", "Input", "Schema"] {
            for path in Self.swiftFiles(under: "Sources/ECSLintKit/\(folder)") where !path.contains(".generated.") {
                let text = try #require(RepositoryFiles.read(path))
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.trimmingPrefix(while: \.isWhitespace)
                    guard !code.hasPrefix("//") else { continue }
                    // Identifiers outside string literals.
                    let unquoted = code.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                        .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined(separator: " ")
                    let identifiers = unquoted.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
                    uses += identifiers.filter(names.contains).map { "\(path):\(number + 1): \($0)" }
                }
            }
        }
        #expect(uses.isEmpty, "report a neutral value (ShapeNotice, SchemaViolation) instead: \(uses)")
        #expect(names.contains("UnknownKey") && names.contains("HostPortMismatch"))
    }

    @Test func everyRoleIsPlayedByARegisteredRuleOfItsOwn() {
        let codes = FindingRole.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        for role in FindingRole.allCases {
            #expect(RuleRegistry.descriptor(named: role.code) != nil, "\(role)")
        }
        #expect(FindingRole.syntaxError.code == InvalidSyntax.code)
        #expect(
            FindingRole.resolvedByRendering.map(\.code).sorted()
                == [NullValue.code, ReadOnlyDescribeFields.code, DescribeOutputWrapper.code].sorted())
    }
}

import ArgumentParser
import ECSLintKit

extension ECSLintCommand {
    /// `ecslint schema`: prints a JSON Schema for editors.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a JSON Schema (draft-07) of a task definition for editors.",
            discussion: """
                Generated from the botocore model the schema check uses: descriptions, enums, required \
                members, ranges, and no unknown keys. Kinds: \
                \(JSONSchemaKind.available.map(\.rawValue).joined(separator: ", ")).
                """)

        @Option(help: "What the schema describes: \(JSONSchemaKind.available.map(\.rawValue).joined(separator: ", ")).")
        var kind: String = JSONSchemaKind.taskDefinition.rawValue

        @Option(name: [.short, .long], help: "Write the schema to this file (atomically) instead of standard output.")
        var output: String?

        func run() throws {
            guard let chosen = JSONSchemaKind(rawValue: kind), JSONSchemaKind.available.contains(chosen),
                let schema = JSONSchemaGenerator.schema(for: chosen, version: ECSLintVersion.current)
            else {
                let known = JSONSchemaKind.available.map(\.rawValue).joined(separator: ", ")
                printError("ecslint: no schema of kind '\(kind)'; available: \(known)")
                throw ExitStatus.usage
            }
            guard let output else {
                print(schema, terminator: "")
                return
            }
            do {
                try AtomicFile.write(schema, to: output)
            } catch {
                printError("ecslint: cannot write \(output): \(error)")
                throw ExitStatus.usage
            }
        }
    }
}

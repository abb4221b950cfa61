import ArgumentParser
import ECSLintKit
import ECSLive

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension ECSLintCommand {
    /// `ecslint register`: lints a file, then registers it with ECS only when it is clean.
    struct Register: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint a task definition, then register it with Amazon ECS if nothing fails.",
            discussion: """
                Lints FILE as 'ecslint lint' does, after substituting --var, --var-file and --vars-from-env values \
                as 'ecslint render' does. With a finding at or above --fail-on, or a placeholder left unfilled, \
                prints the findings, sends nothing and exits 1. Otherwise calls RegisterTaskDefinition with the register-ready JSON (YAML \
                converted, describe-task-definition output unwrapped) and prints the new task definition ARN on \
                standard output, the revision on standard error. Exit status: 0 registered or unchanged, 1 refused \
                by the lint gate, 2 usage error or unreadable file, 3 AWS or network failure.
                """
        )

        @Argument(help: "The task definition file (JSON or YAML).")
        var file: String

        @Option(help: "The AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile's region).")
        var region: String?

        @Option(help: "The profile of the shared AWS config and credentials files (else AWS_PROFILE).")
        var profile: String?

        @Option(help: "Send requests to this endpoint instead of the regional one.")
        var endpointURL: String?

        @Flag(help: "Register only when the file differs from the family's latest ACTIVE revision.")
        var ifChanged = false

        @Flag(help: "Print the request that would be sent (signature and credentials elided) and send nothing.")
        var dryRun = false

        @OptionGroup var failure: FailureOptions

        @Option(name: [.short, .long], help: "Output: text (the ARN) or json (the API response).")
        var format: RegisterFormat = .text

        @OptionGroup var linter: LinterOptions

        @Flag(help: "Explain each step on standard error (never a key, secret, token or signature).")
        var verbose = false

        @Flag(help: "Send over plain http to an endpoint that is not this machine (refused otherwise).")
        var allowHTTP = false

        @OptionGroup(title: "Template variables")
        var variables: VariableOptions

        func run(in console: Console) throws {
            let bytes: [UInt8]
            switch FileReader.contents(ofFile: file) {
            case .success(let contents): bytes = contents.bytes
            case .failure(let failure):
                console.printError("ecslint: \(failure)")
                throw ExitStatus.usage
            }
            let resolved = try variables.resolved(console: console)
            let values = resolved?.values ?? [:]
            let substituted =
                resolved == nil
                ? bytes
                : LintOptions().substituting(resolved).substitute(SourceText(path: file, bytes: bytes), format: nil)
                    .bytes
            let converted = Result { () throws(RegisterReadyError) in
                try RegisterReadyDocument(loading: SourceText(path: file, bytes: substituted))
            }
            var gate = RegisterGate(
                configPath: linter.config, launchType: linter.launchType, failOn: failure.failOn, console: console)
            gate.variables = values
            let verdict = try gate.check(path: file, bytes: bytes) { (try? converted.get())?.resolves($0) ?? false }
            guard verdict.failing.isEmpty else {
                gate.printRefusal(verdict, format: format)
                throw ExitStatus.findings
            }
            gate.printBelowThreshold(verdict)
            let ready: RegisterReadyDocument
            switch converted {
            case .success(let document): ready = document
            case .failure(let error):
                console.printError("ecslint: \(file): \(error)")
                throw ExitStatus.usage
            }
            for line in RegisterReadyChange.summarized(ready.changes) { console.printError("ecslint: note: \(line)") }
            let verbose = self.verbose
            let log: @Sendable (String) -> Void = { line in if verbose { console.printError("ecslint: \(line)") } }
            let setup = try RegisterSetup(
                region: region, profile: profile, endpointURL: endpointURL, console: console, log: log)
            try checkPlainHTTP(setup.endpoint, console: console)
            let credentials = try setup.credentials(console: console)
            let client = setup.client(credentials: credentials, log: log)
            if dryRun {
                try printDryRun(ready, client: client, console: console)
                return
            }
            do {
                if ifChanged, try printIfUnchanged(ready, client: client, console: console) { return }
                let registered = try client.registerTaskDefinition(ready.json)
                switch format {
                case .text: console.printOutput(registered.arn)
                case .json: console.printOutput(registered.responseBody)
                }
                let family = ServerText.printable(
                    registered.taskDefinition["family"]?.stringValue ?? "", limit: ServerText.fieldLimit)
                console.printError(
                    "ecslint: registered \(family) revision \(registered.revision.map(String.init) ?? "?")")
            } catch {
                console.printError("ecslint: \(error)")
                if let message = error.serviceError?.message, let explanation = RuleHints.explanation(for: message) {
                    console.printError(explanation)
                }
                throw RegisterExit.aws
            }
        }

        /// Plain http to another machine sends the request and its signature
        /// unencrypted: refused (exit 2) unless `--allow-http`, then warned;
        /// a dry run sends nothing, so it only warns.
        private func checkPlainHTTP(_ endpoint: ServiceEndpoint, console: Console) throws {
            guard endpoint.isPlainHTTPToRemoteHost else { return }
            let host = endpoint.url.host ?? endpoint.url.absoluteString
            if allowHTTP || dryRun {
                console.printError(
                    "ecslint: warning: \(endpoint.url.absoluteString) is plain http to \(host), not this machine: "
                        + "the request and the answer travel unencrypted")
                return
            }
            console.printError(
                "ecslint: refusing to send to \(endpoint.url.absoluteString): plain http to \(host), which is not this "
                    + "machine, sends the request unencrypted; use https, or --allow-http to send anyway")
            throw ExitStatus.usage
        }

        private func printDryRun(_ ready: RegisterReadyDocument, client: ECSClient, console: Console) throws {
            if ifChanged {
                console.printError("ecslint: note: --dry-run sends nothing, so --if-changed compared nothing")
            }
            let (request, _) = client.client.signedRequest("RegisterTaskDefinition", body: ready.json, at: Date())
            // The body is the task definition: its secret values are masked like any report's.
            console.masking.learn(Secrets.find(in: request.body).masker)
            switch format {
            case .text: console.printOutput(RegisterOutput.httpText(request), terminator: "")
            case .json: console.printOutput(RegisterOutput.json(request), terminator: "")
            }
            console.printError("ecslint: dry run: nothing was sent")
        }

        /// Prints the existing ARN and returns true when the latest ACTIVE revision equals the file.
        private func printIfUnchanged(_ ready: RegisterReadyDocument, client: ECSClient, console: Console)
            throws(AWSFailure)
            -> Bool
        {
            guard let family = ready.request["family"]?.stringValue else { return false }
            guard let latest = try client.describeLatest(family: family) else {
                console.printError("ecslint: family \(family) has no revision yet; registering")
                return false
            }
            guard latest.status == nil || latest.status == "ACTIVE" else {
                console.printError("ecslint: the latest revision of \(family) is \(latest.status ?? "?"); registering")
                return false
            }
            let differences = RevisionComparison.differences(
                request: ready.request, registered: latest.taskDefinition, registeredTags: latest.tags)
            guard differences.isEmpty else {
                console.printError(
                    "ecslint: the file differs from \(latest.arn) in \(differences.count) place\(differences.count == 1 ? "" : "s"); registering"
                )
                if verbose {
                    for line in differences {
                        console.printError("  " + ServerText.printable(line, limit: ServerText.messageLimit))
                    }
                }
                return false
            }
            switch format {
            case .text: console.printOutput(latest.arn)
            case .json: console.printOutput(latest.responseBody)
            }
            console.printError(
                "ecslint: unchanged: same as \(family) revision \(latest.revision.map(String.init) ?? "?"); nothing registered"
            )
            return true
        }
    }
}

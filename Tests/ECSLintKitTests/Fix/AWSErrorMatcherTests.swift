import Testing

@testable import ECSLintKit

/// `ecslint explain "<AWS error>"`: every AWS error text a rule quotes
/// leads back to that rule, pasted as the AWS CLI prints it.
@Suite struct AWSErrorMatcherTests {
    static let quotes: [String] = RuleRegistry.descriptors.flatMap { descriptor in
        descriptor.awsErrors.map { "\(descriptor.code)\t\($0)" }
    }

    @Test(arguments: quotes)
    func everyQuotedErrorFindsItsRuleFirst(_ entry: String) throws {
        let parts = entry.split(separator: "\t", maxSplits: 1).map(String.init)
        let (code, quoted) = (parts[0], parts[1])
        for pasted in [
            quoted,
            "An error occurred (ClientException) when calling the RegisterTaskDefinition operation: \(quoted)",
            "  " + quoted.uppercased().replacing(" ", with: "\n  "),
        ] {
            let matches = AWSErrorMatcher.matches(for: pasted)
            let best = try #require(matches.first, "\(code): nothing matches \(pasted)")
            let top = matches.filter { $0.score == best.score }.map(\.descriptor.code)
            #expect(top.contains(code), "\(code): best \(top) for \(pasted)")
        }
    }

    @Test func quotedValuesAndNumbersAreWildcards() {
        let pasted = """
            An error occurred (ClientException) when calling the RegisterTaskDefinition operation: \
            Parameter validation failed:
            Unknown parameter in containerDefinitions[2].portMappings[1]: "containerport", must be one of: \
            containerPort, hostPort, protocol, name, appProtocol, containerPortRange
            """
        #expect(AWSErrorMatcher.matches(for: pasted).first?.descriptor.code == UnknownKey.code)
        let wrongType = "Invalid type for parameter memory, value: 512, type: <class 'str'>, valid types: <class 'int'>"
        #expect(AWSErrorMatcher.matches(for: wrongType).first?.descriptor.code == WrongType.code)
    }

    @Test func stoppedReasonsOfTasksFindTheRulesThatPreventThem() {
        let pull = """
            CannotPullContainerError: Error response from daemon: Get \
            https://111122223333.dkr.ecr.us-east-1.amazonaws.com/v2/: no basic auth credentials
            """
        let pullCodes = AWSErrorMatcher.matches(for: pull).map(\.descriptor.code)
        #expect(pullCodes.contains(ECRImageWithoutExecutionRole.descriptor.code), "\(pullCodes)")
        #expect(pullCodes.contains(PrivateRegistryWithoutCredentials.descriptor.code), "\(pullCodes)")
        let secrets = """
            ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval \
            failed: unable to retrieve secret from asm: service call has been retried 1 time(s): \
            AccessDeniedException: User is not authorized to perform secretsmanager:GetSecretValue
            """
        let secretCodes = AWSErrorMatcher.matches(for: secrets).map(\.descriptor.code)
        for rule in [InvalidSecretValueFrom.self, InvalidRepositoryCredentialsParameter.self] as [any Rule.Type] {
            #expect(secretCodes.contains(rule.descriptor.code), "\(secretCodes)")
        }
        #expect(secretCodes.contains(RepositoryCredentialsWithoutExecutionRole.descriptor.code))
        let envFiles =
            "ResourceInitializationError: failed to download env files: file download command: non empty error"
        #expect(
            AWSErrorMatcher.matches(for: envFiles).first?.descriptor.code
                == EnvironmentFilesWithoutExecutionRole.descriptor.code)
    }

    @Test func theCLIPrefixIsStripped() {
        #expect(
            AWSErrorMatcher.strippingCLIPrefix(
                "An error occurred (InvalidParameterException) when calling the CreateService operation: Unable to x")
                == "Unable to x")
        #expect(AWSErrorMatcher.strippingCLIPrefix("plain text") == "plain text")
    }

    @Test func unrelatedTextMatchesNothing() {
        for text in [
            "The security token included in the request is expired",
            "hello world",
            "Essential container in task exited",
            "",
        ] {
            #expect(
                AWSErrorMatcher.matches(for: text).isEmpty,
                "\(text) matched \(AWSErrorMatcher.matches(for: text).map(\.descriptor.code))")
        }
    }
}

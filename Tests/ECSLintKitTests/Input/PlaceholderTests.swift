import Testing

@testable import ECSLintKit

@Suite struct PlaceholderTests {
    @Test(arguments: [
        ("${IMAGE}", ["${IMAGE}"]),
        ("repo/app:${TAG:-latest}", ["${TAG:-latest}"]),
        ("$IMAGE_URI", ["$IMAGE_URI"]),
        ("$(Build.BuildId)", ["$(Build.BuildId)"]),
        ("{{ .Values.image }}", ["{{ .Values.image }}"]),
        ("<IMAGE1_NAME>", ["<IMAGE1_NAME>"]),
        ("arn:aws:iam::<account-id>:role/x", ["<account-id>"]),
        ("#{Octopus.Release.Number}", ["#{Octopus.Release.Number}"]),
        ("#{Token}#", ["#{Token}#"]),
        ("%BUILD_NUMBER%", ["%BUILD_NUMBER%"]),
        ("app-@project.version@", ["@project.version@"]),
        ("__IMAGE_TAG__", ["__IMAGE_TAG__"]),
        ("${A}-${B}", ["${A}", "${B}"]),
    ])
    func recognisesEachForm(_ text: String, _ expected: [String]) {
        #expect(Placeholder.all(in: text) == expected)
        #expect(Placeholder.contains(text))
    }

    @Test(arguments: [
        "nginx:1.27", "user@example.com", "50% off", "a < b > c", "__init__", "$1.50", "{}", "${}", "#comment",
        "arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbCdEf", "<>", "price $ 5",
    ])
    func ignoresOrdinaryText(_ text: String) {
        #expect(!Placeholder.contains(text), "\(text): \(Placeholder.all(in: text))")
    }

    @Test func shellVariablesInCommandsAreNotPlaceholders() {
        let text = "curl -f http://localhost:$PORT/health || exit 1"
        #expect(!Placeholder.contains(text, shellContext: true))
        #expect(Placeholder.contains(text))
        #expect(Placeholder.contains("echo {{ greeting }}", shellContext: true))
        #expect(Placeholder.isShellContext(JSONPointer(["containerDefinitions", "0", "healthCheck", "command", "1"])))
        #expect(!Placeholder.isShellContext(JSONPointer(["containerDefinitions", "0", "image"])))
    }
}

import Testing

@testable import ECSLintKit

@Suite struct PlaceholderTests {
    @Test(arguments: [
        ("${IMAGE}", ["${IMAGE}"]),
        ("repo/app:${TAG:-latest}", ["${TAG:-latest}"]),
        ("$IMAGE_URI", ["$IMAGE_URI"]),
        ("$(Build.BuildId)", ["$(Build.BuildId)"]),
        ("{{ .Values.image }}", ["{{ .Values.image }}"]),
        ("{{ must_env `IMAGE` }}", ["{{ must_env `IMAGE` }}"]),
        ("<IMAGE1_NAME>", ["<IMAGE1_NAME>"]),
        ("<task_role_arn>", ["<task_role_arn>"]),
        ("arn:aws:iam::<account-id>:role/x", ["<account-id>"]),
        ("<+artifacts.primary.image>", ["<+artifacts.primary.image>"]),
        ("<+pipeline.variables.tag>-slim", ["<+pipeline.variables.tag>"]),
        ("#{Octopus.Release.Number}", ["#{Octopus.Release.Number}"]),
        ("#{Token}#", ["#{Token}#"]),
        ("%BUILD_NUMBER%", ["%BUILD_NUMBER%"]),
        ("app-@project.version@", ["@project.version@"]),
        ("__IMAGE_TAG__", ["__IMAGE_TAG__"]),
        ("${A}-${B}", ["${A}", "${B}"]),
        ("{AWS_ID}.dkr.ecr.us-east-1.amazonaws.com/app", ["{AWS_ID}"]),
        ("{aws_access_key_id}", ["{aws_access_key_id}"]),
        (
            "{your-account-id}.dkr.ecr.us-east-1.amazonaws.com/{your-ecr-repo-name}",
            ["{your-account-id}", "{your-ecr-repo-name}"]
        ),
        ("{INSERT YOUR ACCOUNT ID}", ["{INSERT YOUR ACCOUNT ID}"]),
    ])
    func recognisesEachForm(_ text: String, _ expected: [String]) {
        #expect(Placeholder.all(in: text) == expected)
        #expect(Placeholder.contains(text))
    }

    @Test(arguments: [
        ("PLACEHOLDER", ["PLACEHOLDER"]),
        ("IMAGE_PLACEHOLDER", ["IMAGE_PLACEHOLDER"]),
        ("PLACEHOLDER_TASK_ROLE", ["PLACEHOLDER_TASK_ROLE"]),
        ("arn:aws:iam::ACCOUNTID_PLACEHOLDER:role/ecsTaskExecutionRole", ["ACCOUNTID_PLACEHOLDER"]),
        ("REPLACE_ME", ["REPLACE_ME"]),
        ("REPLACE_WITH_INTERNAL_ALB_URL", ["REPLACE_WITH_INTERNAL_ALB_URL"]),
        ("REPLACED_BY_CI", ["REPLACED_BY_CI"]),
        ("CHANGEME", ["CHANGEME"]),
        ("CHANGEME_REGION", ["CHANGEME_REGION"]),
        ("YOUR_ECR_REPO_URI:latest", ["YOUR_ECR_REPO_URI"]),
        ("arn:aws:iam::YOUR_ACCOUNT_ID:role/ecsTaskRole", ["YOUR_ACCOUNT_ID"]),
        ("your-bucket-name", ["your-bucket-name"]),
        ("arn:aws:iam::XXXXXXXXXXXX:role/ecs_task_iam_role", ["XXXXXXXXXXXX"]),
        ("arn:aws:iam::ACCOUNT_ID:role/app", ["ACCOUNT_ID"]),
        ("ACCOUNT_ID.dkr.ecr.us-east-1.amazonaws.com/app:1.0", ["ACCOUNT_ID"]),
        ("ACCOUNT_ID.dkr.ecr.REGION.amazonaws.com/ecs-doctor:latest", ["ACCOUNT_ID", "REGION"]),
        ("arn:aws:ssm:AWS_REGION:210987654321:parameter/db", ["AWS_REGION"]),
        ("<your image URL here>", ["<your image URL here>"]),
        ("<your nginx reverse proxy image URL here>", ["<your nginx reverse proxy image URL here>"]),
        ("<image of any app that sends logs to stdout", ["<image of any app that sends logs to stdout"]),
        ("<PLACEHOLDER>", ["<PLACEHOLDER>"]),
    ])
    func recognisesFillerWords(_ text: String, _ expected: [String]) {
        #expect(Placeholder.all(in: text) == expected)
    }

    @Test(arguments: [
        "nginx:1.27", "user@example.com", "50% off", "a < b > c", "__init__", "$1.50", "{}", "${}", "#comment",
        "arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbCdEf", "<>", "price $ 5",
        "Select a default subnet ID in your selected VPC.", "MY_APP_IMAGE", "arn:aws:iam::aws:policy/ReadOnly",
        "%Y-%m-%d %H:%M:%S%L", "--access-logformat=%({X-Forwarded-For}i)s %(h)s", "{\"a\": 1}", "{0}",
        "<html> <head> <title>Sample</title></head><body><h1>Hi</h1></body></html>", "</div>", "<br/>",
        "<persist>true</persist>", "<powershell> \n", "box", "xx", "argon2id",
        "arn:aws:s3:::my-bucket/app.env",
    ])
    func ignoresOrdinaryText(_ text: String) {
        #expect(!Placeholder.contains(text), "\(text): \(Placeholder.all(in: text))")
    }

    /// The byte pre-filter never rejects a filler word: every word built from
    /// the fillers' parts, in any case, that `isFillerWord` accepts passes it.
    @Test func fillerPrefilterKeepsEveryFiller() {
        let parts = [
            "placeholder", "replace", "_me", "-me", "me", "to_be_replaced", "tobereplaced", "change", "your", "_", "-",
            "xx", "x", "with_", "by_", "d", "app", "1",
        ]
        var accepted = 0
        for first in parts {
            for second in parts {
                for third in ["", "placeholder", "x", "_key", "-id"] {
                    for word in [first + second + third, (first + second + third).uppercased()] {
                        guard PlaceholderMarkers.isFillerWord(word) else { continue }
                        accepted += 1
                        #expect(PlaceholderMarkers.mayBeFillerWord(ArraySlice(word.utf8)), "\(word)")
                    }
                }
            }
        }
        #expect(accepted > 100)
        #expect(!PlaceholderMarkers.mayBeFillerWord(ArraySlice("nginx".utf8)))
        #expect(PlaceholderMarkers.mayBeFillerWord(ArraySlice("DB-PLACEHOLDER".utf8)))
    }

    @Test func htmlInACommandIsNotAPlaceholderButAPlaceholderBesideItIs() {
        let text = "echo '<html><body><p>${GREETING}</p><IMAGE_TAG></body></html>'"
        #expect(Placeholder.all(in: text) == ["${GREETING}", "<IMAGE_TAG>"])
    }

    @Test func containerTextKeepsTheContainersOwnVariables() {
        for text in [
            "curl -f http://localhost:$PORT/health || exit 1", "/aws/ecsanywhere/$(ecs_cluster)",
            "${ECS_TASK_ID}", "echo ${HOME:-/root}", "cmd /c echo %USERPROFILE%", "-endpoint {es_endpoint}",
            "echo PLACEHOLDER", "<html><body>Hi</body></html>",
        ] {
            #expect(!Placeholder.contains(text, position: .containerText), "\(text)")
        }
        #expect(Placeholder.contains("curl -f http://localhost:$PORT/health"))
        #expect(Placeholder.contains("echo {{ greeting }}", position: .containerText))
        #expect(Placeholder.contains("run <+pipeline.name>", position: .containerText))
    }

    @Test func positionsOfContainerText() throws {
        let root = try JSONScanner.parse(
            Array(
                """
                {"containerDefinitions": [
                  {"name": "a", "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "x"}}},
                  {"name": "b", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g"}},
                   "firelensConfiguration": {"type": "fluentbit", "options": {"config-file-value": "/f"}}}
                ]}
                """.utf8))
        func position(_ tokens: [String]) -> Placeholder.Position {
            Placeholder.position(of: JSONPointer(tokens), in: root)
        }
        #expect(position(["containerDefinitions", "0", "healthCheck", "command", "1"]) == .containerText)
        #expect(position(["containerDefinitions", "0", "entryPoint", "0"]) == .containerText)
        #expect(position(["containerDefinitions", "0", "logConfiguration", "options", "Name"]) == .containerText)
        #expect(position(["containerDefinitions", "1", "logConfiguration", "options", "awslogs-group"]) == .value)
        #expect(position(["containerDefinitions", "1", "firelensConfiguration", "options", "x"]) == .containerText)
        #expect(position(["containerDefinitions", "0", "image"]) == .value)
        #expect(position(["containerDefinitions", "0", "environment", "0", "value"]) == .value)
    }

    @Test func wholeValues() {
        #expect(Placeholder.isWhole("${IMAGE}"))
        #expect(Placeholder.isWhole("PLACEHOLDER"))
        #expect(!Placeholder.isWhole("repo:${TAG}"))
        #expect(!Placeholder.isWhole("8080"))
    }

    @Test func accountFields() {
        for filler in [
            "ACCOUNT_ID", "xxxxxxxxxxxx", "${AWS_ACCOUNT_ID}", "<account>", "YOUR_ACCOUNT_ID", "aws-account",
        ] {
            #expect(Placeholder.isAccountPlaceholder(filler), "\(filler)")
        }
        for real in ["210987654321", "aws", "", "12345"] {
            #expect(!Placeholder.isAccountPlaceholder(real), "\(real)")
        }
    }

    /// Container text counts fewer forms than an ordinary value: a text with
    /// no placeholder as a value has none as container text, which lets the
    /// engine skip the position (and the pointer) of most strings.
    @Test func containerTextFindsNothingWhereAValueFindsNothing() {
        let texts = [
            "$HOME", "${X}", "${}", "{{ x }}", "${{ x }}", "%PATH%", "50% off", "{NAME}", "{}", "$(ecs_cluster)",
            "<IMAGE>", "<html>", "@VER@", "a@b.c", "__TOKEN__", "__init__", "YOUR_ACCOUNT", "plain", "#{x}", "#{x}#",
            "<+a.b>", "<your image here>", "arn:aws:iam::ACCOUNT_ID:role/x", "ACCOUNT.dkr.ecr.REGION.amazonaws.com/a",
            "sh -c 'echo $PATH'", "xxxx", "", "${A:-b}",
        ]
        for text in texts {
            let asValue = Placeholder.all(in: text, position: .value)
            let asContainerText = Placeholder.all(in: text, position: .containerText)
            #expect(!asValue.isEmpty || asContainerText.isEmpty, "\(text)")
        }
    }
}

import Testing

@testable import ECSLintKit

/// The placeholder model end to end: one finding per placeholder value, and
/// the checks that the literal parts of a templated value still allow.
@Suite struct PlaceholderFindingsTests {
    private static func task(
        image: String, extra: String = "", task: String = "", compatibilities: String = "EC2"
    ) -> String {
        """
        {"family": "web", "requiresCompatibilities": ["\(compatibilities)"], \(task)
         "containerDefinitions": [{"name": "app", "memory": 512, "image": "\(image)"\(extra)}]}
        """
    }

    private static func codes(_ report: FileReport) -> [String] {
        report.findings.map(\.code).filter {
            ![
                WritableRootFilesystem.code, MissingHealthCheck.code, ImageNotPinnedByDigest.code,
                MissingLogConfiguration.code,
            ].contains($0)
        }
    }

    @Test func templatedECRImageOnFargateStillNeedsAnExecutionRole() {
        let json = Self.task(
            image: "${AWS_ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/app:1.0", task: #""networkMode": "awsvpc","#,
            compatibilities: "FARGATE")
        let report = lintInput(json)
        #expect(report.findings(FargateExecutionRoleForECR.code).count == 1, "\(report.findings.map(\.message))")
        #expect(report.findings(TemplatePlaceholders.code).count == 1)
        #expect(
            lintInput(json.replacingOccurrences(of: "${REGION}", with: "us-east-1")).findings(
                FargateExecutionRoleForECR.code
            ).count == 1)
    }

    @Test func templatedRepositoryWithLatestTagWarns() {
        let report = lintInput(Self.task(image: "${REPO}:latest"))
        #expect(report.findings(ImageLatestTag.code).count == 1)
        #expect(lintInput(Self.task(image: "${IMAGE}")).findings(ImageLatestTag.code).isEmpty)
    }

    @Test(arguments: [
        "ACCOUNT_ID.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "PLACEHOLDER", "IMAGE_PLACEHOLDER",
        "<your image URL here>", "{your-account-id}.dkr.ecr.us-east-1.amazonaws.com/{your-ecr-repo-name}:1",
        "XXXXXXXXXXXX.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "<+artifacts.primary.image>",
    ])
    func onePlaceholderImageIsOneFinding(_ image: String) {
        let report = lintInput(
            Self.task(image: image, task: #""executionRoleArn": "arn:aws:iam::210987654321:role/e","#))
        #expect(
            Self.codes(report) == [TemplatePlaceholders.code],
            "\(image): \(report.findings.map { "\($0.code) \($0.message)" })")
    }

    @Test func placeholderRegionInAwslogsIsNotInvalid() {
        let extra = """
            , "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g",
              "awslogs-region": "CHANGEME_REGION", "awslogs-stream-prefix": "app"}}
            """
        let report = lintInput(Self.task(image: "nginx:1.27", extra: extra))
        #expect(report.findings(InvalidAwslogsOptionValue.code).isEmpty, "\(report.findings.map(\.message))")
        #expect(report.findings(TemplatePlaceholders.code).first?.message.contains("CHANGEME_REGION") == true)
    }

    @Test func containerTextIsNotListed() {
        let extra = """
            , "command": ["sh", "-c", "echo '<html><body><h1>Hi $NAME</h1></body></html>' > /index.html"],
              "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "cloudwatch",
                "log_group_name": "/aws/ecs/$(ecs_cluster)", "log_stream_name": "${ECS_TASK_ID}"}}
            """
        let report = lintInput(Self.task(image: "nginx:1.27", extra: extra))
        #expect(
            report.findings(TemplatePlaceholders.code).isEmpty,
            "\(report.findings(TemplatePlaceholders.code).map(\.message))")
    }

    @Test func awslogsOptionsAreValuesNotContainerText() {
        let extra = """
            , "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/${ENV}",
              "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app"}}
            """
        #expect(lintInput(Self.task(image: "nginx:1.27", extra: extra)).findings(TemplatePlaceholders.code).count == 1)
    }

    @Test func quotedPlaceholderInAnIntegerFieldIsOneError() throws {
        let extra = #", "portMappings": [{"containerPort": "${PORT}"}]"#
        let report = lintInput(Self.task(image: "nginx:1.27", extra: extra))
        let error = try #require(report.findings(WrongType.code).first)
        #expect(report.findings(WrongType.code).count == 1)
        #expect(error.severity == .error)
        #expect(error.message.contains("${PORT}") && error.message.contains("still a string"))
        #expect(error.fix?.contains(#""containerPort": ${PORT}"#) == true, "\(error.fix ?? "")")
        #expect(report.findings(TemplatePlaceholders.code).isEmpty, "the error is the one finding for this value")
    }
}

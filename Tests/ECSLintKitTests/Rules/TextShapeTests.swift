import Testing

@testable import ECSLintKit

/// The shapes rules read in values on every file (region names, log group
/// names, image names), each read without splitting into strings; these
/// cases hold the answers of the earlier, splitting versions.
@Suite struct TextShapeTests {
    @Test(arguments: ["-east-1", "us--east-1", "us-east-", "us-east-1-", "us-east-x1", "us-gov-", "cn-north-1a"])
    func malformedRegionsHaveNoPartition(_ region: String) {
        #expect(AWSRegion.partition(of: region) == nil)
    }

    @Test(arguments: [
        ("us-east-1", true), ("us-gov-west-1", true), ("eu-isoe-west-1", true), ("u-east-1", false),
        ("use-east-1", false), ("US-east-1", false), ("us-east", false), ("us--1", false), ("us-east-1a", false),
        ("us-east-", false), ("us-Ea-1", false), ("", false), ("us-east-12", true), ("-us-east-1", false),
    ])
    func awslogsRegionShape(_ text: String, _ isRegion: Bool) {
        #expect(InvalidAwslogsOptionValue.isRegion(text) == isRegion)
    }

    @Test(arguments: [
        ("/ecs/web", true), ("my_group.v2#1-a", true), ("/ecs/wéb", false), ("/ecs/web app", false),
        ("/ecs/web:1", false), ("/ecs/ｗeb", false),
    ])
    func logGroupNames(_ name: String, _ isValid: Bool) {
        #expect((InvalidAwslogsOptionValue.groupProblem(name) == nil) == isValid)
    }

    @Test func anInvalidLogGroupNameIsCleanedInTheFix() throws {
        let problem = try #require(InvalidAwslogsOptionValue.groupProblem("/ecs/web app:1"))
        #expect(problem.1 == "rename the log group, for example \"/ecs/web-app-1\"")
    }

    @Test(arguments: [
        ("arm64v8/nginx", true), ("ARM64V8/nginx:1", true), ("nginx:1.27-arm64", true), ("app:AARCH64", true),
        ("registry:5000/team/app:arm64", true), ("registry:5000/arm64/app:1.0", false), ("nginx", false),
        ("nginx:1.27", false), ("app@sha256:arm64", true), ("team/app:1.0/", false), ("team/app:arm64//", true),
        ("///", false), ("", false), ("arm64/app", false),
    ])
    func armImages(_ image: String, _ looksARM: Bool) {
        #expect(RuntimePlatformMissing.looksLikeARM64(image) == looksARM)
    }
}

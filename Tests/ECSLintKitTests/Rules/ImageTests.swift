import Testing

@testable import ECSLintKit

/// Edge cases of the image rules (ECS7xx) and of the shared `ImageReference` parser.
@Suite struct ImageTests: RuleFamilyTests {
    private static let imageCodes = Set(RuleRegistry.image.map { $0.descriptor.code })

    /// Image-rule findings for one container with `image`, plus `extra` members.
    private static func imageFindings(
        _ image: String, extra: String = "", task: String = "", launchType: LaunchType? = nil
    ) -> [Finding] {
        let json = """
            {"family": "t", "executionRoleArn": "arn:aws:iam::210987654321:role/e", \(task)
             "containerDefinitions": [{"name": "app", "memory": 256, "image": "\(image)"\(extra)}]}
            """
        return findings(json, launchType: launchType).filter { imageCodes.contains($0.code) }
    }

    private static func codes(_ image: String, extra: String = "", task: String = "") -> [String] {
        imageFindings(image, extra: extra, task: task).map(\.code).sorted()
    }

    private static let hex64 = String(repeating: "0123456789abcdef", count: 4)

    // MARK: Parser

    @Test func parsesTheParts() {
        let reference = ImageReference("registry.example.com:5000/team/app:1.0@sha256:\(Self.hex64)")
        #expect(reference.domain == "registry.example.com:5000")
        #expect(reference.path == "team/app")
        #expect(reference.tag == "1.0")
        #expect(reference.digest == "sha256:\(Self.hex64)")
        #expect(reference.host == "registry.example.com")
        #expect(reference.registry == .other("registry.example.com"))
        #expect(reference.isWellFormed)
    }

    @Test func dockerHubNames() {
        for image in [
            "nginx", "nginx:1.27", "library/nginx", "amazon/amazon-ecs-agent:latest", "docker.io/library/nginx",
            "index.docker.io/x/y",
        ] {
            #expect(ImageReference(image).registry == .dockerHub, "\(image)")
        }
        #expect(ImageReference("localhost/app").registry == .other("localhost"))
        #expect(ImageReference("localhost:5000/app").domain == "localhost:5000")
    }

    /// Docker's grammar for the registry host, one sentence per kind of mistake.
    @Test(
        arguments: [
            ("registry.example.com:5000/app", nil),
            ("my-registry.io/app", nil),
            ("a:1:2/app", "has more than one ':' in registry host 'a:1:2'"),
            ("registry.io:/app", "has port '' in registry host 'registry.io:'; a port is digits only"),
            ("registry.io:50a/app", "has port '50a' in registry host 'registry.io:50a'; a port is digits only"),
            ("registry..io/app", "has an empty component in registry host 'registry..io'"),
            ("registry.io./app", "has an empty component in registry host 'registry.io.'"),
            (
                "-registry.io/app",
                "has an invalid registry host '-registry.io' (letters, digits and inner hyphens between dots)"
            ),
            (
                "registry-.io/app",
                "has an invalid registry host 'registry-.io' (letters, digits and inner hyphens between dots)"
            ),
            (
                "reg_istry.io:80/app",
                "has an invalid registry host 'reg_istry.io:80' (letters, digits and inner hyphens between dots)"
            ),
            ("registry..i_o/app", "has an empty component in registry host 'registry..i_o'"),
        ] as [(String, String?)])
    func registryHostGrammar(image: String, problem: String?) {
        #expect(ImageReference(image).grammarProblem == problem)
    }

    /// What is wrong with an ECR private registry host, one sentence per mistake.
    @Test(
        arguments: [
            ("123456789012.dkr.ecr.us-east-1.amazonaws.com", nil),
            ("123456789012.dkr-ecr.us-east-1.on.aws", nil),
            ("123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com", nil),
            (
                "123456789012.dkr.ecs.us-east-1.amazonaws.com",
                "registry host '123456789012.dkr.ecs.us-east-1.amazonaws.com' must have 'dkr.ecr' (or 'dkr.ecr-fips') after the account"
            ),
            (
                "123456789012.dkr",
                "registry host '123456789012.dkr' must have 'dkr.ecr' (or 'dkr.ecr-fips') after the account"
            ),
            (
                ".dkr.ecr.us-east-1.amazonaws.com",
                "registry host '.dkr.ecr.us-east-1.amazonaws.com' has no account ID before '.dkr'"
            ),
            (
                "a.b.dkr.ecr.us-east-1.amazonaws.com",
                "registry host 'a.b.dkr.ecr.us-east-1.amazonaws.com' has account 'a.b'; an ECR registry ID is 12 digits"
            ),
            (
                "123456789012.dkr.ecr.us-east-1.amazonaws.com.cn",
                "registry host '123456789012.dkr.ecr.us-east-1.amazonaws.com.cn' ends in 'amazonaws.com.cn', but ECR hosts in us-east-1 (partition aws) end in 'amazonaws.com'"
            ),
            (
                "123456789012.dkr.ecr.moon-1.amazonaws.com",
                "registry host '123456789012.dkr.ecr.moon-1.amazonaws.com' has 'moon-1', which is not an AWS region name (like us-east-1)"
            ),
            ("{{ .Values.account }}.dkr.ecr.us-east-1.amazonaws.com", nil),
        ] as [(String, String?)])
    func ecrHostProblems(host: String, problem: String?) {
        #expect(ECRHost(host).problem() == problem)
        #expect(ECRHost(host).account == ECRHost(host).host.components(beforeLabel: "dkr"))
    }

    @Test func ecrHosts() throws {
        let host = try #require(ImageReference("210987654321.dkr.ecr-fips.us-gov-west-1.amazonaws.com/a/b:1").ecrHost)
        #expect(host.account == "210987654321")
        #expect(host.isFIPS)
        #expect(host.region == "us-gov-west-1")
        #expect(host.partition == .govCloud)
        #expect(host.problem() == nil)
        #expect(ImageReference("public.ecr.aws/nginx/nginx:1").registry == .ecrPublic)
        let china = try #require(ImageReference("210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/a").ecrHost)
        #expect(china.partition == .china && china.problem() == nil)
    }

    // MARK: Samples

    @Test func helloWorldOnlyWarnsAboutTheLatestTag() throws {
        for path in ["samples/hello-world.json", "samples/hello-world.yaml"] {
            let bytes = try #require(RepositoryFiles.bytes(path))
            let found = Linter().lint(SourceText(path: path, bytes: bytes)).findings
                .filter { Self.imageCodes.contains($0.code) }
            #expect(found.map(\.code) == [ImageLatestTag.code], "\(path): \(found.map(\.message))")
            #expect(found.first?.severity == .warning)
            #expect(found.first?.range.start.line == (path.hasSuffix(".json") ? 11 : 11))
        }
    }

    @Test(arguments: [
        "210987654321.dkr.ecr.us-east-1.amazonaws.com/team/app@sha256:" + String(repeating: "ab", count: 32),
        "210987654321.dkr.ecr.us-east-1.amazonaws.com/team/app:1.0@sha256:" + String(repeating: "ab", count: 32),
        "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable@sha256:" + String(repeating: "cd", count: 32),
        "210987654321.dkr.ecr.us-east-1.amazonaws.com/a__b/c-d.e---f@sha256:" + String(repeating: "ef", count: 32),
    ])
    func pinnedImagesAreSilent(_ image: String) {
        #expect(Self.codes(image).isEmpty, "\(Self.imageFindings(image).map(\.message))")
    }

    // MARK: Registration checks

    @Test func missingImagePointsAtTheContainer() {
        let json = #"{"family": "t", "containerDefinitions": [{"name": "app", "memory": 256}]}"#
        let found = Self.findings(json).filter { $0.code == ImageMissing.code }
        #expect(found.count == 1)
        #expect(found.first?.range.start.column == 42)
        #expect(found.first?.message.contains("Container.image should not be null or empty.") == true)
    }

    @Test func nullImageIsLeftToTheSchemaCheck() {
        let json = #"{"family": "t", "containerDefinitions": [{"name": "app", "memory": 256, "image": null}]}"#
        #expect(Self.findings(json).filter { Self.imageCodes.contains($0.code) }.isEmpty)
    }

    @Test func lengthCountsOnlyThePartBeforeTheDigest() {
        let limit = "r.example.com/" + String(repeating: "a", count: 241)
        #expect(limit.utf8.count == 255)
        #expect(!Self.codes(limit).contains(ImageTooLong.code))
        #expect(Self.codes(limit + "b").contains(ImageTooLong.code))
        #expect(
            Self.imageFindings(limit + "b").first { $0.code == ImageTooLong.code }?.message.contains("256 characters")
                == true)
        #expect(!Self.codes(limit + "@sha256:\(Self.hex64)").contains(ImageTooLong.code))
    }

    @Test(arguments: [
        ("app:v1,2", "','"), ("nginx 1.27", "a space"), ("\\\"nginx\\\"", "'\"'"),
        ("nginx:1.27\\n", "a line break"), ("app:v1$", "'$'"), ("app:1.0+build", "'+'"),
    ])
    func invalidCharacters(_ image: String, _ expected: String) {
        let found = Self.imageFindings(image)
        #expect(found.map(\.code) == [ImageInvalidCharacters.code], "\(image): \(found.map(\.message))")
        #expect(found.first?.message.contains(expected) == true, "\(found.first?.message ?? "")")
    }

    @Test(arguments: [
        ("nginx@sha256:abc", "3 hex digits"), ("nginx@md5:" + String(repeating: "a", count: 32), "'md5'"),
        ("nginx@" + String(repeating: "a", count: 64), "no algorithm"),
        ("nginx@sha256:" + String(repeating: "g", count: 64), "'g'"),
        ("nginx@sha256:" + String(repeating: "a", count: 64) + "@x", "'@'"),
    ])
    func invalidDigests(_ image: String, _ expected: String) {
        let found = Self.imageFindings(image)
        #expect(found.map(\.code) == [InvalidImageDigest.code], "\(image): \(found.map(\.message))")
        #expect(found.first?.message.contains(expected) == true, "\(found.first?.message ?? "")")
    }

    // MARK: Pull-time checks

    @Test(arguments: [
        "sha256:" + String(repeating: "ab", count: 32), "@sha256:" + String(repeating: "ab", count: 32),
        String(repeating: "ab", count: 32),
    ])
    func digestOnlyImages(_ image: String) {
        #expect(Self.codes(image) == [DigestOnlyImage.code], "\(Self.imageFindings(image).map(\.message))")
    }

    @Test func digestOnlyMessageNamesWhatDockerPulls() {
        let found = Self.imageFindings("sha256:" + Self.hex64).first { $0.code == DigestOnlyImage.code }
        #expect(found?.message.contains("failed to resolve ref docker.io/library/sha256") == true)
    }

    @Test(arguments: [
        "MyApp:1.0", "org/MyApp:1.0", "ghcr.io/Org/app:1.0", "210987654321.dkr.ecr.us-east-1.amazonaws.com/App",
    ])
    func upperCaseRepositories(_ image: String) {
        let found = Self.imageFindings(image).filter { $0.code == ImageRepositoryUppercase.code }
        #expect(found.count == 1, "\(image)")
        #expect(found.first?.message.contains("repository name must be lowercase") == true)
        #expect(!Self.codes(image).contains(InvalidImageReference.code))
    }

    @Test(arguments: ["nginx:Alpine-1.27", "GHCR.IO/org/app:1.0"])
    func upperCaseOutsideTheRepositoryIsFine(_ image: String) {
        #expect(!Self.codes(image).contains(ImageRepositoryUppercase.code), "\(image)")
        #expect(!Self.codes(image).contains(InvalidImageReference.code), "\(image)")
    }

    @Test(arguments: [
        ("https://ghcr.io/org/app:1", "URL scheme"), ("ghcr.io/org//app:1", "empty path component"),
        ("ghcr.io/org/app/:1", "empty path component"), ("ghcr.io/-org/app:1", "start and end"),
        ("ghcr.io/org/app_:1", "start and end"), ("ghcr.io/org/a..b:1", "'..'"), ("ghcr.io/org/a___b:1", "'___'"),
        ("ghcr.io/org/a.-b:1", "'.-'"), ("ghcr.io/org/app#1:1", "'#'"), ("app:", "no tag"),
        ("app:.hidden", "must start"), ("app:1:2", "':' in tag"), ("app:" + String(repeating: "t", count: 129), "129"),
        ("ghcr.io:abc/app:1", "port 'abc'"), ("ghcr..io/app:1", "empty component"),
        ("-ghcr.io/app:1", "invalid registry host"),
        ("210987654321.dkr.ecr.us-east-1.amazonaws.com", "without a repository"), ("ghcr.io/:1", "no repository"),
        ("nginx@sha256:" + String(repeating: "AB", count: 32), "lower-case"),
    ])
    func grammarViolations(_ image: String, _ expected: String) {
        let found = Self.imageFindings(image).filter { $0.code == InvalidImageReference.code }
        #expect(found.count == 1, "\(image): \(Self.imageFindings(image).map(\.message))")
        #expect(found.first?.message.contains(expected) == true, "\(found.first?.message ?? "")")
    }

    @Test(arguments: [
        ("210987654321.dkr.ecr.us-east.amazonaws.com/app:1", "not an AWS region"),
        ("210987654321.dkr.ecr.cn-north-1.amazonaws.com/app:1", "amazonaws.com.cn"),
        ("210987654321.dkr.ecr.us-east-1.amazonaws.com.cn/app:1", "'amazonaws.com'"),
        ("2109876543210.dkr.ecr.us-east-1.amazonaws.com/app:1", "12 digits"),
        ("dkr.ecr.us-east-1.amazonaws.com/app:1", "no account"),
        ("210987654321.dkr.ecs.us-east-1.amazonaws.com/app:1", "'dkr.ecr'"),
        ("210987654321.dkr.ecr.us-east-1.amazonaws.com/a:1", "2 to 256"),
        ("public.ecr.aws/nginx:1.27", "registry alias and a repository"),
        ("public.ecr.aws/1nginx/nginx:1.27", "registry alias"),
        ("gallery.ecr.aws/nginx/nginx:1.27", "website"),
    ])
    func malformedECRURIs(_ image: String, _ expected: String) {
        let found = Self.imageFindings(image).filter { $0.code == InvalidECRImageURI.code }
        #expect(found.count == 1, "\(image): \(Self.imageFindings(image).map(\.message))")
        #expect(found.first?.message.contains(expected) == true, "\(found.first?.message ?? "")")
    }

    @Test(arguments: [
        "210987654321.dkr.ecr.eusc-de-east-1.amazonaws.eu/app:1", "210987654321.dkr.ecr.us-iso-east-1.c2s.ic.gov/app:1",
        "210987654321.dkr-ecr.us-east-1.on.aws/app:1", "210987654321.dkr.ecr.us-east-1.amazonaws.com:443/app:1",
    ])
    func otherECRFormsAreAccepted(_ image: String) {
        #expect(!Self.codes(image).contains(InvalidECRImageURI.code), "\(Self.imageFindings(image).map(\.message))")
    }

    // MARK: Roles, regions and registries

    @Test func ecrWithoutExecutionRoleWarnsOnlyOutsideFargate() {
        let ec2 = """
            {"family": "t", "containerDefinitions": [{"name": "app", "memory": 256,
             "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1"}]}
            """
        let found = Self.findings(ec2).filter { $0.code == ECRImageWithoutExecutionRole.code }
        #expect(found.count == 1 && found.first?.severity == .warning)
        #expect(
            Self.findings(ec2, launchType: .fargate).filter { $0.code == ECRImageWithoutExecutionRole.code }.isEmpty)
        #expect(
            Self.findings(ec2, launchType: .external).filter { $0.code == ECRImageWithoutExecutionRole.code }.count == 1
        )
        let publicImage = ec2.replacing(
            "210987654321.dkr.ecr.us-east-1.amazonaws.com/app", with: "public.ecr.aws/team/app")
        #expect(Self.findings(publicImage).filter { $0.code == ECRImageWithoutExecutionRole.code }.isEmpty)
    }

    @Test func crossRegionUsesTheLogRegion() {
        let log =
            #", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "p"}}"#
        let other = Self.imageFindings("210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1", extra: log)
        #expect(other.filter { $0.code == CrossRegionECRImage.code }.first?.message.contains("us-east-1") == true)
        #expect(
            Self.codes("210987654321.dkr.ecr.eu-west-1.amazonaws.com/app:1", extra: log).contains(
                CrossRegionECRImage.code) == false)
        #expect(
            Self.codes("210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1").contains(CrossRegionECRImage.code) == false
        )
    }

    @Test func repositoryCredentialsByRegistry() {
        let credentials = #", "repositoryCredentials": {"credentialsParameter": "reg"}"#
        #expect(
            Self.codes("210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1", extra: credentials).contains(
                RepositoryCredentialsOnECRImage.code))
        #expect(
            Self.codes("public.ecr.aws/team/app:1", extra: credentials).contains(RepositoryCredentialsOnECRImage.code))
        #expect(!Self.codes("ghcr.io/a/app:1", extra: credentials).contains(RepositoryCredentialsOnECRImage.code))
        #expect(!Self.codes("ghcr.io/a/app:1", extra: credentials).contains(PrivateRegistryWithoutCredentials.code))
        #expect(Self.codes("ghcr.io/a/app:1").contains(PrivateRegistryWithoutCredentials.code))
        #expect(
            !Self.codes("mcr.microsoft.com/windows/servercore:ltsc2022").contains(
                PrivateRegistryWithoutCredentials.code))
        #expect(!Self.codes("localhost:5000/app:1").contains(PrivateRegistryWithoutCredentials.code))
    }

    @Test func dockerHubSuggestsTheECRPublicMirror() {
        let found = Self.imageFindings("nginx:1.27").filter { $0.code == DockerHubImage.code }
        #expect(found.first?.message.contains("public.ecr.aws/docker/library/nginx") == true)
        #expect(found.first?.severity == .info)
        #expect(
            Self.codes("nginx:1.27", extra: #", "repositoryCredentials": {"credentialsParameter": "hub"}"#).contains(
                DockerHubImage.code) == false)
        #expect(Self.codes("datadog/agent:7").contains(DockerHubImage.code))
    }

    @Test func latestAndDigestRulesDoNotOverlap() {
        #expect(Self.codes("public.ecr.aws/team/app").contains(ImageLatestTag.code))
        #expect(Self.codes("public.ecr.aws/team/app:latest").contains(ImageLatestTag.code))
        #expect(!Self.codes("public.ecr.aws/team/app:latest").contains(ImageNotPinnedByDigest.code))
        #expect(Self.codes("public.ecr.aws/team/app:1.0") == [ImageNotPinnedByDigest.code])
        #expect(
            Self.codes("public.ecr.aws/team/app:Latest") == [ImageNotPinnedByDigest.code], "tags are case-sensitive")
    }

    @Test func brokenImagesGetOneRegistrationFinding() {
        #expect(Self.codes("MyApp:1.0 ") == [ImageInvalidCharacters.code])
        #expect(Self.codes("") == [ImageMissing.code])
    }

    @Test(arguments: [
        "${IMAGE}", "<IMAGE1_NAME>", "PLACEHOLDER", "IMAGE_PLACEHOLDER", "<your image URL here>",
        "{{ .Values.image }}", "<+artifacts.primary.image>", "${REGISTRY}/app:${TAG}", "repo/app:${TAG}",
        "${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/app:${TAG}",
        "{{ .Values.account }}.dkr.ecr.us-east-1.amazonaws.com/app:1",
    ])
    func placeholderTextAloneFiresNoImageRule(_ image: String) {
        let codes = Self.codes(image).filter { $0 != ImageNotPinnedByDigest.code && $0 != DockerHubImage.code }
        #expect(codes.isEmpty, "\(Self.imageFindings(image).map(\.message))")
    }

    @Test func literalPartsOfATemplatedImageAreStillChecked() {
        #expect(Self.codes("${REPO}:latest").contains(ImageLatestTag.code))
        #expect(Self.codes("${REGISTRY}/app").contains(ImageLatestTag.code), "no tag on a literal repository is latest")
        #expect(!Self.codes("${IMAGE}").contains(ImageLatestTag.code), "the tag may be inside the placeholder")
        #expect(Self.codes("${REGISTRY}/MyApp:1.0").contains(ImageRepositoryUppercase.code))
        #expect(Self.codes("repo/app:${TAG}@sha256:abc").contains(InvalidImageDigest.code))
        #expect(Self.codes("$REPO/app:1") == [ImageNotPinnedByDigest.code], "a literal tag is a tag")
        #expect(Self.codes("app:{{ tag }}") == [DockerHubImage.code], "a literal name without a host is on Docker Hub")
        #expect(!Self.codes("${ORG}/app:1.0").contains(DockerHubImage.code), "the registry is unknown")
        #expect(!Self.codes("app:${TAG}").contains(ImageNotPinnedByDigest.code), "the tag is unknown")
    }

    @Test func templatedECRHostsAreECR() {
        let image = ImageReference("${AWS_ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/app")
        #expect(image.registry == .ecrPrivate)
        #expect(image.passesECSChecks)
        #expect(image.ecrHost?.problem() == nil)
        #expect(image.ecrHost?.isRegionKnown == false)
        #expect(
            ImageReference("{{ .Values.account }}.dkr.ecr.us-east-1.amazonaws.com/app").ecrHost?.region == "us-east-1")
        #expect(ImageReference("${IMAGE}").registry == .templated)
        #expect(ImageReference("registry.${DOMAIN}/app").registry == .templated)
        #expect(ImageReference("nginx:${TAG}").registry == .dockerHub)
    }
}

extension String {
    /// The labels before the first label named `label`, joined again (what
    /// an ECR host's account is).
    fileprivate func components(beforeLabel label: String) -> String {
        let labels = split(separator: ".", omittingEmptySubsequences: false)
        let end = labels.firstIndex(where: { $0 == label || $0 == "dkr-ecr" }) ?? 0
        return labels[..<end].joined(separator: ".")
    }
}

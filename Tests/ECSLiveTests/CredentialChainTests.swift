import Foundation
import Testing

@testable import ECSLive

@Suite("Credential chain")
struct CredentialChainTests {
    /// An environment that finds nothing by itself: no files, IMDS off.
    func environment(_ folder: TemporaryFolder, _ extra: [String: String] = [:]) -> [String: String] {
        var base = [
            "HOME": folder.path, "AWS_CONFIG_FILE": folder.path + "/config",
            "AWS_SHARED_CREDENTIALS_FILE": folder.path + "/credentials", "AWS_EC2_METADATA_DISABLED": "true",
        ]
        base.merge(extra) { $1 }
        return base
    }

    func resolve(
        _ environment: [String: String], profile: String? = nil,
        transport: FakeTransport = FakeTransport { _ in json(500, "") }
    ) throws -> AWSCredentials {
        let context = CredentialContext(
            environment: environment, profileFlag: profile, region: "us-east-1", transport: transport,
            clock: { fixedDate })
        return try CredentialChain(context: context).resolve()
    }

    static let stsAnswer = """
        <AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAROLE</AccessKeyId>
        <SecretAccessKey>rolesecret</SecretAccessKey><SessionToken>role&amp;token</SessionToken>
        <Expiration>2026-01-01T01:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>
        """

    @Test("environment variables come first")
    func environmentFirst() throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", "[default]\naws_access_key_id = FILE\naws_secret_access_key = filesecret\n")
        let found = try resolve(
            environment(
                folder, ["AWS_ACCESS_KEY_ID": "ENV", "AWS_SECRET_ACCESS_KEY": "envsecret", "AWS_SESSION_TOKEN": "tok"]))
        #expect(found.accessKeyID == "ENV")
        #expect(found.sessionToken == "tok")
        #expect(found.description == "credentials from environment variables")
    }

    @Test("--profile skips the environment variables, as the AWS CLI does")
    func profileFlagSkipsEnvironment() throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", "[ci]\nAWS_ACCESS_KEY_ID = FILE\naws_secret_access_key = filesecret\n")
        let found = try resolve(
            environment(folder, ["AWS_ACCESS_KEY_ID": "ENV", "AWS_SECRET_ACCESS_KEY": "s"]), profile: "ci")
        #expect(found.accessKeyID == "FILE")
    }

    @Test("one of the two key variables alone is an error")
    func partialEnvironment() throws {
        let folder = try TemporaryFolder()
        #expect(throws: CredentialError.self) { try resolve(environment(folder, ["AWS_ACCESS_KEY_ID": "ENV"])) }
    }

    @Test("AWS_PROFILE selects a config-file profile with keys")
    func configFileKeys() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "config",
            "# comment\n[profile dev]\nregion = eu-west-1\naws_access_key_id=CFG\naws_secret_access_key=cfgsecret\n")
        let found = try resolve(environment(folder, ["AWS_PROFILE": "dev"]))
        #expect(found.accessKeyID == "CFG")
        #expect(found.source.contains("config"))
    }

    @Test("a named profile that does not exist is an error naming both files")
    func missingProfile() throws {
        let folder = try TemporaryFolder()
        do {
            _ = try resolve(environment(folder, ["AWS_PROFILE": "nope"]))
            Issue.record("expected an error")
        } catch let error as CredentialError {
            #expect(error.message.contains("profile nope"))
            #expect(error.message.contains(folder.path + "/credentials"))
        }
    }

    @Test("credential_process runs a real script and reads its JSON")
    func credentialProcess() throws {
        let folder = try TemporaryFolder()
        let script = try folder.write(
            "creds.sh",
            "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"PROC\", \"SecretAccessKey\": \"procsecret\", \"SessionToken\": \"ptok\", \"Expiration\": \"2026-01-01T01:00:00Z\"}'\n",
            executable: true)
        try folder.write("config", "[default]\ncredential_process = \"\(script)\" --flag 'two words'\n")
        let found = try resolve(environment(folder))
        #expect(found.accessKeyID == "PROC")
        #expect(found.sessionToken == "ptok")
        #expect(found.expiration == AWSTimestamp.parse("2026-01-01T01:00:00Z"))
        #expect(CredentialProcess.split("\"/a b/c\" --x 'y z' w\\ v") == ["/a b/c", "--x", "y z", "w v"])
    }

    @Test("a failing credential_process stops the chain with its message")
    func failingProcess() throws {
        let folder = try TemporaryFolder()
        let script = try folder.write("fail.sh", "#!/bin/sh\necho 'token expired' >&2\nexit 3\n", executable: true)
        try folder.write("config", "[default]\ncredential_process = \(script)\n")
        do {
            _ = try resolve(environment(folder))
            Issue.record("expected an error")
        } catch let error as CredentialError {
            #expect(error.message.contains("exited with status 3: token expired"))
        }
    }

    @Test("role_arn with source_profile calls STS AssumeRole signed with the source keys")
    func assumeRole() throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", "[base]\naws_access_key_id = BASE\naws_secret_access_key = basesecret\n")
        try folder.write(
            "config",
            "[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/deploy\nsource_profile = base\nexternal_id = x-1\n"
        )
        let transport = FakeTransport { _ in json(200, Self.stsAnswer) }
        let found = try resolve(
            environment(folder, ["AWS_ENDPOINT_URL_STS": "http://127.0.0.1:9/"]), profile: "deploy",
            transport: transport)
        #expect(found.accessKeyID == "ASIAROLE")
        #expect(found.sessionToken == "role&token")
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "http://127.0.0.1:9/")
        #expect(
            request.header("Authorization")?.contains("Credential=BASE/20260101/us-east-1/sts/aws4_request") == true)
        let body = String(decoding: request.body, as: UTF8.self)
        #expect(
            body.contains(
                "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdeploy"))
        #expect(body.contains("ExternalId=x-1"))
    }

    @Test("web identity from the environment calls AssumeRoleWithWebIdentity unsigned")
    func webIdentity() throws {
        let folder = try TemporaryFolder()
        let token = try folder.write("token", "eyJhbGciOi.token\n")
        let transport = FakeTransport { _ in json(200, Self.stsAnswer) }
        let found = try resolve(
            environment(
                folder,
                [
                    "AWS_WEB_IDENTITY_TOKEN_FILE": token, "AWS_ROLE_ARN": "arn:aws:iam::1:role/ci",
                    "AWS_ROLE_SESSION_NAME": "build-7",
                ]),
            transport: transport)
        #expect(found.accessKeyID == "ASIAROLE")
        let request = try #require(transport.requests.first)
        #expect(request.header("Authorization") == nil)
        let body = String(decoding: request.body, as: UTF8.self)
        #expect(body.contains("Action=AssumeRoleWithWebIdentity"))
        #expect(body.contains("RoleSessionName=build-7"))
        #expect(body.contains("WebIdentityToken=eyJhbGciOi.token"))
        #expect(request.url.host == "sts.us-east-1.amazonaws.com")
    }

    @Test("an STS error stops the chain with the AWS code and message")
    func stsError() throws {
        let folder = try TemporaryFolder()
        let token = try folder.write("token", "t")
        let transport = FakeTransport { _ in
            json(
                403,
                "<ErrorResponse><Error><Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error></ErrorResponse>"
            )
        }
        do {
            _ = try resolve(
                environment(folder, ["AWS_WEB_IDENTITY_TOKEN_FILE": token, "AWS_ROLE_ARN": "arn:aws:iam::1:role/ci"]),
                transport: transport)
            Issue.record("expected an error")
        } catch let error as CredentialError {
            #expect(error.message.contains("AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity"))
        }
    }

    @Test("container credentials: relative URI on the ECS address, full URI with a token file")
    func container() throws {
        let folder = try TemporaryFolder()
        let answer =
            #"{"AccessKeyId": "CONT", "SecretAccessKey": "contsecret", "Token": "ctok", "Expiration": "2026-01-01T06:00:00Z"}"#
        let transport = FakeTransport { _ in json(200, answer) }
        let relative = try resolve(
            environment(folder, ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/creds/abc"]), transport: transport)
        #expect(relative.accessKeyID == "CONT")
        #expect(transport.requests.last?.url.absoluteString == "http://169.254.170.2/v2/creds/abc")
        let tokenFile = try folder.write("auth", "secret-auth-token\n")
        let full = try resolve(
            environment(
                folder,
                [
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:8/creds",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile,
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored",
                ]),
            transport: transport)
        #expect(full.sessionToken == "ctok")
        #expect(transport.requests.last?.header("Authorization") == "secret-auth-token")
        #expect(throws: CredentialError.self) {
            try resolve(
                environment(folder, ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"]),
                transport: transport)
        }
    }

    @Test("IMDSv2: token, role, credentials, each with the token")
    func instanceMetadata() throws {
        let folder = try TemporaryFolder()
        let transport = FakeTransport { request in
            switch (request.method, String(request.url.absoluteString.dropFirst("http://127.0.0.1:7".count))) {
            case ("PUT", "/latest/api/token"): return json(200, "imds-token")
            case ("GET", "/latest/meta-data/iam/security-credentials/"): return json(200, "web-role\n")
            case ("GET", "/latest/meta-data/iam/security-credentials/web-role"):
                return json(200, #"{"Code": "Success", "AccessKeyId": "IMDS", "SecretAccessKey": "s", "Token": "t"}"#)
            default: return json(404, "")
            }
        }
        var variables = environment(folder, ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:7/"])
        variables["AWS_EC2_METADATA_DISABLED"] = nil
        let found = try resolve(variables, transport: transport)
        #expect(found.accessKeyID == "IMDS")
        #expect(transport.requests.count == 3)
        #expect(transport.requests[0].header("X-aws-ec2-metadata-token-ttl-seconds") == "21600")
        #expect(transport.requests[1].header("X-aws-ec2-metadata-token") == "imds-token")
        #expect(
            transport.requests[2].url.absoluteString
                == "http://127.0.0.1:7/latest/meta-data/iam/security-credentials/web-role")
    }

    @Test("nothing found: the error lists every source tried, in order")
    func nothing() throws {
        let folder = try TemporaryFolder()
        do {
            _ = try resolve(environment(folder))
            Issue.record("expected an error")
        } catch let error as CredentialError {
            #expect(error.message == "no AWS credentials found")
            let tried = error.tried.joined(separator: "\n")
            #expect(error.tried.count == 5, "\(tried)")
            #expect(tried.contains("environment variables"))
            #expect(tried.contains("profile default"))
            #expect(tried.contains("web identity"))
            #expect(tried.contains("container credentials"))
            #expect(tried.contains("AWS_EC2_METADATA_DISABLED"))
            #expect(error.description.contains("tried, in order:"))
        }
    }

    @Test("credentials never describe their secrets")
    func redaction() {
        let credentials = testCredentials(token: "TOKEN123")
        for text in [
            credentials.description, credentials.debugDescription, "\(credentials)", String(reflecting: credentials),
        ] {
            #expect(!text.contains("AKIDEXAMPLE") && !text.contains("EXAMPLEKEY") && !text.contains("TOKEN123"))
        }
    }
}

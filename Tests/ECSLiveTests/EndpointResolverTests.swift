import Foundation
import Testing

@testable import ECSLive

@Suite("Endpoint and region resolution")
struct EndpointResolverTests {
    let profile = ConfigProfile(
        name: "dev", values: ["endpoint_url": "http://profile:1", "services": "local", "region": "eu-west-3"])
    let config = SharedConfig(
        configPath: "/c", credentialsPath: "/k",
        configSections: ["services local": ["ecs": "\necs_unused = 1\nendpoint_url = http://services:2"]],
        credentialSections: [:])

    func resolve(_ flag: String? = nil, _ environment: [String: String] = [:], profile: ConfigProfile? = nil)
        throws -> ServiceEndpoint
    {
        try EndpointResolver.resolve(
            .ecs, region: "us-east-1", endpointURLFlag: flag, environment: environment, profile: profile, config: config
        )
    }

    @Test("--endpoint-url, then AWS_ENDPOINT_URL_ECS, AWS_ENDPOINT_URL, services section, profile endpoint_url")
    func order() throws {
        let environment = ["AWS_ENDPOINT_URL_ECS": "http://ecs-env:3", "AWS_ENDPOINT_URL": "http://global:4"]
        #expect(try resolve("http://flag:5/", environment, profile: profile).url.absoluteString == "http://flag:5/")
        #expect(try resolve(nil, environment, profile: profile).source == "AWS_ENDPOINT_URL_ECS")
        #expect(try resolve(nil, ["AWS_ENDPOINT_URL": "http://global:4"], profile: profile).url.host == "global")
        #expect(try resolve(nil, [:], profile: profile).url.absoluteString == "http://services:2")
        var plain = profile
        plain.values["services"] = nil
        #expect(try resolve(nil, [:], profile: plain).url.absoluteString == "http://profile:1")
        #expect(try resolve(nil, [:]).url.absoluteString == "https://ecs.us-east-1.amazonaws.com")
    }

    @Test("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ignores every configured endpoint but --endpoint-url")
    func ignore() throws {
        let environment = ["AWS_ENDPOINT_URL_ECS": "http://ecs-env:3", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"]
        #expect(
            try resolve(nil, environment, profile: profile).url.absoluteString == "https://ecs.us-east-1.amazonaws.com")
        #expect(try resolve("http://flag:5", environment).url.absoluteString == "http://flag:5")
    }

    @Test("STS uses AWS_ENDPOINT_URL_STS, not the ECS variable")
    func sts() throws {
        let environment = ["AWS_ENDPOINT_URL_ECS": "http://ecs:1", "AWS_ENDPOINT_URL_STS": "http://sts:2"]
        let endpoint = try EndpointResolver.resolve(
            .sts, region: "eu-west-1", endpointURLFlag: nil, environment: environment, profile: nil, config: nil)
        #expect(endpoint.url.absoluteString == "http://sts:2")
        #expect(endpoint.signingRegion == "eu-west-1")
        let global = try EndpointResolver.resolve(
            .sts, region: nil, endpointURLFlag: nil, environment: [:], profile: nil, config: nil)
        #expect(global.url.absoluteString == "https://sts.amazonaws.com")
        #expect(global.signingRegion == "us-east-1")
    }

    @Test("FIPS and dual-stack from the environment")
    func variants() throws {
        #expect(
            try resolve(nil, ["AWS_USE_FIPS_ENDPOINT": "true"]).url.absoluteString
                == "https://ecs-fips.us-east-1.amazonaws.com")
        #expect(
            try resolve(nil, ["AWS_USE_DUALSTACK_ENDPOINT": "TRUE"]).url.absoluteString
                == "https://ecs.us-east-1.api.aws")
    }

    @Test("an endpoint that is not an http(s) URL is refused, naming its source")
    func invalid() throws {
        #expect(throws: EndpointError.self) { try resolve("ftp://x") }
        do {
            _ = try resolve(nil, ["AWS_ENDPOINT_URL": "not a url"])
            Issue.record("expected an error")
        } catch let error as EndpointError {
            #expect(error.description.contains("AWS_ENDPOINT_URL"))
        }
        #expect(throws: EndpointError.self) { try EndpointResolver.regional(.ecs, region: "us-east-1/evil") }
    }

    @Test("region: --region, AWS_REGION, AWS_DEFAULT_REGION, then the profile")
    func region() {
        let both = ["AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "eu-west-2"]
        #expect(RegionResolver.resolve(flag: "ap-south-1", environment: both, profile: profile)?.name == "ap-south-1")
        #expect(RegionResolver.resolve(flag: nil, environment: both, profile: profile)?.source == "AWS_REGION")
        #expect(
            RegionResolver.resolve(flag: nil, environment: ["AWS_DEFAULT_REGION": "eu-west-2"], profile: profile)?.name
                == "eu-west-2")
        #expect(RegionResolver.resolve(flag: nil, environment: [:], profile: profile)?.name == "eu-west-3")
        #expect(RegionResolver.resolve(flag: nil, environment: [:], profile: nil) == nil)
    }

    @Test("partitions by region name")
    func partitions() {
        #expect(AWSPartitions.partition(forRegion: "cn-northwest-1").id == "aws-cn")
        #expect(AWSPartitions.partition(forRegion: "us-gov-east-1").id == "aws-us-gov")
        #expect(AWSPartitions.partition(forRegion: "us-isob-east-1").dnsSuffix == "sc2s.sgov.gov")
        #expect(AWSPartitions.partition(forRegion: "eu-isoe-west-1").dnsSuffix == "cloud.adc-e.uk")
        #expect(AWSPartitions.partition(forRegion: "us-isof-south-1").dnsSuffix == "csp.hci.ic.gov")
        #expect(AWSPartitions.partition(forRegion: "eusc-de-east-1").dnsSuffix == "amazonaws.eu")
        #expect(AWSPartitions.partition(forRegion: "aws-iso-global").id == "aws-iso")
        #expect(AWSPartitions.partition(forRegion: "nowhere").id == "aws")
    }
}

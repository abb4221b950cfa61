import Testing

@testable import ECSLintKit

/// Edge cases of the network-mode and port-mapping rules (ECS3xx).
@Suite struct NetworkTests: RuleFamilyTests {
    /// A task with one container whose extra members are `container`.
    private static func task(mode: String?, _ container: String, extra: String = "") -> String {
        let modeLine = mode.map { "\"networkMode\": \"\($0)\"," } ?? ""
        return """
            {"family": "t", \(modeLine) \(extra)
             "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256, \(container)}]}
            """
    }

    @Test func hostPortZeroInAwsvpcIsAMismatch() {
        let found = Self.findings(
            HostPortMismatch.code, Self.task(mode: "awsvpc", #""portMappings": [{"containerPort": 80, "hostPort": 0}]"#)
        )
        #expect(found.count == 1)
        #expect(found.first?.message.contains("dynamic") == true)
        #expect(found.first?.message.contains("When networkMode=awsvpc") == true)
        #expect(found.first?.range.start.line == 2)
    }

    @Test func hostModeMismatchDoesNotQuoteTheAwsvpcMessage() {
        let found = Self.findings(
            HostPortMismatch.code,
            Self.task(mode: "host", #""user": "app", "portMappings": [{"containerPort": 80, "hostPort": 8080}]"#))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("networkMode is host") == true)
        #expect(found.first?.message.contains("AWS:") == false)
    }

    @Test func bridgeTranslatesPorts() {
        let json = Self.task(mode: nil, #""portMappings": [{"containerPort": 80, "hostPort": 8080}]"#)
        #expect(Self.findings(HostPortMismatch.code, json).isEmpty)
    }

    @Test func noneModeAcceptsAnEmptyPortMappingList() {
        #expect(Self.findings(PortMappingsInNoneMode.code, Self.task(mode: "none", #""portMappings": []"#)).isEmpty)
        #expect(
            Self.findings(
                PortMappingsInNoneMode.code, Self.task(mode: "none", #""portMappings": [{"containerPort": 1}]"#)
            ).count == 1)
    }

    @Test func missingContainerPortQuotesTheContainerName() {
        let found = Self.findings(MissingContainerPort.code, Self.task(mode: nil, #""portMappings": [{}]"#))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("Invalid 'containerPort' setting for container 'app'.") == true)
    }

    @Test func missingContainerPortIgnoresRangesAndWrongTypes() {
        let range = Self.task(mode: "awsvpc", #""portMappings": [{"containerPortRange": "8000-8010"}]"#)
        #expect(Self.findings(MissingContainerPort.code, range).isEmpty)
        let wrongType = Self.task(mode: nil, #""portMappings": [{"containerPort": "80"}]"#)
        #expect(Self.findings(MissingContainerPort.code, wrongType).isEmpty)
    }

    @Test func portRangeBounds() {
        let json = Self.task(
            mode: nil,
            #""portMappings": [{"containerPort": 0}, {"containerPort": 65535, "hostPort": 65536}, {"containerPort": 1, "hostPort": 0}]"#
        )
        let found = Self.findings(PortOutOfRange.code, json)
        #expect(
            found.map(\.pointer.description) == [
                "/containerDefinitions/0/portMappings/0/containerPort",
                "/containerDefinitions/0/portMappings/1/hostPort",
            ])
    }

    @Test func duplicateContainerPortQuotesAWS() {
        let json = """
            {"family": "dns", "networkMode": "awsvpc", "containerDefinitions": [{"name": "coredns", "image": "coredns/coredns:1.11.1",
              "portMappings": [{"containerPort": 53, "protocol": "tcp"}, {"containerPort": 53, "protocol": "udp"}]}]}
            """
        let found = Self.findings(DuplicateContainerPort.code, json)
        #expect(found.count == 1)
        #expect(
            found.first?.message.contains(
                "Container port 53 is used in more than one port mapping for container coredns") == true)
        #expect(found.first?.notes.count == 1)
        // The same collision is not reported again as a host-port duplicate.
        #expect(Self.findings(DuplicateHostPort.code, json).isEmpty)
    }

    @Test func duplicateHostPortIsPerProtocolAndIgnoresDynamicPorts() {
        let json = """
            {"family": "t", "containerDefinitions": [
              {"name": "a", "image": "x:1", "memory": 64, "portMappings": [{"containerPort": 80, "hostPort": 0}, {"containerPort": 53, "hostPort": 53}]},
              {"name": "b", "image": "x:1", "memory": 64, "portMappings": [{"containerPort": 80}, {"containerPort": 53, "hostPort": 53, "protocol": "udp"}]}
            ]}
            """
        #expect(Self.findings(DuplicateHostPort.code, json).isEmpty)
    }

    @Test func duplicateHostPortMessage() {
        let json = """
            {"family": "t", "containerDefinitions": [
              {"name": "a", "image": "x:1", "memory": 64, "portMappings": [{"containerPort": 3000, "hostPort": 3000, "protocol": "udp"}]},
              {"name": "b", "image": "x:1", "memory": 64, "portMappings": [{"containerPort": 3001, "hostPort": 3000, "protocol": "udp"}]}
            ]}
            """
        let found = Self.findings(DuplicateHostPort.code, json)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("UDP host port '3000' is mapped multiple times in task.") == true)
        #expect(found.first?.range.start.line == 3)
    }

    @Test func reservedPortsApplyToHostModeButNotAwsvpc() {
        #expect(
            Self.findings(
                ReservedHostPort.code,
                Self.task(mode: "host", #""user": "1", "portMappings": [{"containerPort": 2375}]"#)
            )
            .count == 1)
        #expect(
            Self.findings(ReservedHostPort.code, Self.task(mode: "awsvpc", #""portMappings": [{"containerPort": 22}]"#))
                .isEmpty)
        #expect(
            Self.findings(ReservedHostPort.code, Self.task(mode: nil, #""portMappings": [{"containerPort": 22}]"#))
                .isEmpty)
    }

    @Test func ephemeralRangeStartsAt49153OnLinuxAnd49152OnWindows() {
        let linux = Self.task(mode: "bridge", #""portMappings": [{"containerPort": 80, "hostPort": 49152}]"#)
        #expect(Self.findings(EphemeralHostPort.code, linux).isEmpty)
        let windows = Self.task(
            mode: nil, #""portMappings": [{"containerPort": 80, "hostPort": 49152}]"#,
            extra: #""runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},"#)
        #expect(Self.findings(EphemeralHostPort.code, windows).count == 1)
    }

    @Test func staticHostPortsAreReportedOnceAndSkipOtherFindings() {
        let json = Self.task(
            mode: nil,
            #""portMappings": [{"containerPort": 1, "hostPort": 22}, {"containerPort": 2, "hostPort": 8080}, {"containerPort": 3, "hostPort": 8443}]"#
        )
        let found = Self.findings(StaticHostPort.code, json)
        #expect(found.count == 1)
        #expect(found.first?.severity == .info)
        #expect(found.first?.message.contains("8080, 8443") == true)
        #expect(found.first?.pointer.description == "/containerDefinitions/0/portMappings/1/hostPort")
        let reservedOnly = Self.task(mode: nil, #""portMappings": [{"containerPort": 1, "hostPort": 22}]"#)
        #expect(Self.findings(StaticHostPort.code, reservedOnly).isEmpty)
    }

    @Test func containerPortRangeFormats() {
        for (range, valid) in [
            ("1-65535", true), ("8000", false), ("0-10", false), ("10-10", false), ("+1-5", false), (" 1-5", false),
        ] {
            let json = Self.task(mode: "awsvpc", "\"portMappings\": [{\"containerPortRange\": \"\(range)\"}]")
            #expect(Self.findings(InvalidContainerPortRange.code, json).isEmpty == valid, "\(range)")
        }
    }

    @Test func portRangeOverlapIsFoundInEitherOrder() {
        let json = Self.task(
            mode: "awsvpc",
            #""portMappings": [{"containerPort": 8050}, {"containerPortRange": "8000-8100"}, {"containerPortRange": "9000-9001"}]"#
        )
        let found = Self.findings(OverlappingContainerPorts.code, json)
        #expect(found.count == 1)
        #expect(found.first?.pointer.description == "/containerDefinitions/0/portMappings/1/containerPortRange")
    }

    @Test func portRangeInHostMode() {
        let json = Self.task(mode: "host", #""user": "1", "portMappings": [{"containerPortRange": "8000-8100"}]"#)
        #expect(Self.findings(ContainerPortRangeNetworkMode.code, json).count == 1)
        let none = Self.task(mode: "none", #""portMappings": [{"containerPortRange": "8000-8100"}]"#)
        #expect(Self.findings(ContainerPortRangeNetworkMode.code, none).isEmpty)
    }

    @Test func portMappingNames() {
        let long = String(repeating: "a", count: 65)
        for (name, valid) in [
            ("web_1-x", true), ("-web", false), ("Web", false), ("web.http", false), ("", false), (long, false),
        ] {
            let json = Self.task(mode: "awsvpc", "\"portMappings\": [{\"name\": \"\(name)\", \"containerPort\": 80}]")
            #expect(Self.findings(InvalidPortMappingName.code, json).isEmpty == valid, "\(name)")
        }
    }

    @Test func duplicatePortMappingNameWithinOneContainer() {
        let json = Self.task(
            mode: "awsvpc",
            #""portMappings": [{"name": "web", "containerPort": 80}, {"name": "web", "containerPort": 81}]"#)
        let found = Self.findings(DuplicatePortMappingName.code, json)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
    }

    @Test func appProtocolRules() {
        let udp = Self.task(
            mode: "awsvpc", #""portMappings": [{"containerPort": 80, "protocol": "udp", "appProtocol": "grpc"}]"#)
        #expect(Self.findings(AppProtocolWithoutName.code, udp).count == 1)
        #expect(Self.findings(AppProtocolWithUDP.code, udp).count == 1)
        let tcp = Self.task(
            mode: "awsvpc", #""portMappings": [{"name": "g", "containerPort": 80, "appProtocol": "grpc"}]"#)
        #expect(
            Self.findings(AppProtocolWithoutName.code, tcp).isEmpty
                && Self.findings(AppProtocolWithUDP.code, tcp).isEmpty)
    }

    @Test func linksOutsideBridge() {
        let host = Self.task(mode: "host", #""user": "1", "links": ["app"]"#)
        #expect(
            Self.findings(LinksOutsideBridgeMode.code, host).first?.message.contains(
                "Links are not supported when networkMode=host.")
                == true)
        let windows = Self.task(
            mode: nil, #""links": ["app"]"#,
            extra: #""runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},"#)
        #expect(Self.findings(LinksOutsideBridgeMode.code, windows).first?.message.contains("Windows") == true)
        #expect(Self.findings(LinksOutsideBridgeMode.code, Self.task(mode: "awsvpc", #""links": []"#)).isEmpty)
    }

    @Test func awsvpcContainerNetworkSettings() {
        let json = Self.task(
            mode: "awsvpc",
            #""hostname": "h", "extraHosts": [{"hostname": "a", "ipAddress": "10.0.0.1"}], "dnsSearchDomains": ["corp"], "disableNetworking": false"#
        )
        #expect(Self.findings(HostnameInAwsvpcMode.code, json).count == 1)
        #expect(Self.findings(ExtraHostsInAwsvpcMode.code, json).count == 1)
        #expect(Self.findings(DNSSettingsInAwsvpcMode.code, json).count == 1)
        // On Fargate the Fargate rules report extraHosts and DNS settings.
        let fargate = Self.findings(json, launchType: .fargate)
        #expect(!fargate.contains { $0.code == ExtraHostsInAwsvpcMode.code || $0.code == DNSSettingsInAwsvpcMode.code })
        #expect(fargate.contains { $0.code == HostnameInAwsvpcMode.code })
    }

    @Test func hostModeRootUser() {
        #expect(Self.findings(HostModeRootUser.code, Self.task(mode: "host", #""user": "0:0""#)).count == 1)
        #expect(Self.findings(HostModeRootUser.code, Self.task(mode: "host", #""user": "root:wheel""#)).count == 1)
        #expect(Self.findings(HostModeRootUser.code, Self.task(mode: "host", #""user": "1000""#)).isEmpty)
        #expect(Self.findings(HostModeRootUser.code, Self.task(mode: "host", #""user": "rooter""#)).isEmpty)
        let unset = Self.findings(HostModeRootUser.code, Self.task(mode: "host", #""cpu": 10"#))
        #expect(unset.first?.pointer.description == "/containerDefinitions/0/name")
        #expect(Self.findings(HostModeRootUser.code, Self.task(mode: "bridge", #""user": "root""#)).isEmpty)
    }

    @Test func windowsNetworkModes() {
        let windows = #""runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_FULL"},"#
        #expect(
            Self.findings(WindowsNetworkMode.code, Self.task(mode: "host", "\"cpu\": 1", extra: windows)).count == 1)
        #expect(Self.findings(WindowsNetworkMode.code, Self.task(mode: "awsvpc", "\"cpu\": 1", extra: windows)).isEmpty)
        #expect(Self.findings(WindowsNetworkMode.code, Self.task(mode: nil, "\"cpu\": 1", extra: windows)).isEmpty)
        let fargate = windows + #""requiresCompatibilities": ["FARGATE"],"#
        #expect(Self.findings(WindowsNetworkMode.code, Self.task(mode: "bridge", "\"cpu\": 1", extra: fargate)).isEmpty)
    }

    @Test func helloWorldSampleHasNoNetworkFindings() {
        let json = """
            {
              "family": "hello-world-task", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
              "cpu": "256", "memory": "512",
              "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
              "containerDefinitions": [{
                "name": "hello-world-app",
                "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-world-app:latest",
                "essential": true,
                "portMappings": [{"containerPort": 8080, "hostPort": 8080, "protocol": "tcp"}]
              }]
            }
            """
        #expect(Self.findings(json).filter { $0.code.hasPrefix("ECS3") }.isEmpty)
    }

    @Test func bridgeServiceWithDynamicPortsIsClean() {
        let json = """
            {"family": "legacy", "requiresCompatibilities": ["EC2"], "containerDefinitions": [
              {"name": "web", "image": "nginx:1.27", "memory": 256, "links": ["api:backend"],
               "portMappings": [{"containerPort": 80, "hostPort": 0}, {"name": "metrics", "containerPort": 9113}]},
              {"name": "api", "image": "example/api:2.1", "memoryReservation": 512,
               "portMappings": [{"containerPort": 8080}, {"containerPortRange": "9000-9010", "protocol": "udp"}]}
            ]}
            """
        #expect(Self.findings(json).filter { $0.code.hasPrefix("ECS3") }.isEmpty)
    }
}

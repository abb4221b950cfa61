import Testing

@testable import ECSLintKit

/// Container tests: Linux parameters, identity and security options.
extension ContainerTests {
    // MARK: Linux parameters

    @Test func swapSettings() {
        #expect(
            Self.findings(SwapSettingOutOfRange.code, Self.task(#""linuxParameters": {"maxSwap": 0, "swappiness": 0}"#))
                .isEmpty)
        #expect(
            Self.findings(
                SwapSettingOutOfRange.code, Self.task(#""linuxParameters": {"maxSwap": 0, "swappiness": 100}"#)
            ).isEmpty)
        #expect(
            Self.findings(SwapSettingOutOfRange.code, Self.task(#""linuxParameters": {"swappiness": -1}"#)).count == 1)
        #expect(
            Self.findings(
                SwappinessWithoutMaxSwap.code, Self.task(#""linuxParameters": {"maxSwap": 0, "swappiness": 60}"#)
            ).isEmpty)
        #expect(
            Self.findings(SwappinessWithoutMaxSwap.code, Self.task(#""linuxParameters": {"swappiness": 60}"#)).count
                == 1)
    }

    @Test func tmpfsOptionsWithValues() {
        let good = Self.task(
            #""linuxParameters": {"tmpfs": [{"containerPath": "/run", "size": 16, "mountOptions": ["mode=1777", "uid=1000", "noexec"]}]}"#
        )
        #expect(Self.findings(InvalidTmpfs.code, good).isEmpty)
        let bad = Self.task(
            #""linuxParameters": {"tmpfs": [{"containerPath": "/run", "size": 16, "mountOptions": ["size=64m"]}]}"#)
        #expect(Self.findings(InvalidTmpfs.code, bad).count == 1)
        #expect(Self.findings(InvalidTmpfs.code, bad, launchType: .fargate).isEmpty)
    }

    @Test func devicePathsSuggestDev() {
        let found = Self.findings(
            DevicePathNotAbsolute.code,
            Self.task(#""linuxParameters": {"devices": [{"hostPath": "/dev/fuse", "containerPath": "dev/fuse"}]}"#))
        #expect(found.count == 1)
        #expect(found.first?.fix?.contains("\"/dev/fuse\"") == true)
    }

    @Test func ulimitLimits() {
        #expect(
            Self.findings(
                UlimitSoftLimitExceedsHard.code,
                Self.task(#""ulimits": [{"name": "core", "softLimit": -1, "hardLimit": -1}]"#)
            )
            .isEmpty)
        #expect(
            Self.findings(
                UlimitSoftLimitExceedsHard.code,
                Self.task(#""ulimits": [{"name": "core", "softLimit": 0, "hardLimit": -1}]"#)
            )
            .isEmpty)
        #expect(
            Self.findings(
                UlimitSoftLimitExceedsHard.code,
                Self.task(#""ulimits": [{"name": "core", "softLimit": -1, "hardLimit": 10}]"#)
            )
            .count == 1)
        let nofile = #""ulimits": [{"name": "nofile", "softLimit": 1048577, "hardLimit": 1048577}]"#
        #expect(Self.findings(FargateNofileLimit.code, Self.task(nofile, extra: Self.fargate)).count == 2)
        #expect(Self.findings(FargateNofileLimit.code, Self.task(nofile)).isEmpty)
        let twice =
            #""ulimits": [{"name": "nofile", "softLimit": 1, "hardLimit": 1}, {"name": "nofile", "softLimit": 2, "hardLimit": 2}]"#
        #expect(Self.findings(DuplicateUlimit.code, Self.task(twice)).first?.notes.count == 1)
    }

    @Test func systemControls() {
        func controls(_ names: [String], extra: String = "") -> [Finding] {
            let list = names.map { #"{"namespace": "\#($0)", "value": "1"}"# }.joined(separator: ", ")
            return Self.findings(Self.task(#""memory": 512, "systemControls": [\#(list)]"#, extra: extra))
        }
        let namespaced = ["net.core.somaxconn", "kernel.shmmax", "fs.mqueue.msg_max", "kernel.domainname"]
        #expect(
            controls(namespaced).filter {
                $0.code == InvalidSystemControl.code || $0.code == SystemControlInHostNamespace.code
            }.isEmpty)
        #expect(
            controls(["vm.swappiness", "kernel.hostname"]).filter { $0.code == InvalidSystemControl.code }.count == 2)
        let host = controls(namespaced, extra: #""networkMode": "host", "ipcMode": "host","#)
        #expect(host.filter { $0.code == SystemControlInHostNamespace.code }.count == 3)
        #expect(host.filter { $0.code == InvalidSystemControl.code }.isEmpty)
    }

    @Test func hostNamespaces() {
        let json = Self.task(#""memory": 512"#, extra: #""pidMode": "host", "ipcMode": "host","#)
        #expect(Self.findings(HostNamespaceSharing.code, json).count == 2)
        #expect(
            Self.findings(
                HostNamespaceSharing.code,
                Self.task(#""memory": 512"#, extra: #""pidMode": "task", "ipcMode": "none","#)
            )
            .isEmpty)
    }

    // MARK: Identity and security options

    @Test func userForms() {
        for user in ["app", "1000", "1000:1000", "app:staff", "0", "nobody:65534", "www-data", "svc$"] {
            #expect(Self.findings(InvalidUser.code, Self.task(#""user": "\#(user)""#)).isEmpty, "\(user)")
        }
        for user in ["1000:", ":1000", "a:b:c", "app user", "-1", "1000:-5"] {
            #expect(Self.findings(InvalidUser.code, Self.task(#""user": "\#(user)""#)).count == 1, "\(user)")
        }
        #expect(Self.findings(InvalidUser.code, Self.task(#""user": "a:b:c""#, extra: Self.windows)).isEmpty)
    }

    @Test func dockerSecurityOptionForms() {
        let good = [
            "no-new-privileges", "no-new-privileges:true", "no-new-privileges=false", "label:disable",
            "label=type:container_t", "apparmor=unconfined", "seccomp=unconfined", "credentialspec:file://gmsa.json",
        ]
        let list = good.map { "\"\($0)\"" }.joined(separator: ", ")
        #expect(
            Self.findings(InvalidDockerSecurityOption.code, Self.task(#""dockerSecurityOptions": [\#(list)]"#)).isEmpty)
        let bad = Self.findings(
            InvalidDockerSecurityOption.code,
            Self.task(#""dockerSecurityOptions": ["no-new-privileges:yes", "selinux:on", "label"]"#))
        #expect(bad.count == 3)
        #expect(
            Self.findings(
                InvalidDockerSecurityOption.code, Self.task(#""dockerSecurityOptions": ["selinux:on"]"#),
                launchType: .fargate
            )
            .isEmpty)
    }

    @Test func credentialSpecs() {
        let s3 = "credentialspec:arn:aws:s3:::my-bucket/gmsa/webapp.json"
        #expect(Self.findings(InvalidCredentialSpecs.code, Self.task(#""credentialSpecs": ["\#(s3)"]"#)).isEmpty)
        let two = Self.findings(InvalidCredentialSpecs.code, Self.task(#""credentialSpecs": ["\#(s3)", "\#(s3)"]"#))
        #expect(two.count == 1)
        #expect(two.first?.pointer.lastToken == "1")
        let bucketOnly = Self.findings(
            InvalidCredentialSpecs.code, Self.task(#""credentialSpecs": ["credentialspec:arn:aws:s3:::my-bucket"]"#))
        #expect(bucketOnly.count == 1)
    }

    @Test func restartPolicyBounds() {
        #expect(
            Self.findings(
                RestartPolicyOutOfRange.code,
                Self.task(#""restartPolicy": {"enabled": true, "restartAttemptPeriod": 1800}"#)
            )
            .isEmpty)
        #expect(
            Self.findings(
                RestartPolicyOutOfRange.code,
                Self.task(#""restartPolicy": {"enabled": true, "restartAttemptPeriod": 1801}"#)
            )
            .count == 1)
        let codes = (0...50).map(String.init).joined(separator: ", ")
        #expect(
            Self.findings(
                RestartPolicyOutOfRange.code,
                Self.task(#""restartPolicy": {"enabled": true, "ignoredExitCodes": [\#(codes)]}"#)
            )
            .count == 1)
    }

    @Test func versionConsistencyWithDigestIsFine() {
        let digest = "nginx@sha256:" + String(repeating: "a", count: 64)
        let json =
            #"{"family": "t", "containerDefinitions": [{"name": "app", "image": "\#(digest)", "versionConsistency": "disabled"}]}"#
        #expect(Self.findings(VersionConsistencyDisabled.code, json).isEmpty)
        #expect(
            Self.findings(VersionConsistencyDisabled.code, Self.task(#""versionConsistency": "disabled""#)).first?
                .severity == .info)
    }
}

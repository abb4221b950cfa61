import Testing

@testable import ECSLintKit

/// Edge cases of the container resource and runtime rules (ECS4xx).
@Suite struct ContainerTests: RuleFamilyTests {
    /// A task whose first container has `container` as extra members.
    static func task(_ container: String, extra: String = "") -> String {
        """
        {"family": "t", \(extra)
         "containerDefinitions": [{"name": "app", "image": "nginx:1.27", \(container)}]}
        """
    }

    static let windows = #""runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},"#
    static let fargate =
        #""requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512","#

    // MARK: Memory

    @Test func memoryMissingQuotesAWSAndPointsAtTheContainer() {
        let json = """
            {"family": "t", "containerDefinitions": [
              {"name": "web", "image": "nginx:1.27", "memoryReservation": 64},
              {"name": "worker", "image": "busybox:1.36"}
            ]}
            """
        let found = Self.findings(ContainerMemoryMissing.code, json)
        #expect(found.count == 1)
        #expect(
            found.first?.message.contains(
                "Invalid setting for container 'worker'. At least one of 'memory' or 'memoryReservation' must be specified."
            )
                == true)
        #expect(found.first?.range.start.line == 3)
        #expect(found.first?.range.start.column == 3)
    }

    @Test func memoryMissingIsSilentWithTaskMemoryOrOnFargate() {
        #expect(
            Self.findings(ContainerMemoryMissing.code, Self.task(#""cpu": 0"#, extra: #""memory": "2 GB","#)).isEmpty)
        #expect(Self.findings(ContainerMemoryMissing.code, Self.task(#""cpu": 0"#, extra: Self.fargate)).isEmpty)
        #expect(Self.findings(ContainerMemoryMissing.code, Self.task(#""cpu": 0"#), launchType: .fargate).isEmpty)
        #expect(Self.findings(ContainerMemoryMissing.code, Self.task(#""cpu": 0"#)).count == 1)
    }

    @Test func zeroMemoryQuotesAWS() {
        let found = Self.findings(InvalidContainerMemory.code, Self.task(#""memory": 0, "memoryReservation": -5"#))
        #expect(found.count == 2)
        #expect(found.contains { $0.message.contains("Invalid 'memory' setting for container 'app'.") })
    }

    @Test func tinyMemoryIsALaunchErrorOnLinuxOnly() {
        let found = Self.findings(ContainerMemoryTooSmall.code, Self.task(#""memory": 2, "memoryReservation": 5"#))
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.stage == .launch })
        #expect(found.first?.fix?.contains("2048") == true)
        #expect(Self.findings(ContainerMemoryTooSmall.code, Self.task(#""memory": 6"#)).isEmpty)
        #expect(Self.findings(ContainerMemoryTooSmall.code, Self.task(#""memory": 2"#, extra: Self.windows)).isEmpty)
    }

    @Test func reservationEqualToMemoryIsAccepted() {
        #expect(
            Self.findings(MemoryReservationExceedsMemory.code, Self.task(#""memory": 256, "memoryReservation": 256"#))
                .isEmpty)
        let found = Self.findings(
            MemoryReservationExceedsMemory.code, Self.task(#""memory": 256, "memoryReservation": 257"#))
        #expect(found.count == 1)
        #expect(found.first?.notes.count == 1)
    }

    @Test func containerMemoryIsComparedWithTaskMemoryInGB() {
        #expect(
            Self.findings(ContainerMemoryExceedsTask.code, Self.task(#""memory": 1024"#, extra: #""memory": "1 GB","#))
                .isEmpty)
        let found = Self.findings(
            ContainerMemoryExceedsTask.code, Self.task(#""memory": 1025"#, extra: #""memory": "1GB","#))
        #expect(found.count == 1)
        #expect(
            found.first?.message.contains("The 'memory' setting for container 'app' is greater than for the task.")
                == true)
        #expect(
            Self.findings(ContainerMemoryExceedsTask.code, Self.task(#""memory": 4096"#, extra: #""memory": "lots","#))
                .isEmpty)
    }

    @Test func reservationSumPointsAtTaskMemoryWithNotes() {
        let json = """
            {"family": "t", "memory": "512", "containerDefinitions": [
              {"name": "a", "image": "x:1", "memoryReservation": 300},
              {"name": "b", "image": "y:1", "memoryReservation": 300},
              {"name": "c", "image": "z:1", "memory": 100}
            ]}
            """
        let found = Self.findings(MemoryReservationSumExceedsTask.code, json)
        #expect(found.count == 1)
        #expect(found.first?.pointer == JSONPointer(["memory"]))
        #expect(found.first?.notes.count == 2)
        #expect(found.first?.message.contains("600 MiB") == true)
    }

    @Test func cpuSumAcceptsVCPUStrings() {
        let two = """
            {"family": "t", "cpu": "%@", "memory": "2048", "containerDefinitions": [
              {"name": "a", "image": "x:1", "cpu": 512}, {"name": "b", "image": "y:1", "cpu": 512}, {"name": "c", "image": "z:1", "cpu": 0}
            ]}
            """
        #expect(Self.findings(ContainerCPUSumExceedsTask.code, two.replacing("%@", with: "1 vCPU")).isEmpty)
        let found = Self.findings(ContainerCPUSumExceedsTask.code, two.replacing("%@", with: ".5 vCPU"))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("1024 units") == true)
        #expect(found.first?.notes.count == 2)
    }

    @Test func memoryReservationOnWindowsSuggestsMemory() {
        let found = Self.findings(
            MemoryReservationOnWindows.code, Self.task(#""memoryReservation": 512"#, extra: Self.windows))
        #expect(found.first?.fix == "replace memoryReservation with \"memory\": 512")
        #expect(Self.findings(MemoryReservationOnWindows.code, Self.task(#""memoryReservation": 512"#)).isEmpty)
    }

    // MARK: Accelerators

    @Test func gpuValues() {
        func gpu(_ value: String, extra: String = "") -> [Finding] {
            Self.findings(
                InvalidGPURequirement.code,
                Self.task(
                    #""memory": 512, "resourceRequirements": [{"type": "GPU", "value": "\#(value)"}]"#, extra: extra))
        }
        #expect(gpu("1").isEmpty)
        #expect(gpu("8").isEmpty)
        #expect(gpu("0").count == 1)
        #expect(gpu("1.5").count == 1)
        #expect(gpu("two").count == 1)
        #expect(gpu("0", extra: Self.fargate).isEmpty)
        let windows = gpu("1", extra: Self.windows)
        #expect(windows.count == 1)
        #expect(windows.first?.severity == .warning)
    }

    @Test func duplicateGPUEntries() {
        let json = Self.task(
            #""memory": 512, "resourceRequirements": [{"type": "GPU", "value": "1"}, {"type": "GPU", "value": "1"}]"#)
        #expect(Self.findings(InvalidGPURequirement.code, json).count == 1)
    }

    @Test func inferenceAcceleratorWithoutDeclarations() {
        let json = Self.task(
            #""memory": 512, "resourceRequirements": [{"type": "InferenceAccelerator", "value": "d1"}]"#)
        let found = Self.findings(InferenceAcceleratorReference.code, json)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("declares no inferenceAccelerators") == true)
    }

    // MARK: Windows

    @Test func linuxOnlyParametersOnWindows() {
        let json = Self.task(
            #""memory": 512, "user": "ContainerUser", "readonlyRootFilesystem": false, "ulimits": [{"name": "nofile", "softLimit": 1, "hardLimit": 1}], "linuxParameters": {}"#,
            extra: Self.windows + #""pidMode": "task","#)
        let keys = Self.findings(LinuxOnlyParameterOnWindows.code, json).map { $0.pointer.lastToken ?? "" }.sorted()
        #expect(keys == ["linuxParameters", "pidMode", "ulimits"])
        #expect(
            Self.findings(LinuxOnlyParameterOnWindows.code, Self.task(#""memory": 512, "linuxParameters": {}"#)).isEmpty
        )
    }

    @Test func linuxParametersOnWindowsFargateAreLeftToTheFargateRules() {
        let json = Self.task(
            #""linuxParameters": {}"#,
            extra: Self.windows
                + #""requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "1024", "memory": "2048","#)
        #expect(Self.findings(LinuxOnlyParameterOnWindows.code, json).isEmpty)
    }

    // MARK: Capabilities and privileges

    @Test func capabilitySpellings() {
        let json = Self.task(
            #""memory": 512, "linuxParameters": {"capabilities": {"add": ["CAP_SYS_ADMIN", "net_raw", "SYS_PTRACE", "BPF", "FOO"]}}"#
        )
        let invalid = Self.findings(InvalidCapability.code, json)
        #expect(invalid.map(\.severity) == [.warning, .warning, .warning, .error])
        #expect(invalid.first?.fix == "write \"SYS_ADMIN\"")
        #expect(Self.findings(DangerousCapability.code, json).isEmpty)
    }

    @Test func dangerousCapabilitiesOnlyInAdd() {
        let json = Self.task(
            #""memory": 512, "linuxParameters": {"capabilities": {"add": ["NET_ADMIN", "ALL"], "drop": ["SYS_ADMIN"]}}"#
        )
        let found = Self.findings(DangerousCapability.code, json)
        #expect(found.count == 2)
        #expect(found.first?.range.start.line == 2)
        #expect(Self.findings(DangerousCapability.code, json, launchType: .fargate).isEmpty)
    }

    @Test func privilegedIsAnErrorOnWindowsOnly() {
        #expect(
            Self.findings(PrivilegedContainer.code, Self.task(#""memory": 512, "privileged": true"#)).first?.severity
                == .warning)
        #expect(
            Self.findings(
                PrivilegedContainer.code, Self.task(#""memory": 512, "privileged": true"#, extra: Self.windows)
            ).first?
            .severity == .error)
        #expect(Self.findings(PrivilegedContainer.code, Self.task(#""memory": 512, "privileged": false"#)).isEmpty)
        #expect(Self.findings(PrivilegedContainer.code, Self.task(#""privileged": true"#, extra: Self.fargate)).isEmpty)
    }

    @Test func writableRootFilesystemIsInfo() {
        let found = Self.findings(WritableRootFilesystem.code, Self.task(#""memory": 512"#))
        #expect(found.count == 1)
        #expect(found.first?.severity == .info)
        #expect(
            Self.findings(WritableRootFilesystem.code, Self.task(#""memory": 512, "readonlyRootFilesystem": true"#))
                .isEmpty)
        #expect(Self.findings(WritableRootFilesystem.code, Self.task(#""memory": 512"#, extra: Self.windows)).isEmpty)
    }
}

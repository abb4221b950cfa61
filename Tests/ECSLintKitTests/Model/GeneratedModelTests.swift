import Testing

@testable import ECSLintKit

/// A `Field` seen through `Mirror`, whatever its value type.
private protocol PresenceReading {
    var presence: Presence { get }
}

extension Field: PresenceReading {}

/// One generated model type: how to read it and the API shape it is generated from.
struct GeneratedModel: Sendable, CustomTestStringConvertible {
    let name: String
    let shape: ECSAPIShapeID
    let read: @Sendable (Node) -> Any
    /// Fields no member of `shape` reads by itself: the members of a nested object read into
    /// this type (`flatten` in scripts/schema_models.py), or those of another request.
    var unread: Set<String> = []
    /// For a flattened object, its members and the field each is read into.
    var flattened: [String: [String: String]] = [:]

    var testDescription: String { name }

    init<T>(_ shape: ECSAPIShapeID, _ make: @escaping @Sendable (Node, JSONPointer) -> T) {
        self.name = "\(T.self)"
        self.shape = shape
        self.read = { make($0, .root) }
    }

    func flattening(_ key: String, _ members: [String: String]) -> GeneratedModel {
        var model = self
        model.flattened[key] = members
        model.unread.formUnion(members.values)
        return model
    }

    static func request(_ kind: ServiceRequestKind, unread: Set<String>) -> GeneratedModel {
        var model = GeneratedModel(kind.shapeID) { ServiceRequest(kind: kind, $0, at: $1) }
        model.unread = unread
        return model
    }
}

/// The readers generated into `Model/*.generated.swift` by scripts/generate_schema.py: every
/// `@Field` of a model reads one member of its API shape (by its API name), and no member is
/// read twice; the members a request does not have read as absent.
@Suite("Model: generated readers")
struct GeneratedModelTests {
    static let models: [GeneratedModel] = [
        GeneratedModel(.registerTaskDefinitionRequest, TaskDefinition.init),
        GeneratedModel(.runtimePlatform, RuntimePlatform.init),
        GeneratedModel(.tag, Tag.init),
        GeneratedModel(.taskDefinitionPlacementConstraint, PlacementConstraint.init),
        GeneratedModel(.inferenceAccelerator, InferenceAccelerator.init),
        GeneratedModel(.proxyConfiguration, ProxyConfiguration.init),
        GeneratedModel(.keyValuePair, KeyValuePair.init),
        GeneratedModel(.ephemeralStorage, EphemeralStorage.init),
        GeneratedModel(.containerDefinition, ContainerDefinition.init),
        GeneratedModel(.repositoryCredentials, RepositoryCredentials.init),
        GeneratedModel(.portMapping, PortMapping.init),
        GeneratedModel(.secret, Secret.init),
        GeneratedModel(.environmentFile, EnvironmentFile.init),
        GeneratedModel(.mountPoint, MountPoint.init),
        GeneratedModel(.volumeFrom, VolumeFrom.init),
        GeneratedModel(.containerDependency, ContainerDependency.init),
        GeneratedModel(.hostEntry, HostEntry.init),
        GeneratedModel(.ulimit, Ulimit.init),
        GeneratedModel(.systemControl, SystemControl.init),
        GeneratedModel(.resourceRequirement, ResourceRequirement.init),
        GeneratedModel(.containerRestartPolicy, RestartPolicy.init),
        GeneratedModel(.logConfiguration, LogConfiguration.init),
        GeneratedModel(.healthCheck, HealthCheck.init),
        GeneratedModel(.firelensConfiguration, FirelensConfiguration.init),
        GeneratedModel(.linuxParameters, LinuxParameters.init)
            .flattening("capabilities", ["add": "capabilitiesAdd", "drop": "capabilitiesDrop"]),
        GeneratedModel(.device, Device.init),
        GeneratedModel(.tmpfs, Tmpfs.init),
        GeneratedModel(.volume, Volume.init),
        GeneratedModel(.hostVolumeProperties, HostVolumeProperties.init),
        GeneratedModel(.dockerVolumeConfiguration, DockerVolumeConfiguration.init),
        GeneratedModel(.efsVolumeConfiguration, EFSVolumeConfiguration.init)
            .flattening("authorizationConfig", ["accessPointId": "accessPointId", "iam": "iam"]),
        GeneratedModel(.s3FilesVolumeConfiguration, S3FilesVolumeConfiguration.init),
        GeneratedModel(.fsxWindowsFileServerVolumeConfiguration, FSxWindowsVolumeConfiguration.init)
            .flattening("authorizationConfig", ["credentialsParameter": "credentialsParameter", "domain": "domain"]),
        .request(.createService, unread: ["service", "count", "overrides"]),
        .request(
            .updateService, unread: ["serviceName", "launchType", "role", "schedulingStrategy", "count", "overrides"]),
        .request(
            .runTask,
            unread: [
                "serviceName", "service", "loadBalancers", "serviceRegistries", "desiredCount", "role",
                "deploymentConfiguration", "healthCheckGracePeriodSeconds", "schedulingStrategy",
                "deploymentController", "serviceConnectConfiguration", "vpcLatticeConfigurations",
            ]),
        GeneratedModel(.capacityProviderStrategyItem, CapacityProviderStrategyItem.init),
        GeneratedModel(.networkConfiguration, NetworkConfiguration.init),
        GeneratedModel(.awsVpcConfiguration, AwsVpcConfiguration.init),
        GeneratedModel(.loadBalancer, ServiceLoadBalancer.init),
        GeneratedModel(.serviceRegistry, ServiceRegistry.init),
        GeneratedModel(.deploymentConfiguration, DeploymentConfiguration.init),
        GeneratedModel(.deploymentCircuitBreaker, DeploymentCircuitBreaker.init),
        GeneratedModel(.deploymentController, DeploymentController.init),
        GeneratedModel(.placementStrategy, PlacementStrategy.init),
        GeneratedModel(.serviceConnectConfiguration, ServiceConnectConfiguration.init),
        GeneratedModel(.serviceConnectService, ServiceConnectService.init),
        GeneratedModel(.taskOverride, TaskOverride.init),
        GeneratedModel(.containerOverride, ContainerOverride.init),
        GeneratedModel(.vpcLatticeConfiguration, VpcLatticeConfiguration.init),
    ]

    /// The `@Field`s of a model value by property name (`_image` is `image`), with their presence.
    static func fields(of value: Any) -> [String: Presence] {
        var fields: [String: Presence] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, let field = child.value as? PresenceReading else { continue }
            fields[String(label.dropFirst())] = field.presence
        }
        return fields
    }

    /// The fields that read `null` in the object `json`.
    static func nullFields(_ model: GeneratedModel, _ json: String) throws -> [String] {
        let node = try JSONScanner.parse(Array(json.utf8))
        return fields(of: model.read(node)).filter { $0.value == .null }.map(\.key).sorted()
    }

    @Test("every field reads one member of the shape, none twice", arguments: models)
    func fieldsReadTheShapesMembers(_ model: GeneratedModel) throws {
        let all = Set(Self.fields(of: model.read(Node(.object([]), range: SourceRange(at: .start)))).keys)
        #expect(!all.isEmpty)
        var read: Set<String> = []
        for member in ECSAPIShapes.shape(model.shape).members {
            let names = try Self.nullFields(model, #"{"\#(member.name)": null}"#)
            #expect(names.count <= 1, "\(model.name).\(member.name) is read by \(names)")
            #expect(read.isDisjoint(with: names), "\(names) read by two members of \(model.name)")
            read.formUnion(names)
        }
        #expect(all.subtracting(read) == model.unread, "fields of \(model.name) no member reads")
    }

    @Test(
        "the members of a flattened object are read into their fields",
        arguments: models.filter { !$0.flattened.isEmpty })
    func flattenedMembers(_ model: GeneratedModel) throws {
        for (key, members) in model.flattened {
            for (member, field) in members {
                #expect(try Self.nullFields(model, #"{"\#(key)": {"\#(member)": null}}"#) == [field])
            }
        }
    }
}

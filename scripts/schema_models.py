"""The table of model types `scripts/generate_schema.py` generates into `Sources/ECSLintKit/Model/`.

Each entry names a botocore shape (or, for `ServiceRequest`, the three request shapes whose
members it unites) and the Swift type that reads it. The generator writes, per type, the stored
`@Field` members (one per shape member, in model order, typed from the member's shape) and the
`init(_ node:, at:)` that reads them through `ObjectReader`. What the table says beyond the shape:

- `swift`: the Swift type name, where it is not the shape's name;
- `skip`: members no rule reads; they are not read at all, so reading an object costs one lookup
  per member a rule needs (remove a name here to make a member available to rules);
- `rename`: Swift property names that differ from the API's (`essential` is `essentialValue`,
  because `isEssential` is the effective value);
- `readers`: an `ObjectReader` method other than the one the member's type implies
  (`stringsKeepingIndexes`, `stringMapOrEmpty`);
- `flatten`: a nested structure whose members are read into this type, with a prefix
  (`capabilities.add` is `capabilitiesAdd`) or none (`authorizationConfig.iam` is `iam`);
- `docs`: a property's doc comment where botocore's summary does not say what rules need to know;
- `derived`: stored values computed once in the init from what was read, with the Swift
  expression that computes them (hand-written helpers they call live in the type's non-generated
  file); `leading`, `keeps_node`, `reader`, `public_init`, `default_pointer`, `is_class`: the
  init's shape for the three top-level types.

Effective values (defaults, launch types, helpers over several members) are never generated:
they live in hand-written extensions beside the generated files (`TaskDefinition.swift`, …).
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Derived:
    """A stored value computed once in the init from the members read."""

    declaration: str  # e.g. "public let index: Int"
    doc: str
    expression: str  # Swift, evaluated after every member is read


@dataclass(frozen=True)
class ModelType:
    """One generated Swift model type."""

    shape: str | tuple  # a botocore shape, or a tuple of shapes whose members are united
    file: str  # Sources/ECSLintKit/Model/<file>.generated.swift
    doc: str  # the type's doc comment (lines joined with "\n")
    swift: str = ""  # the Swift name; the shape's name when empty
    skip: tuple = ()
    rename: dict = field(default_factory=dict)
    readers: dict = field(default_factory=dict)
    flatten: dict = field(default_factory=dict)
    docs: dict = field(default_factory=dict)
    derived: tuple = ()
    leading: tuple = ()  # (name, Swift type, doc): a stored init parameter before the node
    keeps_node: bool = False
    reader: str = "ObjectReader(node, at: pointer)"
    public_init: bool = False
    default_pointer: str = ""  # e.g. ".root"
    is_class: bool = False

    @property
    def name(self):
        return self.swift or self.shape


# Shapes read by the Swift type generated for another shape with the same members (the
# generator checks that the members agree).
ALIASES = {
    "PlacementConstraint": "TaskDefinitionPlacementConstraint",
}

MODELS = [
    # The task definition.
    ModelType(
        "RegisterTaskDefinitionRequest",
        swift="TaskDefinition",
        file="TaskDefinition",
        doc="A task definition (the RegisterTaskDefinition request), decoded leniently\n"
        "from a positioned tree. Positions stay in the tree: every model value keeps\n"
        "its `pointer` so rules can report exactly where a problem is.",
        rename={"networkMode": "networkModeValue", "containerDefinitions": "containers"},
        readers={"requiresCompatibilities": "stringsKeepingIndexes"},
        docs={
            "networkMode": "The `networkMode` exactly as written; `declaredNetworkMode` is the API value.",
            "requiresCompatibilities": "The `requiresCompatibilities` values exactly as written (a value of another\n"
            "type reads as \"\", so indexes stay those of the file); see `declaredLaunchTypes`.",
            "cpu": "Task-level `cpu` (a string in the API) as written.",
            "memory": "Task-level `memory` (a string in the API) as written.",
        },
        derived=(
            Derived(
                "let roleFields: [(key: String, value: String?, reading: IAMRoleARN.Reading?)]",
                "`taskRoleArn` and `executionRoleArn` read once as IAM role references,\n"
                "in that order: four rules judge them.",
                "Self.readRoles(taskRoleArn: _taskRoleArn.wrappedValue, executionRoleArn: _executionRoleArn.wrappedValue)",
            ),
        ),
        keeps_node=True,
        public_init=True,
        default_pointer=".root",
    ),
    ModelType("RuntimePlatform", file="TaskDefinition", doc="`runtimePlatform`: the OS family and CPU architecture."),
    ModelType("Tag", file="TaskDefinition", doc="One entry of `tags`."),
    ModelType(
        "TaskDefinitionPlacementConstraint",
        swift="PlacementConstraint",
        file="TaskDefinition",
        doc="One entry of `placementConstraints` (of a task definition or a service).",
    ),
    ModelType(
        "InferenceAccelerator", file="TaskDefinition", doc="One entry of `inferenceAccelerators` (Elastic Inference, deprecated)."
    ),
    ModelType("ProxyConfiguration", file="TaskDefinition", doc="`proxyConfiguration` (App Mesh)."),
    ModelType("KeyValuePair", file="TaskDefinition", doc="A `{name, value}` pair (environment variables, proxy properties)."),
    ModelType("EphemeralStorage", file="TaskDefinition", doc="`ephemeralStorage` (Fargate)."),
    # A container and its settings.
    ModelType(
        "ContainerDefinition",
        file="ContainerDefinition",
        doc="One entry of `containerDefinitions`, decoded leniently.\n\n"
        "Immutable: every stored property is set once in `init` (a `@Field` has no\n"
        "setter), hence `@unchecked Sendable`.",
        rename={"essential": "essentialValue"},
        docs={"essential": "`essential` as written; see `isEssential` for the effective value."},
        derived=(
            Derived("public let index: Int", "The index in `containerDefinitions`.", "pointer.lastToken.flatMap { Int($0) } ?? 0"),
            Derived(
                "let imageReference: ImageReference?",
                "The image parsed once, for the image rules.",
                "_image.wrappedValue.map(ImageReference.init)",
            ),
        ),
        keeps_node=True,
        public_init=True,
        is_class=True,
    ),
    ModelType("RepositoryCredentials", file="ContainerDefinition", doc="`repositoryCredentials`: where a private registry's credentials are."),
    ModelType(
        "PortMapping",
        file="ContainerDefinition",
        doc="One entry of `portMappings`.",
        rename={"protocol": "protocolValue"},
        docs={"protocol": "`protocol` as written; see `effectiveProtocol` (`tcp` when absent)."},
    ),
    ModelType("Secret", file="ContainerDefinition", doc="One entry of `secrets` or `logConfiguration.secretOptions`."),
    ModelType("EnvironmentFile", file="ContainerDefinition", doc="One entry of `environmentFiles`."),
    ModelType("MountPoint", file="ContainerDefinition", doc="One entry of `mountPoints`."),
    ModelType("VolumeFrom", file="ContainerDefinition", doc="One entry of `volumesFrom`."),
    ModelType("ContainerDependency", file="ContainerDefinition", doc="One entry of `dependsOn`."),
    ModelType("HostEntry", file="ContainerDefinition", doc="One entry of `extraHosts`."),
    ModelType("Ulimit", file="ContainerDefinition", doc="One entry of `ulimits`."),
    ModelType("SystemControl", file="ContainerDefinition", doc="One entry of `systemControls`."),
    ModelType("ResourceRequirement", file="ContainerDefinition", doc="One entry of `resourceRequirements`."),
    ModelType("ContainerRestartPolicy", swift="RestartPolicy", file="ContainerDefinition", doc="`restartPolicy`."),
    ModelType(
        "LogConfiguration",
        file="ContainerDefinition",
        doc="`logConfiguration`.",
        readers={"options": "stringMapOrEmpty"},
        docs={"options": "The `options` map (string values only)."},
        derived=(
            Derived(
                "public let writtenOptionNames: [String]",
                "Every option name written with a non-null value (of any type), in order.",
                'reader.writtenKeys("options")',
            ),
        ),
    ),
    ModelType("HealthCheck", file="ContainerDefinition", doc="`healthCheck`."),
    ModelType(
        "FirelensConfiguration",
        file="ContainerDefinition",
        doc="`firelensConfiguration`.",
        readers={"options": "stringMapOrEmpty"},
        docs={"options": "The `options` map (string values only)."},
    ),
    ModelType(
        "LinuxParameters",
        file="ContainerDefinition",
        doc="`linuxParameters`.",
        flatten={"capabilities": "capabilities"},
    ),
    ModelType("Device", file="ContainerDefinition", doc="One entry of `linuxParameters.devices`."),
    ModelType("Tmpfs", file="ContainerDefinition", doc="One entry of `linuxParameters.tmpfs`."),
    # Volumes.
    ModelType(
        "Volume",
        file="Volume",
        doc="One entry of `volumes`.",
        rename={
            "dockerVolumeConfiguration": "docker",
            "efsVolumeConfiguration": "efs",
            "s3filesVolumeConfiguration": "s3Files",
            "fsxWindowsFileServerVolumeConfiguration": "fsxWindows",
        },
    ),
    ModelType("HostVolumeProperties", file="Volume", doc="`host`: a bind mount from the host (EC2 and EXTERNAL)."),
    ModelType(
        "DockerVolumeConfiguration", file="Volume", doc="`dockerVolumeConfiguration`.", skip=("driverOpts", "labels")
    ),
    ModelType(
        "EFSVolumeConfiguration", file="Volume", doc="`efsVolumeConfiguration`.", flatten={"authorizationConfig": ""}
    ),
    ModelType("S3FilesVolumeConfiguration", file="Volume", doc="`s3filesVolumeConfiguration` (Amazon S3 Files)."),
    ModelType(
        "FSxWindowsFileServerVolumeConfiguration",
        swift="FSxWindowsVolumeConfiguration",
        file="Volume",
        doc="`fsxWindowsFileServerVolumeConfiguration`.",
        flatten={"authorizationConfig": ""},
    ),
    # Service and run-task requests.
    ModelType(
        ("CreateServiceRequest", "UpdateServiceRequest", "RunTaskRequest"),
        swift="ServiceRequest",
        file="ServiceRequest",
        doc="A CreateService, UpdateService or RunTask request, decoded leniently from\n"
        "a positioned tree like `TaskDefinition`: every value keeps its pointer,\n"
        "and `@Field` says whether a member is absent, null, of the wrong type or set.\n\n"
        "The three requests share most members; those a request does not have\n"
        "read as absent (the schema check reports them as unknown keys, once).",
        skip=(
            "availabilityZoneRebalancing", "clientToken", "tags", "enableECSManagedTags", "propagateTags",
            "volumeConfigurations", "forceNewDeployment", "group", "referenceId", "startedBy",
        ),
        docs={"taskDefinition": "The task definition: `family`, `family:revision` or an ARN."},
        leading=("kind", "ServiceRequestKind", "Which request this is."),
        keeps_node=True,
        reader="ObjectReader(kind.requestMembers(of: node), at: pointer)",
        public_init=True,
        default_pointer=".root",
    ),
    ModelType("CapacityProviderStrategyItem", file="ServiceRequest", doc="One entry of `capacityProviderStrategy`."),
    ModelType("NetworkConfiguration", file="ServiceRequest", doc="`networkConfiguration`."),
    ModelType("AwsVpcConfiguration", file="ServiceRequest", doc="`networkConfiguration.awsvpcConfiguration`."),
    ModelType(
        "LoadBalancer",
        swift="ServiceLoadBalancer",
        file="ServiceRequest",
        doc="One entry of a service's `loadBalancers`.",
        skip=("advancedConfiguration",),
    ),
    ModelType("ServiceRegistry", file="ServiceRequest", doc="One entry of `serviceRegistries` (Cloud Map)."),
    ModelType(
        "DeploymentConfiguration",
        file="ServiceRequest",
        doc="`deploymentConfiguration`.",
        skip=("alarms", "strategy", "bakeTimeInMinutes", "lifecycleHooks", "linearConfiguration", "canaryConfiguration"),
    ),
    ModelType("DeploymentCircuitBreaker", file="ServiceRequest", doc="`deploymentConfiguration.deploymentCircuitBreaker`."),
    ModelType(
        "DeploymentController",
        file="ServiceRequest",
        doc="`deploymentController`.",
        docs={"type": "`ECS` (the default), `CODE_DEPLOY` or `EXTERNAL`."},
    ),
    ModelType("PlacementStrategy", file="ServiceRequest", doc="One entry of `placementStrategy`."),
    ModelType(
        "ServiceConnectConfiguration",
        file="ServiceRequest",
        doc="`serviceConnectConfiguration`.",
        skip=("logConfiguration", "accessLogConfiguration"),
    ),
    ModelType(
        "ServiceConnectService",
        file="ServiceRequest",
        doc="One entry of `serviceConnectConfiguration.services`.",
        skip=("clientAliases", "ingressPortOverride", "timeout", "tls"),
        docs={"portName": "The `name` of a port mapping in the task definition."},
    ),
    ModelType(
        "TaskOverride",
        file="ServiceRequest",
        doc="`overrides` of run-task.",
        skip=("cpu", "inferenceAcceleratorOverrides", "executionRoleArn", "memory", "taskRoleArn", "ephemeralStorage"),
    ),
    ModelType(
        "ContainerOverride",
        file="ServiceRequest",
        doc="One entry of `overrides.containerOverrides`.",
        skip=("command", "environment", "environmentFiles", "cpu", "memory", "memoryReservation", "resourceRequirements"),
        docs={"name": "The name of the container overridden."},
    ),
    ModelType(
        "VpcLatticeConfiguration",
        file="ServiceRequest",
        doc="One entry of `vpcLatticeConfigurations`.",
        skip=("roleArn",),
        docs={"portName": "The `name` of a port mapping in the task definition."},
    ),
]

import ECSLintKit

/// A task definition as ECS returned it.
public struct ECSTaskDefinitionResult: Sendable {
    /// `taskDefinitionArn`.
    public var arn: String
    /// `revision`.
    public var revision: Int?
    /// `status` (`ACTIVE`, `INACTIVE`, `DELETE_IN_PROGRESS`).
    public var status: String?
    /// The `taskDefinition` object.
    public var taskDefinition: Node
    /// The `tags` beside it, when asked for.
    public var tags: Node?
    /// The whole response body, as received.
    public var responseBody: String
}

/// The two ECS operations `ecslint register` needs, over `AWSJSONClient`.
public struct ECSClient: Sendable {
    /// The X-Amz-Target prefix of the ECS API (2014-11-13).
    public static let targetPrefix = "AmazonEC2ContainerServiceV20141113"

    /// The underlying JSON 1.1 client.
    public var client: AWSJSONClient

    /// Creates a client.
    public init(client: AWSJSONClient) {
        self.client = client
    }

    /// RegisterTaskDefinition with a register-ready JSON request.
    public func registerTaskDefinition(_ requestJSON: String) throws(AWSFailure) -> ECSTaskDefinitionResult {
        let response = try client.call("RegisterTaskDefinition", body: requestJSON)
        return try Self.result(response, operation: "RegisterTaskDefinition")
    }

    /// DescribeTaskDefinition of a family's latest revision, with its tags;
    /// nil when the family has none ("Unable to describe task definition.").
    public func describeLatest(family: String) throws(AWSFailure) -> ECSTaskDefinitionResult? {
        let body = "{\"taskDefinition\":\(JSONString.quoted(family)),\"include\":[\"TAGS\"]}"
        do {
            let response = try client.call("DescribeTaskDefinition", body: body)
            return try Self.result(response, operation: "DescribeTaskDefinition")
        } catch {
            if let service = error.serviceError, service.code == "ClientException",
                service.message.hasPrefix("Unable to describe task definition")
            {
                return nil
            }
            throw error
        }
    }

    static func result(_ response: HTTPResponse, operation: String) throws(AWSFailure) -> ECSTaskDefinitionResult {
        let root: Node
        do {
            root = try JSONScanner.parse(response.body)
        } catch {
            let reason = ServerText.printable(error.message, limit: ServerText.messageLimit)
            throw .invalidResponse(operation: operation, reason: "not JSON (\(reason))")
        }
        guard let definition = root["taskDefinition"], definition.members != nil,
            let arn = definition["taskDefinitionArn"]?.stringValue
        else {
            throw .invalidResponse(operation: operation, reason: "no taskDefinition.taskDefinitionArn in the answer")
        }
        return ECSTaskDefinitionResult(
            arn: ServerText.printable(arn, limit: ServerText.fieldLimit), revision: definition["revision"]?.intValue,
            status: definition["status"]?.stringValue.map { ServerText.printable($0, limit: ServerText.fieldLimit) },
            taskDefinition: definition, tags: root["tags"],
            responseBody: ServerText.printable(response.text, limit: Int.max, keepsLineBreaks: true))
    }
}

/// One shape of input: how a document of it is recognised, where its task
/// definitions (or requests) are, and how their pointers map into the
/// document (the `TargetPointers` of the targets it reads).
///
/// Each shape is one small type listed once in `InputShapes.all`; the
/// classifier, the folder scan's detector and so the engine ask that list.
protocol InputShapeReader: Sendable {
    /// The shape, as reports name it.
    static var shape: InputShape { get }
    /// Whether a parsed document is of this shape. Asked in the order of
    /// `InputShapes.all`; the first shape that says yes reads the document.
    static func recognizes(_ root: Node) -> Bool
    /// Whether a folder scan lints a document of this shape: stricter than
    /// `recognizes` where files that are no ECS document share the shape
    /// (a list of objects is a container list only when its items look like containers).
    static func isCandidate(_ root: Node) -> Bool
    /// Words whose presence makes a file that does not parse a candidate.
    static var markers: [String] { get }
    /// Whether a file that does not parse is a candidate for other reasons
    /// than `markers` (a template that stops at an unquoted placeholder).
    static func isCandidate(unparsed bytes: [UInt8], error: SyntaxError) -> Bool
    /// The targets of a recognised document and the findings about its shape.
    static func read(_ root: Node, _ input: InputContext) -> InputClassification
}

extension InputShapeReader {
    static func isCandidate(_ root: Node) -> Bool { recognizes(root) }
    static var markers: [String] { [] }
    static func isCandidate(unparsed bytes: [UInt8], error: SyntaxError) -> Bool { false }
}

/// What a shape is told when it reads a document.
struct InputContext: Sendable {
    /// The `--launch-type` option, if given.
    var launchType: LaunchType?
    /// What will read the file.
    var consumer: Consumer
}

/// The one list of input shapes, in the order they are tried: the first that
/// recognises a document reads it, so more specific shapes come first and
/// the plain task definition, which takes any object, comes last.
enum InputShapes {
    static let all: [any InputShapeReader.Type] = [
        ContainerFragment.self,
        CloudFormationTemplate.self,
        CreateServiceInput.self,
        UpdateServiceInput.self,
        RunTaskInput.self,
        WrappedDescribeOutput.self,
        UnwrappedDescribeOutput.self,
        PlainTaskDefinition.self,
    ]

    /// The shape that reads `root`, or nil when it is none of them (a string, an empty list).
    static func reader(for root: Node) -> (any InputShapeReader.Type)? {
        all.first { $0.recognizes(root) }
    }
}

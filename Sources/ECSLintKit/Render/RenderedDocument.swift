/// The JSON `ecslint render` writes for one loaded file.
struct RenderedDocument {
    /// Why a file that lints without errors still cannot be rendered.
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// The indented JSON, without a final newline.
    var json: String
    /// What was changed on the way.
    var changes: [String]

    /// Renders the one document of `loaded`.
    static func make(_ loaded: LoadedSource, resource: String?, launchType: LaunchType?) -> Result<Self, Problem> {
        if let error = loaded.syntaxError { return .failure(Problem(description: error.message)) }
        guard loaded.documents.count == 1, let document = loaded.documents.first else {
            return .failure(
                Problem(description: "the file holds \(loaded.documents.count) YAML documents; render one per file"))
        }
        let input = InputClassifier.classify(document.root, launchType: launchType)
        let candidates = input.targets.filter { resource == nil || $0.label == resource }
        guard candidates.count == 1, let target = candidates.first else {
            return .failure(Problem(description: choiceProblem(input.targets, resource: resource)))
        }
        do throws(Problem) {
            return .success(try make(target, root: document.root, format: loaded.format))
        } catch {
            return .failure(error)
        }
    }

    private static func make(_ target: LintTarget, root: Node, format: SourceFormat) throws(Problem) -> Self {
        var changes: [String] = []
        var node: Node
        switch target.shape {
        case .containerArray:
            var normalisations: [RegisterReadyChange] = format == .yaml ? [.convertedFromYAML] : []
            node = RegisterReadyDocument.normalised(root, at: .root, changes: &normalisations)
            changes += normalisations.map(\.description)
        case .cloudFormation:
            let functions = intrinsicTexts(in: target)
            guard functions.isEmpty else {
                let listed = functions.prefix(5).joined(separator: ", ") + (functions.count > 5 ? ", …" : "")
                throw Problem(
                    description: "CloudFormation functions have no value outside a stack (\(listed)); "
                        + "deploy the template, or give literal values")
            }
            changes.append("mapped the CloudFormation properties of \(target.label ?? "the resource") to API names")
            node = try ready(target.root, format: format, changes: &changes)
        default:
            node = try ready(root, format: format, changes: &changes)
        }
        let nulls = droppingNulls(&node)
        if nulls > 0 { changes.append("dropped \(nulls) null value\(nulls == 1 ? "" : "s")") }
        do {
            return RenderedDocument(json: try PrettyJSON.serialize(node), changes: changes)
        } catch {
            throw Problem(description: error.description)
        }
    }

    private static func ready(_ root: Node, format: SourceFormat, changes: inout [String]) throws(Problem) -> Node {
        do {
            let ready = try RegisterReadyDocument(root: root, format: format)
            changes += ready.changes.map(\.description)
            return ready.request
        } catch {
            throw Problem(description: error.description)
        }
    }

    /// The placeholder texts of the CloudFormation functions in a target.
    private static func intrinsicTexts(in target: LintTarget) -> [String] {
        var texts: [String] = []
        var stack = [target.root]
        while let node = stack.popLast() {
            switch node.value {
            case .object(let members): stack += members.reversed().map(\.value)
            case .array(let elements): stack += elements.reversed()
            case .string(let text):
                if target.intrinsicOffsets.contains(node.range.start.offset), Placeholder.contains(text) {
                    texts.append(text)
                }
            default: break
            }
        }
        return texts
    }

    /// Removes `null` members and elements everywhere; returns how many.
    static func droppingNulls(_ node: inout Node) -> Int {
        var count = 0
        switch node.value {
        case .object(var members):
            count += members.count(where: { $0.value.isNull })
            members.removeAll { $0.value.isNull }
            for index in members.indices { count += droppingNulls(&members[index].value) }
            node.value = .object(members)
        case .array(var elements):
            count += elements.count(where: \.isNull)
            elements.removeAll { $0.isNull }
            for index in elements.indices { count += droppingNulls(&elements[index]) }
            node.value = .array(elements)
        default:
            break
        }
        return count
    }

    private static func choiceProblem(_ targets: [LintTarget], resource: String?) -> String {
        let labels = targets.compactMap(\.label)
        if let resource {
            return "no AWS::ECS::TaskDefinition resource \"\(resource)\"; the template has "
                + (labels.isEmpty ? "none" : labels.joined(separator: ", "))
        }
        if targets.isEmpty { return "the file holds no task definition" }
        return "the template has \(targets.count) task definitions (\(labels.joined(separator: ", "))); "
            + "choose one with --resource"
    }
}

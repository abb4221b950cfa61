import ECSLintKit

/// Compares a register-ready request with the latest registered revision,
/// after undoing what the ECS API fills in by itself, so that registering the
/// same file twice is recognised as "nothing changed".
///
/// Normalised on both sides: read-only members dropped; `null`, empty lists
/// and empty objects are the same as absent; numbers by value; task `cpu`
/// and `memory` in their string forms (`"1 vCPU"` is `"1024"`, `"2 GB"` is
/// `"2048"`); `networkMode` absent is `bridge` (`awsvpc` for Fargate);
/// container `cpu: 0`, `essential: true`, port mapping `protocol: tcp`,
/// `hostPort` equal to `containerPort` (or 0), and health check
/// `interval: 30`, `timeout: 5`, `retries: 3`, `startPeriod: 0` are defaults;
/// `tags`, `requiresCompatibilities`, `environment` and `secrets` are
/// compared as sets.
public enum RevisionComparison {
    /// The differences, one line each (`/path: file has X, registered has Y`); empty when equal.
    public static func differences(request: Node, registered: Node, registeredTags: Node?) -> [String] {
        var existing = registered
        if case .object(var members) = existing.value {
            let readOnly = Set(RegisterReadyDocument.readOnlyMembers)
            members.removeAll { readOnly.contains($0.key) || $0.key == "tags" }
            if let registeredTags {
                members.append(Member(key: "tags", keyRange: registered.range, value: registeredTags))
            }
            existing.value = .object(members)
        }
        let left = normalised(CanonicalValue(request))
        let right = normalised(CanonicalValue(existing))
        var lines: [String] = []
        diff(left, right, path: "", into: &lines)
        return lines
    }

    static func normalised(_ value: CanonicalValue?) -> CanonicalValue? {
        guard var task = value?.members else { return value }
        let fargate = task["requiresCompatibilities"]?.elements?.contains(.string("FARGATE")) ?? false
        if task["networkMode"] == nil { task["networkMode"] = .string(fargate ? "awsvpc" : "bridge") }
        let mode = task["networkMode"]?.string ?? "bridge"
        for key in ["cpu", "memory"] {
            if let text = task[key]?.string { task[key] = .string(taskSize(text, unit: key == "cpu" ? "vcpu" : "gb")) }
            if let number = task[key]?.number { task[key] = .string(CanonicalValue.number(number).description) }
        }
        for key in ["tags", "requiresCompatibilities"] { task[key] = task[key]?.asSet }
        if let containers = task["containerDefinitions"]?.elements {
            task["containerDefinitions"] = .array(containers.map { container(normalised: $0, networkMode: mode) })
        }
        return .object(task)
    }

    private static func container(normalised value: CanonicalValue, networkMode: String) -> CanonicalValue {
        guard var container = value.members else { return value }
        if container["cpu"]?.number == 0 { container["cpu"] = nil }
        if container["essential"] == .bool(true) { container["essential"] = nil }
        for key in ["environment", "secrets"] { container[key] = container[key]?.asSet }
        if let mappings = container["portMappings"]?.elements {
            container["portMappings"] = .array(
                mappings.map { mapping in
                    guard var fields = mapping.members else { return mapping }
                    if fields["protocol"] == .string("tcp") { fields["protocol"] = nil }
                    let host = fields["hostPort"]?.number
                    if host == 0 || (host != nil && host == fields["containerPort"]?.number) {
                        fields["hostPort"] = nil
                    }
                    return fields.isEmpty ? mapping : .object(fields)
                })
        }
        if var check = container["healthCheck"]?.members {
            for (key, standard) in [("interval", 30.0), ("timeout", 5.0), ("retries", 3.0), ("startPeriod", 0.0)]
            where check[key]?.number == standard {
                check[key] = nil
            }
            container["healthCheck"] = .object(check)
        }
        return .object(container)
    }

    /// `"1 vCPU"` → `"1024"`, `"0.5 GB"` → `"512"`; other text unchanged.
    static func taskSize(_ text: String, unit: String) -> String {
        let lower = text.lowercased().filter { $0 != " " }
        guard lower.hasSuffix(unit), let amount = Double(lower.dropLast(unit.count)) else { return text }
        let units = amount * 1024
        return units == units.rounded() ? String(Int(units)) : text
    }

    private static func diff(
        _ left: CanonicalValue?, _ right: CanonicalValue?, path: String, into lines: inout [String]
    ) {
        if left == right { return }
        let place = path.isEmpty ? "/" : path
        switch (left, right) {
        case (.object(let a)?, .object(let b)?):
            for key in Set(a.keys).union(b.keys).sorted() {
                diff(a[key], b[key], path: path + "/" + key, into: &lines)
            }
        case (.array(let a)?, .array(let b)?) where a.count == b.count:
            for index in a.indices { diff(a[index], b[index], path: path + "/\(index)", into: &lines) }
        case (let a?, nil):
            lines.append("\(place): only in the file: \(a.description.prefix(200))")
        case (nil, let b?):
            lines.append("\(place): only in the registered revision: \(b.description.prefix(200))")
        case (let a?, let b?):
            lines.append(
                "\(place): file has \(a.description.prefix(200)), registered revision has \(b.description.prefix(200))")
        case (nil, nil):
            break
        }
    }
}

/// A `containerPortRange` value such as `"8000-8010"`, parsed.
struct ContainerPortRange: Sendable, Equatable {
    /// The first port of the range.
    var first: Int
    /// The last port of the range.
    var last: Int

    /// Reads `N-M` where N and M are decimal numbers (no signs, no spaces);
    /// nil when the text has another shape. Bounds are not checked here.
    init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 9 && $0.allSatisfy { $0 >= "0" && $0 <= "9" } }),
            let first = Int(parts[0]), let last = Int(parts[1])
        else { return nil }
        self.first = first
        self.last = last
    }

    /// Whether the range is well formed: 1 ≤ first < last ≤ 65535.
    var isValid: Bool { first >= 1 && first < last && last <= 65535 }

    /// Whether a port lies in the range.
    func contains(_ port: Int) -> Bool { first <= port && port <= last }

    /// Whether two ranges share a port.
    func overlaps(_ other: ContainerPortRange) -> Bool { first <= other.last && other.first <= last }
}

extension PortMapping {
    /// The protocol as AWS prints it in messages (`TCP`, `UDP`).
    var protocolLabel: String { effectiveProtocol.uppercased() }

    /// The instance or task port this mapping occupies in a network mode:
    /// a static `hostPort` in bridge mode (0 or absent is dynamic: nil), the
    /// container port in awsvpc and host modes, nothing in none mode.
    func occupiedHostPort(in mode: NetworkMode) -> Int? {
        switch mode {
        case .bridge:
            guard let hostPort, hostPort > 0 else { return nil }
            return hostPort
        case .awsvpc, .host:
            if let hostPort, hostPort > 0 { return hostPort }
            return containerPort
        case .none:
            return nil
        }
    }

    /// Where the occupied host port is written: `hostPort` when present, else `containerPort`.
    var hostPortPointer: JSONPointer {
        hostPort != nil ? pointer / "hostPort" : pointer / "containerPort"
    }
}

/// An ECR private registry host:
/// `<12-digit account>.dkr.ecr[-fips].<region>.<dns suffix>` or the
/// dual-stack form `<account>.dkr-ecr.<region>.on.aws`.
struct ECRHost {
    /// The host, lower case, without a port.
    let host: String
    /// The labels before `dkr` (exactly one, the account, when well formed).
    let account: String
    let isFIPS: Bool
    let isDualStack: Bool
    /// The region label ("" when missing).
    let region: String
    /// The labels after the region.
    let suffix: String
    /// The label after `dkr` (`ecr`, `ecr-fips`), when there is one.
    let service: String?
    /// What `problem()` answers, found once: several image rules ask.
    private var knownProblem: String? = nil

    /// Whether a lower-case host is meant as an ECR private registry.
    static func looksLikeECR(_ host: String) -> Bool {
        host.includes(".dkr.ecr") || host.hasPrefix("dkr.ecr") || host.includes("dkr-ecr.")
            || (host.includes(".dkr.") && host.includes(".amazonaws."))
    }

    /// Whether the region label is written literally (not a placeholder).
    var isRegionKnown: Bool { !Placeholder.contains(region) }

    init(_ host: String) {
        self.host = host
        let labels = Self.labels(of: host)
        let dkr = labels.firstIndex(where: { $0 == "dkr" || $0 == "dkr-ecr" }) ?? 0
        account = Self.dotted(labels[..<dkr])
        isDualStack = labels.indices.contains(dkr) && labels[dkr] == "dkr-ecr"
        let regionIndex = isDualStack ? dkr + 1 : dkr + 2
        service = !isDualStack && labels.indices.contains(dkr + 1) ? labels[dkr + 1] : nil
        isFIPS = service == "ecr-fips"
        region = labels.indices.contains(regionIndex) ? labels[regionIndex] : ""
        suffix = regionIndex + 1 < labels.count ? Self.dotted(labels[(regionIndex + 1)...]) : ""
        knownProblem = findProblem()
    }

    /// The partition of the host's region.
    var partition: AWSPartition? { AWSRegion.partition(of: region) }

    /// What is wrong with the host, as a sentence fragment; a placeholder
    /// account is not a problem here.
    func problem() -> String? { knownProblem }

    private func findProblem() -> String? {
        if account.isEmpty {
            return "registry host '\(host)' has no account ID before '.dkr'"
        }
        if AccountID.kind(account) == .invalid {
            return "registry host '\(host)' has account '\(account)'; an ECR registry ID is 12 digits"
        }
        // `service` is the label after `dkr` (an account was found before it).
        if !isDualStack {
            if service != "ecr", service != "ecr-fips" {
                return "registry host '\(host)' must have 'dkr.ecr' (or 'dkr.ecr-fips') after the account"
            }
        }
        guard isRegionKnown else { return nil }
        guard let partition else {
            return region.isEmpty
                ? "registry host '\(host)' has no region"
                : "registry host '\(host)' has '\(region)', which is not an AWS region name (like us-east-1)"
        }
        if !isDualStack, suffix != partition.dnsSuffix, !Placeholder.contains(suffix) {
            return
                "registry host '\(host)' ends in '\(suffix)', but ECR hosts in \(region) (partition \(partition.rawValue)) end in '\(partition.dnsSuffix)'"
        }
        return nil
    }

    /// Labels joined with dots (a plain loop: the generic `joined` costs a
    /// run-time type look-up the first time a process uses it).
    private static func dotted(_ labels: ArraySlice<String>) -> String {
        var text = ""
        var isFirst = true
        for label in labels {
            if !isFirst { text += "." }
            isFirst = false
            text += label
        }
        return text
    }

    /// The dot-separated labels of a host; a dot inside a placeholder
    /// (`{{ .Values.account }}`) separates nothing.
    private static func labels(of host: String) -> [String] {
        let placeholders = Placeholder.matches(in: host).map(\.range)
        if placeholders.isEmpty {
            // The same labels as the loop below: a `.` byte never splits a character's bytes.
            return host.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
        var labels: [String] = []
        var current: [UInt8] = []
        for (offset, byte) in host.utf8.enumerated() {
            if byte == UInt8(ascii: "."), !placeholders.contains(where: { $0.contains(offset) }) {
                labels.append(String(decoding: current, as: UTF8.self))
                current = []
            } else {
                current.append(byte)
            }
        }
        labels.append(String(decoding: current, as: UTF8.self))
        return labels
    }
}

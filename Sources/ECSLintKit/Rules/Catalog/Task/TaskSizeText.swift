/// A task-level `cpu` or `memory` string read the way ECS reads it: CPU units
/// or MiB, and whether it is written in a form the API documentation shows.
///
/// Documented forms (botocore 1.43.11 `cpu`/`memory` docstrings, the Fargate
/// table): cpu `"1024"`, `"1 vCPU"`, `"1 vcpu"`, `".25 vCPU"`; memory `"2048"`,
/// `"2GB"`, `"2 GB"`, `"0.5 GB"`. Recognisable variants (`"2048 MiB"`, `"2gb"`,
/// `"0.25 vCPU"`, `"1vCPU"`) are read too but marked undocumented, since the
/// server's acceptance of them is unverified.
struct TaskSizeText: Equatable, Sendable {
    /// CPU units or MiB.
    let value: Int
    /// Whether the form is one the API documents.
    let isDocumented: Bool

    /// The documented forms, for messages.
    static let documentedCPUForms = "CPU units (\"1024\") or vCPUs (\"1 vCPU\", \"1 vcpu\", \".25 vCPU\")"
    /// The documented forms, for messages.
    static let documentedMemoryForms = "MiB (\"2048\") or GB (\"2 GB\", \"2GB\", \"0.5 GB\")"

    /// Reads a task `cpu`; nil when it is not a CPU size at all.
    static func cpu(_ text: String) -> TaskSizeText? {
        guard let parts = Parts(text) else { return nil }
        if parts.unit.isEmpty {
            return plain(parts)
        }
        guard parts.unit.lowercased() == "vcpu", let units = parts.number.scaled(by: 1024) else { return nil }
        let unitIsDocumented = parts.unit == "vCPU" || parts.unit == "vcpu"
        // The AWS tables write fractions without a leading zero (".25 vCPU", not "0.25 vCPU").
        let numberIsDocumented = parts.number.fractionDigits == nil || !parts.number.integerDigits.hasPrefix("0")
        let documented = parts.isTrimmed && parts.spaces == 1 && unitIsDocumented && numberIsDocumented
        return TaskSizeText(value: units, isDocumented: documented)
    }

    /// Reads a task `memory`; nil when it is not a memory size at all.
    static func memory(_ text: String) -> TaskSizeText? {
        guard let parts = Parts(text) else { return nil }
        if parts.unit.isEmpty {
            return plain(parts)
        }
        let multiplier: Int
        switch parts.unit.lowercased() {
        case "gb", "gib", "g": multiplier = 1024
        case "mb", "mib", "m": multiplier = 1
        default: return nil
        }
        guard let mebibytes = parts.number.scaled(by: multiplier) else { return nil }
        let documented =
            parts.isTrimmed && parts.spaces <= 1 && parts.unit == "GB" && !parts.number.integerDigits.isEmpty
        return TaskSizeText(value: mebibytes, isDocumented: documented)
    }

    /// A number without a unit: documented when it is a plain integer.
    private static func plain(_ parts: Parts) -> TaskSizeText? {
        guard parts.spaces == 0, let value = parts.number.scaled(by: 1) else { return nil }
        let documented = parts.isTrimmed && parts.number.fractionDigits == nil && !parts.number.integerDigits.isEmpty
        return TaskSizeText(value: value, isDocumented: documented)
    }

    /// A decimal number as written: `12`, `.25`, `0.5`.
    private struct Decimal {
        var integerDigits: Substring
        var fractionDigits: Substring?

        /// The number times `multiplier`, when that is a whole number that fits.
        func scaled(by multiplier: Int) -> Int? {
            let fraction = fractionDigits ?? ""
            guard integerDigits.count + fraction.count <= 15, !(integerDigits.isEmpty && fraction.isEmpty) else {
                return nil
            }
            // Read byte by byte (a digit followed by a combining mark is one
            // Character but no number); at most 15 digits cannot overflow.
            var digits = 0
            for text in [integerDigits, fraction] {
                for byte in text.utf8 {
                    guard byte >= 0x30, byte <= 0x39 else { return nil }
                    digits = digits * 10 + Int(byte - 0x30)
                }
            }
            var denominator = 1
            for _ in 0..<fraction.count { denominator *= 10 }
            let (product, overflow) = digits.multipliedReportingOverflow(by: multiplier)
            guard !overflow, product % denominator == 0 else { return nil }
            return product / denominator
        }
    }

    /// The text split into a number, the spaces after it and a unit.
    private struct Parts {
        var number: Decimal
        var spaces: Int
        var unit: Substring
        /// Whether the text had no leading or trailing whitespace.
        var isTrimmed: Bool

        init?(_ text: String) {
            let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            var rest = Substring(text)
            while let first = rest.first, isSpace(first) { rest.removeFirst() }
            while let last = rest.last, isSpace(last) { rest.removeLast() }
            isTrimmed = rest.count == text.count
            let integer = rest.prefix(while: \.isASCIIDigit)
            rest = rest.dropFirst(integer.count)
            var fraction: Substring?
            if rest.first == "." {
                rest = rest.dropFirst()
                let digits = rest.prefix(while: \.isASCIIDigit)
                guard !digits.isEmpty else { return nil }
                fraction = digits
                rest = rest.dropFirst(digits.count)
            }
            guard !integer.isEmpty || fraction != nil else { return nil }
            number = Decimal(integerDigits: integer, fractionDigits: fraction)
            let blanks = rest.prefix(while: { $0 == " " })
            spaces = blanks.count
            unit = rest.dropFirst(blanks.count)
            guard unit.allSatisfy(\.isLetter) else { return nil }
        }
    }
}

extension TaskDefinition {
    /// The task `cpu` read as CPU units, when it is a CPU size.
    var cpuSize: TaskSizeText? { cpu.flatMap(TaskSizeText.cpu) }
    /// The task `memory` read as MiB, when it is a memory size.
    var memorySize: TaskSizeText? { memory.flatMap(TaskSizeText.memory) }
}

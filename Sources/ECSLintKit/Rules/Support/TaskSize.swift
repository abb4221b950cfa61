/// Reads the task-level `cpu` and `memory` strings in the forms the API
/// documents: CPU as units (`"1024"`) or vCPUs (`"1 vCPU"`, `"1 vcpu"`,
/// `".25 vCPU"`), memory as MiB (`"2048"`) or GB (`"2GB"`, `"2 GB"`, `"0.5 GB"`).
///
/// Anything else reads as nil: rules that compare sizes stay silent on a value
/// they cannot read, and the rules on the task size itself report it.
enum TaskSize {
    /// CPU units (1 vCPU = 1024) of a task-level `cpu` string, or nil.
    static func cpuUnits(_ text: String) -> Int? {
        parse(text, unit: "vcpu", factor: 1024)
    }

    /// MiB (1 GB = 1024 MiB) of a task-level `memory` string, or nil.
    static func memoryMiB(_ text: String) -> Int? {
        parse(text, unit: "gb", factor: 1024)
    }

    /// A plain integer, or a decimal followed by optional spaces and `unit`
    /// (any case) whose value times `factor` is a whole number.
    private static func parse(_ text: String, unit: String, factor: Int) -> Int? {
        var digits = Substring(text)
        var hasUnit = false
        let lower = text.lowercased()
        if lower.hasSuffix(unit) {
            digits = digits.dropLast(unit.count)
            while digits.last == " " { digits = digits.dropLast() }
            hasUnit = true
        }
        guard let (whole, fraction, scale) = decimal(digits) else { return nil }
        if !hasUnit {
            return scale == 1 ? whole : nil
        }
        let (scaled, overflow) = (whole * scale + fraction).multipliedReportingOverflow(by: factor)
        guard !overflow, scaled % scale == 0 else { return nil }
        return scaled / scale
    }

    /// Splits `12.5` into (12, 5, 10); `.25` into (0, 25, 100); `7` into (7, 0, 1).
    private static func decimal(_ text: Substring) -> (Int, Int, Int)? {
        guard !text.isEmpty, text.count <= 12 else { return nil }
        var whole = 0
        var fraction = 0
        var scale = 1
        var seenPoint = false
        var digitCount = 0
        for character in text {
            if character == "." {
                guard !seenPoint else { return nil }
                seenPoint = true
                continue
            }
            guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
            digitCount += 1
            if seenPoint {
                fraction = fraction * 10 + digit
                scale *= 10
            } else {
                whole = whole * 10 + digit
            }
        }
        guard digitCount > 0, !(seenPoint && scale == 1) else { return nil }
        return (whole, fraction, scale)
    }
}

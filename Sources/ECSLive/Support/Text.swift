/// The few text helpers ECSLive used from Foundation, so that the `ecslint`
/// binary links no Foundation (only `FoundationEssentials`, which
/// swift-argument-parser brings anyway): Foundation's ICU data and its
/// tens of thousands of protocol conformances cost every start of `lint`.
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (Unicode
    /// space separators included), as Foundation's `.whitespaces` trims.
    func trimmingSpaces() -> String {
        trimming { $0.isWhitespace && !$0.isNewline }
    }

    /// The text without leading and trailing white space and line breaks.
    func trimmingWhitespace() -> String {
        trimming(\.isWhitespace)
    }

    private func trimming(_ isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }),
            let last = lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(self[first...last])
    }
}

/// Decimal formatting without `String(format:)`.
enum DecimalText {
    /// `value` rounded to two decimals, as `%.2f` prints it (`0.50`, `12.00`).
    static func twoDecimals(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let hundredths = Int((abs(value) * 100).rounded())
        let sign = value < 0 && hundredths > 0 ? "-" : ""
        let fraction = hundredths % 100
        return "\(sign)\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

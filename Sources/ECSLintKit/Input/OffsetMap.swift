/// Maps byte offsets of a substituted text back to the text it was made
/// from, so findings point at the lines and columns of the original file.
///
/// An offset inside a substituted value maps to the start of the
/// placeholder it replaced (or, for the end of a range, to its end); any
/// other offset moves by the difference in length of the replacements
/// before it.
public struct OffsetMap: Sendable, Hashable {
    /// One replacement: where the value is in the output, where the placeholder was in the input.
    public struct Replacement: Sendable, Hashable {
        /// The value's byte range in the substituted text.
        public var output: Range<Int>
        /// The placeholder's byte range in the original text.
        public var original: Range<Int>
    }

    /// The replacements, in order.
    public private(set) var replacements: [Replacement] = []

    /// Creates an empty map (the identity).
    public init() {}

    /// Records a replacement; calls must come in text order.
    mutating func append(output: Range<Int>, original: Range<Int>) {
        replacements.append(Replacement(output: output, original: original))
    }

    /// The original offset for the start of a range at `offset` in the output.
    public func originalStart(_ offset: Int) -> Int {
        map(offset) { $0.output.lowerBound <= offset && offset < $0.output.upperBound ? $0.original.lowerBound : nil }
    }

    /// The original offset for the end of a range at `offset` in the output.
    public func originalEnd(_ offset: Int) -> Int {
        map(offset) { $0.output.lowerBound < offset && offset <= $0.output.upperBound ? $0.original.upperBound : nil }
    }

    private func map(_ offset: Int, inside: (Replacement) -> Int?) -> Int {
        var low = 0
        var high = replacements.count
        while low < high {
            let middle = (low + high) / 2
            if replacements[middle].output.lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        var candidate = low - 1
        while candidate >= 0 {
            let replacement = replacements[candidate]
            if let mapped = inside(replacement) { return mapped }
            if replacement.output.upperBound <= offset {
                return offset - replacement.output.upperBound + replacement.original.upperBound
            }
            candidate -= 1
        }
        return offset
    }
}

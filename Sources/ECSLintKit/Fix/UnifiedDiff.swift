/// A unified diff of two texts, line by line, as `diff -u` prints it:
/// Myers' shortest edit script, hunks with three lines of context, and
/// `\ No newline at end of file` where a text does not end with one.
public enum UnifiedDiff {
    /// The diff from `old` to `new`, or the empty string when they are equal.
    public static func render(
        old: [UInt8], new: [UInt8], oldLabel: String, newLabel: String, context: Int = 3
    ) -> String {
        guard old != new else { return "" }
        let before = lines(old)
        let after = lines(new)
        let script = editScript(before, after)
        var output = "--- \(oldLabel)\n+++ \(newLabel)\n"
        for hunk in hunks(script, context: context) {
            output += header(hunk, script: script)
            for step in script[hunk] {
                switch step {
                case .equal(let index, _): output += line(" ", before[index])
                case .delete(let index): output += line("-", before[index])
                case .insert(let index): output += line("+", after[index])
                }
            }
        }
        return output
    }

    /// One step of an edit script, with 0-based line indices.
    enum Step: Equatable {
        /// The line is in both (old index, new index).
        case equal(Int, Int)
        /// The old line is removed.
        case delete(Int)
        /// The new line is added.
        case insert(Int)
    }

    /// The lines of a text, each with its line break.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    /// Myers' greedy shortest edit script from `a` to `b`.
    static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
        let n = a.count
        let m = b.count
        let limit = n + m
        let offset = limit + 1
        var frontier = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        search: for depth in 0...limit {
            trace.append(frontier)
            for diagonal in stride(from: -depth, through: depth, by: 2) {
                let down =
                    diagonal == -depth
                    || (diagonal != depth && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
                var x = down ? frontier[offset + diagonal + 1] : frontier[offset + diagonal - 1] + 1
                var y = x - diagonal
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + diagonal] = x
                if x >= n, y >= m { break search }
            }
        }
        var steps: [Step] = []
        var x = n
        var y = m
        for depth in stride(from: trace.count - 1, through: 0, by: -1) {
            let previous = trace[depth]
            let diagonal = x - y
            let down =
                diagonal == -depth
                || (diagonal != depth && previous[offset + diagonal - 1] < previous[offset + diagonal + 1])
            let previousDiagonal = down ? diagonal + 1 : diagonal - 1
            let previousX = depth == 0 ? 0 : previous[offset + previousDiagonal]
            let previousY = depth == 0 ? 0 : previousX - previousDiagonal
            while x > previousX, y > previousY {
                steps.append(.equal(x - 1, y - 1))
                x -= 1
                y -= 1
            }
            if depth > 0 {
                steps.append(x == previousX ? .insert(y - 1) : .delete(x - 1))
                x = previousX
                y = previousY
            }
        }
        return steps.reversed()
    }

    /// The ranges of steps shown: each change with `context` equal lines
    /// around it, merged where they meet.
    static func hunks(_ script: [Step], context: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (index, step) in script.enumerated() {
            if case .equal = step { continue }
            let lower = max(index - context, 0)
            let upper = min(index + context + 1, script.count)
            if let last = ranges.last, last.upperBound >= lower {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                ranges.append(lower..<upper)
            }
        }
        return ranges
    }

    private static func header(_ hunk: Range<Int>, script: [Step]) -> String {
        var oldBefore = 0
        var newBefore = 0
        for step in script[..<hunk.lowerBound] {
            switch step {
            case .equal: (oldBefore, newBefore) = (oldBefore + 1, newBefore + 1)
            case .delete: oldBefore += 1
            case .insert: newBefore += 1
            }
        }
        var oldCount = 0
        var newCount = 0
        for step in script[hunk] {
            switch step {
            case .equal: (oldCount, newCount) = (oldCount + 1, newCount + 1)
            case .delete: oldCount += 1
            case .insert: newCount += 1
            }
        }
        func span(_ before: Int, _ count: Int) -> String {
            let start = count == 0 ? before : before + 1
            return count == 1 ? "\(start)" : "\(start),\(count)"
        }
        return "@@ -\(span(oldBefore, oldCount)) +\(span(newBefore, newCount)) @@\n"
    }

    private static func line(_ mark: String, _ bytes: ArraySlice<UInt8>) -> String {
        let text = mark + String(decoding: bytes, as: UTF8.self)
        return bytes.last == UInt8(ascii: "\n") ? text : text + "\n\\ No newline at end of file\n"
    }
}

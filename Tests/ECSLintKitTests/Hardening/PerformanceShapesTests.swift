import Testing

@testable import ECSLintKit

/// Issue 11, items 1 and 2: the shapes that crashed or took minutes.
@Suite struct PerformanceShapesTests {
    @Test func hugeContainerValuesAreOneFindingEachNotATrap() {
        for text in [
            #"""
            {"family": "w", "cpu": "1024", "memory": "2048", "containerDefinitions": [
              {"name": "a", "image": "nginx:1.27", "memoryReservation": 9223372036854775807, "cpu": 9223372036854775807},
              {"name": "b", "image": "nginx:1.27", "memoryReservation": 9223372036854775807, "cpu": 9223372036854775807}]}
            """#,
            """
            family: w
            cpu: '1024'
            memory: '2048'
            containerDefinitions:
              - {name: a, image: nginx, memoryReservation: 9223372036854775807, cpu: 9223372036854775807}
              - {name: b, image: nginx, memoryReservation: 9223372036854775807, cpu: 9223372036854775807}
            """,
        ] {
            let report = Linter().lint(SourceText(path: text.hasPrefix("{") ? "t.json" : "t.yaml", text: text))
            let outOfRange = report.findings.filter { $0.message.contains("does not fit the API's 32-bit integer") }
            #expect(outOfRange.count == 4)
            #expect(!report.findings.contains { $0.message.contains("add up to") }, "no second finding for one cause")
        }
    }

    @Test func checkedSumReportsOverflow() {
        #expect([1, 2, nil, 4].checkedSum { $0 } == 7)
        #expect([Int.max, 1].checkedSum { $0 } == nil)
        #expect([Int.min, -1].checkedSum { $0 } == nil)
    }

    /// A minified line of 1 MB with a finding every 200 bytes: each frame is
    /// a window of at most 200 characters around its range.
    @Test func framesOnAMinifiedMegabyteLineAreWindows() {
        let unit = #"{"k":"value-0123456789"},"#
        var text = "["
        while text.utf8.count < 1_000_000 { text += unit }
        text += "1]"
        let source = SourceText(path: "min.json", text: text)
        var findings: [Finding] = []
        var offset = 1
        while offset + 40 < text.utf8.count {
            // ASCII on line 1: the column is the offset + 1.
            let start = SourcePosition(line: 1, column: offset + 1, offset: offset)
            let end = SourcePosition(line: 1, column: offset + 8, offset: offset + 7)
            findings.append(
                Finding(
                    code: "ECS999", slug: "t", severity: .warning, stage: .practice, message: "m", fix: nil,
                    pointer: .root, range: SourceRange(start: start, end: end)))
            offset += 200
        }
        let report = FileReport(source: source, format: .json, findings: findings)
        let clock = ContinuousClock()
        var output = ""
        let elapsed = clock.measure { output = TextReporter().render(LintRun(files: [report])) }
        #expect(elapsed < .seconds(20), "\(findings.count) frames took \(elapsed)")
        let frameLines = output.split(separator: "\n").filter { $0.hasPrefix("  1 |") }
        #expect(frameLines.count == findings.count)
        #expect(frameLines.allSatisfy { $0.count <= 210 })
        // The caret sits under the range's first character, the cut marked with …
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let index = lines.firstIndex { $0.hasPrefix("min.json:1:60002:") } ?? 0
        let shown = Array(lines[index + 1].dropFirst("  1 | ".count))
        let caret = Array(lines[index + 2].dropFirst("    | ".count))
        #expect(shown.first == "…" && shown.last == "…")
        let column = caret.firstIndex(of: "^") ?? 0
        #expect(String(shown[column..<(column + 7)]) == String(Array(text)[60001..<60008]))
    }

    /// An object with 200,000 keys, each the subject of a finding: the
    /// positioner finds each member in O(1) after indexing the object once.
    @Test func positioningAFindingPerKeyOfAHugeObjectIsLinear() {
        let count = 200_000
        let members = (0..<count).map { index in
            Member(
                key: "k\(index)", keyRange: SourceRange(start: .start, end: .start),
                value: Node(.number(NumberLiteral(jsonLexeme: "1")), range: SourceRange(start: .start, end: .start)))
        }
        let root = Node(.object(members), range: SourceRange(start: .start, end: .start))
        let positioner = FindingPositioner(root: root)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for index in stride(from: 0, to: count, by: 1) {
                _ = positioner.range(of: JSONPointer.root / "k\(index)", target: .key)
            }
        }
        #expect(elapsed < .seconds(20), "200,000 lookups took \(elapsed)")
        #expect(root.resolve(JSONPointer.root / "k7", index: MemberIndex()).member?.key == "k7")
        #expect(root.resolve(JSONPointer.root / "missing", index: MemberIndex()).node == nil)
    }
}

import Foundation
import Testing

@testable import ECSLintKit

/// A deterministic pseudo-random generator (xorshift64*), so failures reproduce.
private struct Xorshift: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
}

/// JSON scanner tests: depth and robustness.
extension JSONScannerTests {
    // MARK: - Depth and robustness

    @Test func nestingOfOneHundredLevelsIsAccepted() throws {
        let arrays = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(try parseJSON(arrays).elements?.count == 1)
        let objects = String(repeating: #"{"a":"#, count: 99) + "[]" + String(repeating: "}", count: 99)
        #expect(try parseJSON(objects)["a"] != nil)
    }

    @Test func nestingOfOneHundredAndOneLevelsIsAnError() {
        let text = String(repeating: "[", count: 101) + String(repeating: "]", count: 101)
        let error = expectJSONError(text, "nesting deeper than 100 levels", line: 1, column: 101, fix: "brackets")
        #expect(error?.range.start.offset == 100)
        let objects = String(repeating: #"{"a":"#, count: 101)
        expectJSONError(objects, "nesting deeper than 100 levels", line: 1, column: 501)
    }

    @Test func hundredThousandOpeningBracketsAreAnError() {
        expectJSONError(String(repeating: "[", count: 100_000), "nesting deeper than 100 levels", line: 1, column: 101)
        expectJSONError(
            String(repeating: "{\"k\":", count: 100_000), "nesting deeper than 100 levels", line: 1, column: 501)
    }

    @Test func deepInputOnASmallStackThread() async {
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<[String], Never>) in
            let thread = Thread {
                var messages: [String] = []
                let deepest = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
                for text in [deepest, String(repeating: "[", count: 100_000), sampleTaskDefinition] {
                    do throws(SyntaxError) {
                        _ = try JSONScanner.parse(Array(text.utf8))
                        messages.append("ok")
                    } catch {
                        messages.append(error.message)
                    }
                }
                continuation.resume(returning: messages)
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        #expect(outcome == ["ok", "nesting deeper than 100 levels", "ok"])
    }

    @Test func everyTruncationIsAnErrorAtAConsistentPosition() {
        let source = SourceText(path: "task.json", text: sampleTaskDefinition)
        let end = source.bytes.lastIndex(of: UInt8(ascii: "}")) ?? 0
        for length in 0...end {
            let prefix = Array(source.bytes[0..<length])
            guard let error = jsonFailure(prefix) else { continue }
            #expect(error.range.start.offset <= length)
            #expect(source.position(ofOffset: error.range.start.offset) == error.range.start, "prefix \(length)")
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = Xorshift(state: 0x9E37_79B9_7F4A_7C15)
        let alphabet =
            Array(#"{}[],:"\ 0123456789-+.eEtrufalsn/*#$<>%'u"#.utf8) + [0x00, 0x0A, 0x0D, 0xC3, 0xA9, 0xFF, 0xF0]
        for round in 0..<4000 {
            let length = Int.random(in: 0...48, using: &generator)
            let bytes: [UInt8] = (0..<length).map { _ in
                round.isMultiple(of: 2)
                    ? UInt8.random(in: 0...255, using: &generator)
                    : alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
            do {
                let root = try JSONScanner.parse(bytes)
                #expect(allRanges(root).allSatisfy { $0.end.offset <= bytes.count })
            } catch {
                #expect(error.range.start.offset <= bytes.count)
                #expect(error.range.start.line >= 1 && error.range.start.column >= 1)
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test func mutatedTaskDefinitionsNeverCrash() {
        var generator = Xorshift(state: 42)
        let original = Array(sampleTaskDefinition.utf8)
        let interesting = Array(#"{}[],:"\0-.e/#$'"#.utf8) + [0x00, 0x0D, 0x80, 0xC3, 0xFF]
        for _ in 0..<1500 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                let byte = interesting[Int.random(in: 0..<interesting.count, using: &generator)]
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = byte
                case 1: bytes.insert(byte, at: position)
                default: bytes.remove(at: position)
                }
            }
            do {
                let root = try JSONScanner.parse(bytes)
                #expect(allRanges(root).allSatisfy { $0.start.offset <= $0.end.offset && $0.end.offset <= bytes.count })
            } catch {
                #expect(error.range.start.offset <= bytes.count)
            }
        }
    }

    @Test func nulBytesAreSyntaxErrors() {
        expectJSONError([0x00, 0x00, 0x00], "unexpected control character U+0000", line: 1, column: 1)
        expectJSONError(Array(#"{"a": 1}"#.utf8) + [0x00], "unexpected control character U+0000", line: 1, column: 9)
    }
}

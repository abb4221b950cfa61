import Testing

@testable import ECSLintKit

/// Shape kinds and bounds that RegisterTaskDefinition does not use today
/// (doubles, longs, timestamps, minimums on integers), checked with shapes and
/// trees built directly, so a newer model that uses them is handled like botocore.
@Suite("Schema: other kinds")
struct SchemaKindTests {
    private static let nowhere = SourceRange(at: .start)

    private func number(_ lexeme: String) -> Node {
        Node(.number(NumberLiteral(jsonLexeme: lexeme)), range: Self.nowhere)
    }

    private func special(_ lexeme: String, _ value: Double) -> Node {
        Node(
            .number(NumberLiteral(lexeme: lexeme, isInteger: false, intValue: nil, doubleValue: value)),
            range: Self.nowhere)
    }

    private func string(_ text: String) -> Node { Node(.string(text), range: Self.nowhere) }

    private func flag(_ value: Bool) -> Node { Node(.bool(value), range: Self.nowhere) }

    private func check(_ node: Node, _ shape: SchemaShape) -> [SchemaViolation] {
        var walk = SchemaWalk(ignoredTopLevelKeys: [])
        walk.path = [.key("value")]
        walk.visit(node, shape: shape)
        return walk.violations
    }

    @Test("doubles accept integers and decimals; min is the CLI's, max and infinities the API's")
    func doubles() {
        let percent = SchemaShape(id: .integer, name: "Percent", kind: .double, min: 0, max: 100)
        #expect(check(number("50.5"), percent) == [])
        #expect(check(number("100"), percent) == [])
        #expect(check(number("-1.5"), percent).map(\.stage) == [.cli])
        #expect(check(number("101"), percent).map(\.stage) == [.register])
        #expect(check(special(".inf", .infinity), percent).map(\.stage) == [.register])
        #expect(check(special("-.inf", -.infinity), percent).map(\.stage) == [.cli, .register])
        #expect(check(special(".nan", .nan), percent).map(\.stage) == [.register])
        let quoted = check(string("2.5"), percent)
        #expect(quoted.map(\.kind) == [.wrongType])
        #expect(quoted.first?.fix == "write 2.5")
        #expect(quoted.first?.message == "value must be a number, not a string")
    }

    @Test("longs are 64-bit; integers with a minimum check it at the CLI stage, booleans included")
    func integers() {
        let long = SchemaShape(id: .integer, name: "Long", kind: .long)
        #expect(check(number("4294967296"), long) == [])
        #expect(check(number("99999999999999999999"), long).map(\.kind) == [.outOfRange])
        let duration = SchemaShape(id: .integer, name: "Duration", kind: .integer, min: 1, max: 20160)
        #expect(check(number("0"), duration).map(\.stage) == [.cli])
        #expect(check(number("20161"), duration).map(\.stage) == [.register])
        #expect(check(number("-99999999999999999999"), duration).map(\.stage) == [.cli])
        #expect(check(flag(false), duration).map(\.kind) == [.booleanForInteger, .outOfRange])
        #expect(check(flag(true), duration).map(\.kind) == [.booleanForInteger])
    }

    @Test("timestamps accept ISO 8601 strings and epoch seconds")
    func timestamps() {
        let timestamp = SchemaShape(id: .integer, name: "Timestamp", kind: .timestamp)
        #expect(check(string("2024-01-31T10:00:00Z"), timestamp) == [])
        #expect(check(string("2024-01-31"), timestamp) == [])
        #expect(check(number("1700000000"), timestamp) == [])
        #expect(check(string("yesterday"), timestamp).map(\.kind) == [.wrongType])
    }

    @Test("list sizes below a minimum are the CLI's")
    func listMinimum() {
        let list = SchemaShape(id: .stringList, name: "Names", kind: .list, listMember: .string, min: 1)
        let empty = check(Node(.array([]), range: Self.nowhere), list)
        #expect(empty.map(\.stage) == [.cli])
        #expect(empty.first?.message == "value has 0 items; at least 1 is required")
    }
}

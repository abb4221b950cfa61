import Testing

@testable import ECSLintKit

/// The unified diff `--diff` prints.
@Suite struct UnifiedDiffTests {
    func diff(_ old: String, _ new: String) -> String {
        UnifiedDiff.render(old: Array(old.utf8), new: Array(new.utf8), oldLabel: "a/f", newLabel: "b/f")
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(diff("a\nb\n", "a\nb\n") == "")
    }

    @Test func oneChangedLineWithContext() {
        let old = (1...10).map { "line \($0)\n" }.joined()
        let new = old.replacing("line 5\n", with: "line five\n")
        #expect(
            diff(old, new) == """
                --- a/f
                +++ b/f
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8

                """)
    }

    @Test func distantChangesMakeTwoHunksAndInsertionsCountRight() {
        let old = (1...20).map { "\($0)\n" }.joined()
        var lines = (1...20).map { "\($0)\n" }
        lines.remove(at: 1)
        lines.insert("new\n", at: 17)
        #expect(
            diff(old, lines.joined()) == """
                --- a/f
                +++ b/f
                @@ -1,5 +1,4 @@
                 1
                -2
                 3
                 4
                 5
                @@ -16,5 +15,6 @@
                 16
                 17
                 18
                +new
                 19
                 20

                """)
    }

    @Test func missingFinalNewlineIsMarked() {
        #expect(
            diff("a\nb", "a\nc") == """
                --- a/f
                +++ b/f
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +c
                \\ No newline at end of file

                """)
    }

    @Test func editScriptIsShortest() {
        let a = ["a", "b", "c", "a", "b", "b", "a"].map { Array(($0 + "\n").utf8)[...] }
        let b = ["c", "b", "a", "b", "a", "c"].map { Array(($0 + "\n").utf8)[...] }
        let script = UnifiedDiff.editScript(a, b)
        #expect(script.count(where: { if case .equal = $0 { false } else { true } }) == 5)
    }
}

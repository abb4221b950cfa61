import Testing

@testable import ECSLintKit

/// The helpers shared across the library: the one JSON escaper, the one
/// calendar, the "first seen here" pairing of the duplicate rules.
@Suite struct SharedHelperTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"\\", #""say \"hi\"\\""#),
        ("a\nb\tc\u{08}\u{0C}\r", #""a\nb\tc\b\f\r""#),
        ("\u{01}\u{7F}", #""\u0001\u007f""#),
        ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
        ("café ✓", "\"café ✓\""),
    ])
    func jsonStringEscapesWhatJSONReadersNeed(_ text: String, _ expected: String) {
        #expect(JSONString.quoted(text) == expected)
    }

    @Test func jsonStringShortensMessagesAtTheLimit() {
        #expect(JSONString.quoted("abcdef", limit: 3) == "\"abc…\"")
        #expect(JSONString.quoted("abc", limit: 3) == "\"abc\"")
        #expect(JSONString.quoted("é\"é\"", limit: 2) == "\"é\\\"…\"")
    }

    @Test(arguments: [
        (0, CivilDate(year: 1970, month: 1, day: 1)),
        (-1, CivilDate(year: 1969, month: 12, day: 31)),
        (11_016, CivilDate(year: 2000, month: 2, day: 29)),
        (20_819, CivilDate(year: 2027, month: 1, day: 1)),
        (2_932_896, CivilDate(year: 9999, month: 12, day: 31)),
    ])
    func civilDatesRoundTrip(_ days: Int, _ date: CivilDate) {
        #expect(CivilDate(daysSince1970: days) == date)
        #expect(date.daysSince1970 == days)
    }

    @Test func repeatsPairEachRepeatWithTheFirstOfItsKey() {
        let names: [String?] = ["a", "b", nil, "a", "c", "a", nil, "b"]
        let repeats = Array(names.enumerated()).repeats(by: { $0.element })
        #expect(repeats.map(\.element.offset) == [3, 5, 7])
        #expect(repeats.map(\.first.offset) == [0, 0, 1])
        #expect(repeats.map(\.key) == ["a", "a", "b"])
    }
}

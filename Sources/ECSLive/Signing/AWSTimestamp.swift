import ECSLintKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// UTC times in the forms AWS uses: `20260101T120000Z` for SigV4, ISO 8601
/// for credential expirations, and the HTTP `Date` header.
public enum AWSTimestamp {
    /// The SigV4 form of `date`: `yyyyMMdd'T'HHmmss'Z'`.
    public static func amzDate(_ date: Date) -> String {
        let parts = civil(Int(date.timeIntervalSince1970.rounded(.down)))
        return pad(parts.year, 4) + pad(parts.month, 2) + pad(parts.day, 2) + "T" + pad(parts.hour, 2)
            + pad(parts.minute, 2) + pad(parts.second, 2) + "Z"
    }

    /// The ISO 8601 form of `date`: `yyyy-MM-dd'T'HH:mm:ss'Z'`.
    public static func iso8601(_ date: Date) -> String {
        let parts = civil(Int(date.timeIntervalSince1970.rounded(.down)))
        return pad(parts.year, 4) + "-" + pad(parts.month, 2) + "-" + pad(parts.day, 2) + "T" + pad(parts.hour, 2)
            + ":" + pad(parts.minute, 2) + ":" + pad(parts.second, 2) + "Z"
    }

    /// Reads `2026-01-01T00:00:00Z`, with optional fraction and a `Z` or
    /// `±hh:mm` offset, or a `20260101T000000Z` SigV4 time.
    public static func parse(_ text: String) -> Date? {
        let digits = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= digits.count else { return nil }
            var value = 0
            for byte in digits[start..<start + count] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        if digits.count == 16, digits[8] == UInt8(ascii: "T"), let year = number(0, 4), let month = number(4, 2),
            let day = number(6, 2), let hour = number(9, 2), let minute = number(11, 2), let second = number(13, 2)
        {
            return date(year, month, day, hour, minute, second, offset: 0)
        }
        guard digits.count >= 19, let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        var index = 19
        if index < digits.count, digits[index] == UInt8(ascii: ".") {
            index += 1
            while index < digits.count, digits[index] >= 0x30 && digits[index] <= 0x39 { index += 1 }
        }
        var offset = 0
        if index < digits.count, digits[index] == UInt8(ascii: "+") || digits[index] == UInt8(ascii: "-") {
            guard let hours = number(index + 1, 2), let minutes = number(index + 4, 2) else { return nil }
            offset = (hours * 3600 + minutes * 60) * (digits[index] == UInt8(ascii: "-") ? -1 : 1)
        }
        return date(year, month, day, hour, minute, second, offset: offset)
    }

    /// Reads an HTTP date (`Fri, 27 Nov 2026 05:03:52 GMT`).
    public static func parseHTTPDate(_ text: String) -> Date? {
        let fields = text.split(separator: " ")
        guard fields.count >= 5, let day = Int(fields[1]), let year = Int(fields[3]) else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let month = months.firstIndex(of: fields[2].lowercased()) else { return nil }
        let clock = fields[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        return date(year, month + 1, day, clock[0], clock[1], clock[2], offset: 0)
    }

    private static func date(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, offset: Int
    )
        -> Date?
    {
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        let days = CivilDate(year: year, month: month, day: day).daysSince1970
        return Date(timeIntervalSince1970: TimeInterval(days * 86400 + hour * 3600 + minute * 60 + second - offset))
    }

    private static func civil(_ seconds: Int) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)
    {
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rest = seconds - days * 86400
        let date = CivilDate(daysSince1970: days)
        return (date.year, date.month, date.day, rest / 3600, rest % 3600 / 60, rest % 60)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

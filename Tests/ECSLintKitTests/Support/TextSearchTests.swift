import Testing

@testable import ECSLintKit

/// `includes` answers as `contains` does, by bytes in ASCII text and by
/// characters elsewhere (a combining mark or a CR-LF pair is one character).
@Suite struct TextSearchTests {
    @Test func includesAnswersLikeContains() {
        let texts = [
            "", "a", "mcr.microsoft.com/windows/servercore:ltsc2022", "arm64v8/nginx", "app:1.0-arm64",
            "123.dkr.ecr.us-east-1.amazonaws.com/app", "servercore\u{301}", "x\r\nservercore", "servercor",
            "ssservercore", "naïve-nanoserver", "nanoserve\u{301}r",
        ]
        let needles: [StaticString] = ["servercore", "nanoserver", "arm64", ".dkr.ecr", "e", "a"]
        for text in texts {
            for needle in needles {
                #expect(text.includes(needle) == text.contains(needle.description), "\(text) \(needle)")
                let part = text.dropFirst()
                #expect(part.includes(needle) == part.contains(needle.description), "\(part) \(needle)")
            }
        }
        #expect("xservercorey".includes("servercore"))
        #expect(!"servercore\u{301}".includes("servercore"))
    }
}

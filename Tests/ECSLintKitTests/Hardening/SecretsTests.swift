import Testing

@testable import ECSLintKit

/// Issue 11, item 3: what the secrets module recognises, and how it masks.
@Suite struct SecretsTests {
    /// One value of each shape, with the part that must never be printed.
    static let shapes: [(kind: String, value: String, secret: String)] = [
        ("AWS access key ID", "AKIAZ7EXAMPLE4QWERTY", "Z7EXAMPLE4QWERTY"),
        ("AWS secret access key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "rXUtnFEMI/K7MDENG"),
        ("GitHub token", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "aBcDeFgHiJkLmNoPqRsT"),
        ("GitHub token", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "0123456789_abcdefghij"),
        ("Slack token", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "AbCdEfGhIjKlMnOp"),
        (
            "Slack webhook URL", "https://hooks.slack.com/services/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",
            "Zx9Yw8Vu7Ts6"
        ),
        (
            "JSON Web Token",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            "dozjgNryP4J3jVmNHl0w5N"
        ),
        (
            "private key",
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n-----END OPENSSH PRIVATE KEY-----",
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU"
        ),
        ("URL with a password", "postgres://app:Sup3rS3cretPw@db.internal:5432/app", "Sup3rS3cretPw"),
        ("Stripe key", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "4eC39HqLyjWDarjt"),
        ("Google API key", "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", "SyA1b2C3d4E5f6G7h8"),
        ("bearer token", "Authorization: Bearer abcDEF123456ghiJKL789", "abcDEF123456ghiJKL789"),
    ]

    @Test func everyShapeIsRecognisedAndMaskedInAnyText() {
        let masker = SecretMasker()
        for shape in Self.shapes {
            let text = "note: \"\(shape.value)\" was found"
            #expect(SecretShape.kind(ofWholeValue: shape.value) == shape.kind, "\(shape.kind)")
            let masked = masker.mask(text)
            #expect(!masked.contains(shape.secret), "\(shape.kind) printed: \(masked)")
            #expect(masked.hasPrefix("note: \"") && masked.hasSuffix("\" was found"))
        }
    }

    @Test func ordinaryTextIsLeftAlone() {
        let text = """
            image 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2.3@sha256:\
            0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, https://example.com/a/b, \
            arn:aws:iam::123456789012:role/ecsTaskExecutionRole, PASSWORD_HASH_ALGO=argon2id, \
            "pointer": "/containerDefinitions/1/logConfiguration", path deploy/services/web2/TaskDefinitions/x
            """
        #expect(SecretMasker().mask(text) == text)
        #expect(Secrets.find(in: Array(text.utf8)).ranges.isEmpty)
    }

    @Test func namesThatHoldSecrets() {
        for name in ["DB_PASSWORD", "apiKey", "GITHUB_TOKEN", "client_secret", "SIGNING_KEY", "DB_PASS", "passphrase"] {
            #expect(SecretName.isSensitive(name), "\(name)")
        }
        for name in ["PASSWORD_FILE", "TOKEN_TTL", "PASSWORD_HASH_ALGO", "SECRET_ARN", "secretOptions", "KEY", "PATH"] {
            #expect(!SecretName.isSensitive(name), "\(name)")
        }
    }

    /// The quick check that skips most names must pass every name that can
    /// be sensitive: each always-sensitive word, `PASS`/`PWD` at the end and
    /// `KEY` after a qualifier, in every spelling a name uses.
    @Test func everySensitiveWordIsMentioned() {
        let words = SecretName.alwaysSensitive.sorted() + ["PASS", "PWD", "KEY"]
        for word in words {
            let lower = word.lowercased()
            let camel = lower.prefix(1).uppercased() + lower.dropFirst()
            for name in [word, lower, "DB_" + word, "db-" + lower, "my" + camel, "X.\(word).Y", "é" + word] {
                #expect(SecretName.mentionsASensitiveWord(name), "\(name)")
            }
        }
        for name in ["DB_PASS", "dbPwd", "API_KEY", "apiKey", "privateKey", "client_secret", "GITHUB_TOKEN"] {
            #expect(SecretName.isSensitive(name) && SecretName.mentionsASensitiveWord(name), "\(name)")
        }
        for name in ["family", "image", "containerPort", "awslogs-group", "essential", "", "é"] {
            #expect(!SecretName.mentionsASensitiveWord(name), "\(name)")
        }
    }

    /// ASCII names are split byte by byte (no Unicode property look-ups);
    /// the words must be those of the character-by-character reading.
    @Test func asciiNamesSplitLikeCharacters() {
        let names = [
            "DB_PASSWORD", "apiKey", "clientSecretARN", "X509Cert2Key", "aB", "Ab", "ABc", "a1B", "__x__", "", "-",
            "db.password=1", "line\r\nBreak", "TOKEN\tttl", "MiXeD-cAsE_9z", "https://user:pw@host",
        ]
        for name in names {
            #expect(SecretName.tokens(name) == SecretName.characterTokens(name), "\(name)")
        }
        #expect(SecretName.tokens("clientSecretARN") == ["CLIENT", "SECRET", "ARN"])
        #expect(SecretName.tokens("X509Cert2Key") == ["X509CERT2KEY"])
        #expect(SecretName.tokens("pässwordKey") == ["P", "SSWORD", "KEY"])
        #expect(SecretName.tokens("pässwordKey") == SecretName.characterTokens("pässwordKey"))
    }

    /// Values the scanner finds by name in raw text, valid or not.
    func found(_ text: String) -> [String] {
        SecretScanner.scan(Array(text.utf8)).map(\.text)
    }

    @Test func scannerReadsJSONAndBrokenJSON() {
        #expect(found(#"{"name": "DB_PASSWORD", "value": "hunter2-prod"}"#) == ["hunter2-prod"])
        #expect(found(#"{"value": "hunter2-prod", "name": "DB_PASSWORD"}"#) == ["hunter2-prod"])
        #expect(found(#"{"name": "DB_PASSWORD", "value": 'hunter2-prod'}"#) == ["hunter2-prod"])
        #expect(found(#"{"name": "DB_PASSWORD", "value": hunter2-prod, "x": 1}"#) == ["hunter2-prod"])
        #expect(found(#"{"dockerLabels": {"API_TOKEN": "t0k3n-value"}}"#) == ["t0k3n-value"])
        #expect(found(#"{"name": "DB_PASSWORD", "value": "hunter2-pr"#) == ["hunter2-pr"])
        #expect(found(#"{"name": "DB_PASSWORD", "value": "${DB_PASSWORD}"}"#).isEmpty)
        #expect(found(#"{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:1:parameter/p"}"#).isEmpty)
        #expect(found(#"{"name": "PASSWORD_HASH_ALGO", "value": "argon2id"}"#).isEmpty)
        #expect(found(#"{"name": "API_TOKEN", "value": "pa$$w0rd-x"}"#) == ["pa$$w0rd-x"])
    }

    @Test func scannerReadsYAMLAndAssignments() {
        #expect(found("- name: DB_PASSWORD\n  value: hunter2 # prod\n") == ["hunter2"])
        #expect(found("Environment:\n  - Name: API_KEY\n    Value: 'abc''def'\n") == ["abc'def"])
        #expect(found("DB_PASSWORD: |\n  line-one\n  line-two\nnext: 1\n").contains("line-one\nline-two"))
        #expect(found(#"command: ["sh", "-c", "DB_PASS=s3cret-99 ./run"]"#) == ["s3cret-99"])
        #expect(Set(found("Server=db;User Id=sa;Password=Passw0rd!;")) == ["Passw0rd!"])
    }

    @Test func maskingKeepsAPrefixOfLongValuesOnly() {
        #expect(
            Secrets.masked("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") == "wJal" + String(repeating: "*", count: 36))
        #expect(Secrets.masked("hunter2") == "*******")
        #expect(Secrets.masked("pässwörd-länger") == "päss" + String(repeating: "*", count: 11))
        let masker = SecretMasker(values: ["hunter2-prod", "abc"])
        #expect(masker.mask("x hunter2-prod y abc") == "x hunt******** y abc", "short values are not searched")
        #expect(masker.mask(#"say "hunter2-prod\"x""#).contains("****"))
    }

    /// Thousands of values sharing their first bytes cost a lookup per
    /// position, not a comparison with each (the shape that was quadratic).
    @Test func manyValuesWithTheSamePrefixStayFast() {
        let values = (0..<20_000).map { "hunter2-\($0)-xyzzy" }
        let masker = SecretMasker(values: values)
        let text = values.joined(separator: " ")
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(!masker.mask(text).contains("xyzzy")) }
        #expect(elapsed < .seconds(10), "masking took \(elapsed)")
    }

    @Test func reportsAreMaskedByTheEngine() {
        let source = SourceText(
            path: "t.json",
            text:
                #"{"family": "x", "containerDefinitions": [{"name": "a", "image": "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"}]}"#
        )
        let report = Linter().lint(source)
        let text = TextReporter().render(LintRun(files: [report])) + JSONReporter().render(LintRun(files: [report]))
        #expect(!text.contains("aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"))
        #expect(!report.secretRanges.isEmpty)
    }
}

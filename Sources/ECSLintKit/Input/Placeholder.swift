/// Template placeholders: the parts of a value that a pipeline or a person
/// fills in later. This is the one placeholder model of ecslint: the engine's
/// unknown values (`UnknownValues`), the template-placeholders rule (ECS014),
/// `render` and `--vars-from-env` (`TemplateSubstitution`), and the image,
/// ARN and secret readers (`ImageReference`, `ARN`, `AccountID`) all ask it.
///
/// A value that contains a placeholder is unknown, not wrong: rules that
/// would fire only because of the placeholder text stay silent, ECS014 lists
/// the placeholders once, and the checks that read only the literal parts
/// (registry host, tag, digest, ARN partition and service) still run.
///
/// ## Forms found anywhere inside a string
///
/// | form | used by |
/// |---|---|
/// | `${…}` (non-empty, one line; includes `${VAR:-default}`) | envsubst, shells, Terraform `templatefile`, CloudFormation `Fn::Sub` |
/// | `$NAME` | envsubst, shells |
/// | `$(NAME)` | Azure Pipelines macros |
/// | `{{ … }}` | Mustache, Jinja, Helm, Go templates, ecspresso `must_env` |
/// | `#{…}` (optionally closed by `}#`) | Octopus Deploy, Azure "Replace Tokens" |
/// | `<NAME>` | CodePipeline (`<IMAGE1_NAME>`) and README-style fillers (`<task_role_arn>`) |
/// | `<+expr>` | Harness expressions (`<+artifacts.primary.image>`) |
/// | `%NAME%` | Windows batch, Octopus |
/// | `@NAME@` | Maven and Gradle resource filtering |
/// | `__NAME__` (upper case) | Azure DevOps token replacement |
/// | `{NAME}`, `{your-…}`, `{INSERT …}` | Python `str.format`, hand-written fillers (`{aws_account_id}.dkr.ecr…`) |
///
/// `NAME` is a letter or `_` followed by letters, digits, `_` (and `.` or `-`
/// for `<…>`, `$(…)` and `@…@`); `%NAME%` needs two characters, so a date
/// format (`%H:%M:%S%L`) is not one.
///
/// ## Whole words that are fillers (`PlaceholderMarkers`)
///
/// A word (a run of letters, digits, `_` and `-` between other characters,
/// so `YOUR_ECR_REPO_URI:latest` and `arn:aws:iam::ACCOUNTID_PLACEHOLDER:role/x`
/// are found) is a placeholder when it is, ignoring case: `PLACEHOLDER`,
/// `*_PLACEHOLDER`, `PLACEHOLDER_*`; `REPLACE_ME`, `REPLACEME`,
/// `REPLACE_WITH_*`, `REPLACED_BY_*`, `TO_BE_REPLACED`; `CHANGEME`,
/// `CHANGE_ME`, `CHANGEME_*`; `YOUR_*`, `your-*`; or four or more `x`
/// (`XXXXXXXXXXXX`). A whole value in angle brackets that is prose
/// (`<your image URL here>`, `<image of any app that sends logs to stdout`,
/// closing bracket or not) is one too. In the account field of an ARN or an
/// ECR host, the fillers people type there (`ACCOUNT_ID`, `AWS_ACCOUNT`,
/// `ACCT`) also count, and so does an upper-case name in their region field
/// (`ACCOUNT_ID.dkr.ecr.REGION.amazonaws.com`: region names are lower case). These are the spellings of the shared real-world
/// corpus (`IMAGE_PLACEHOLDER`, `REPLACED_BY_CI`, `CHANGEME_REGION`,
/// `YOUR_ACCOUNT_ID`, `XXXXXXXXXXXX`, `<your app image URL here>`) and of
/// the AWS documentation; plain English (`your selected VPC`) and upper-case
/// names in general (`MY_APP`) are not fillers.
///
/// ## What is not a placeholder
///
/// - HTML and XML tags: `<html>`, `<h1>`, `</div>`, `<br/>`, and `<persist>`
///   when `</persist>` follows (`PlaceholderMarkers.htmlElements`).
/// - In container text (`Position.containerText`: `command`, `entryPoint`,
///   `healthCheck.command`, FireLens and Fluent Bit options): `$VAR`,
///   `${VAR}`, `$(…)` and `{NAME}` are the container's own text (the shell's
///   variables, Fluent Bit's `$(ecs_cluster)` and `${ECS_TASK_ID}`), and so
///   are filler words. `render` and `--vars-from-env` never substitute there
///   unless the variable is named with `--var` or `--var-file`.
/// - `${}`, `{}`, `$1.50`, `50% off`, `__init__`, `%({X-Forwarded-For}i)s`.
public enum Placeholder {
    /// Where a string value sits, which decides whether `$` forms are the
    /// container's own text.
    public enum Position: Sendable, Equatable {
        /// An ordinary value: every form counts.
        case value
        /// Text the container itself interprets at run time (a shell, Fluent Bit).
        case containerText
    }

    /// One placeholder in a string.
    public struct Match: Sendable, Equatable {
        /// Its UTF-8 byte offsets in the string.
        public var range: Range<Int>
        /// Its text.
        public var text: String
    }

    /// Every placeholder in `text`, in order.
    public static func matches(in text: String, position: Position = .value) -> [Match] {
        PlaceholderScanner(text, position: position).matches(firstOnly: false)
    }

    /// The text of every placeholder in `text`, in order.
    public static func all(in text: String, position: Position = .value) -> [String] {
        matches(in: text, position: position).map(\.text)
    }

    /// Whether `text` contains a placeholder.
    public static func contains(_ text: String, position: Position = .value) -> Bool {
        !PlaceholderScanner(text, position: position).matches(firstOnly: true).isEmpty
    }

    /// Whether the whole of `text` is one placeholder (surrounding spaces aside).
    public static func isWhole(_ text: String, position: Position = .value) -> Bool {
        let found = matches(in: text, position: position)
        guard found.count == 1, let only = found.first else { return false }
        let bytes = Array(text.utf8)
        let before = bytes[..<only.range.lowerBound].allSatisfy { $0 == 0x20 }
        let after = bytes[only.range.upperBound...].allSatisfy { $0 == 0x20 }
        return before && after
    }

    /// Where the value at `pointer` (a pointer in a task definition, a
    /// container list or a describe wrapper) sits. `root` tells a FireLens
    /// log configuration from another; without it only the pointer is read.
    /// CloudFormation's names (`Command`, `LogConfiguration`) are read too.
    public static func position(of pointer: JSONPointer, in root: Node? = nil) -> Position {
        // Asked for every string of every file: the names are compared in
        // both spellings instead of lowercasing each token.
        let tokens = pointer.tokens
        func names(_ token: String, _ name: String, _ cloudFormationName: String) -> Bool {
            token == name || token == cloudFormationName
        }
        if tokens.contains(where: { names($0, "command", "Command") || names($0, "entryPoint", "EntryPoint") }) {
            return .containerText
        }
        guard let options = tokens.firstIndex(where: { names($0, "options", "Options") }), options > 0 else {
            return .value
        }
        let parent = tokens[options - 1]
        switch parent {
        case "firelensConfiguration", "FirelensConfiguration":
            return .containerText
        case "logConfiguration", "LogConfiguration":
            guard let root else { return .value }
            let configuration = root.node(at: JSONPointer(Array(pointer.tokens[..<options])))
            let driver = (configuration?["logDriver"] ?? configuration?["LogDriver"])?.stringValue
            return driver == "awsfirelens" ? .containerText : .value
        default:
            return .value
        }
    }

    /// Whether an account field (of an ARN or an ECR host) is a placeholder:
    /// any form above, or a filler typed there (`ACCOUNT_ID`, `xxxxxxxxxxxx`).
    public static func isAccountPlaceholder(_ field: some StringProtocol) -> Bool {
        guard !field.isEmpty else { return false }
        return contains(String(field)) || PlaceholderMarkers.isAccountFiller(field)
    }
}

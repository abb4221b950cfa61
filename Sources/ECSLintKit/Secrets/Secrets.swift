/// The one place that decides what is secret and how it is shown: never in
/// full. See `docs/secrets.md` for what is recognised.
///
/// - ``SecretName`` and ``SecretValue``: which names hold secrets and which
///   values under them are only references;
/// - ``SecretScanner``: secret values by name in a file's raw text (also when
///   it is not valid JSON or YAML);
/// - ``SecretShape``: secrets by their shape in any text;
/// - ``SecretMasker``: masks both in any text before it is printed.
///
/// The engine applies them to every ``FileReport`` (messages, fixes, notes,
/// and the ranges code frames mask); the command line passes every text it
/// writes (reports, standard error, `register --dry-run`) through a masker
/// that knows every input's secrets.
public enum Secrets {
    /// The masked form of a secret: its first four characters (none when it is
    /// shorter than 12), then one asterisk per character.
    public static func masked(_ secret: String) -> String {
        let bytes = Array(secret.utf8)
        return String(decoding: SecretMask.apply([(0..<bytes.count, true)], to: bytes), as: UTF8.self)
    }

    /// The secrets of one input file: the byte ranges that hold them (sorted,
    /// merged) and a masker that knows their values.
    public static func find(in bytes: [UInt8]) -> (ranges: [Range<Int>], masker: SecretMasker) {
        let byName = SecretScanner.scan(bytes)
        let byShape = SecretShape.matches(in: bytes)
        var masker = SecretMasker(values: byName.map(\.text))
        masker.add(byShape.map { String(decoding: bytes[$0.range], as: UTF8.self) })
        return (SecretMask.merged(byName.map(\.range) + byShape.map(\.range)), masker)
    }
}

extension FileReport {
    /// Finds the file's secrets and masks them in every finding's message,
    /// fix and notes; code frames mask `secretRanges`.
    mutating func maskSecrets() {
        let (ranges, masker) = Secrets.find(in: source.bytes)
        secretRanges = SecretMask.merged(secretRanges + ranges)
        secrets.merge(masker)
        for index in findings.indices {
            findings[index].maskSecrets(with: secrets)
        }
    }
}

extension Finding {
    /// The finding with every secret `masker` knows masked in its texts.
    mutating func maskSecrets(with masker: SecretMasker) {
        message = masker.mask(message)
        fix = fix.map(masker.mask)
        for index in notes.indices {
            notes[index].message = masker.mask(notes[index].message)
        }
    }
}

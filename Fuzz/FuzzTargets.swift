// libFuzzer entry point of the two fuzz targets, compiled by scripts/fuzz.sh
// together with the ECSLintKit sources (not part of the SwiftPM build). One
// binary holds both, so a CI run compiles the library once; the environment
// variable ECSLINT_FUZZ_TARGET picks the target (`json`, the default, or `yaml`).
//
// json: each input goes through the strict JSON scanner, then through the
//   whole lint pipeline as a JSON file (lenient reading, schema, rules,
//   positions) and the reporters, so a trap anywhere on the JSON path is found.
// yaml: each input is loaded with and without CloudFormation tags, then goes
//   through the whole lint pipeline as a YAML file and the reporters.

#if canImport(Glibc)
    import Glibc
#endif

/// The target this process fuzzes.
enum FuzzTarget {
    case json, yaml

    /// Read once from ECSLINT_FUZZ_TARGET.
    static let selected: FuzzTarget = {
        guard let value = getenv("ECSLINT_FUZZ_TARGET") else { return .json }
        return String(cString: value) == "yaml" ? .yaml : .json
    }()
}

/// The linter shared by every run (building the rule list once).
let fuzzLinter = Linter()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch FuzzTarget.selected {
    case .json:
        _ = try? JSONScanner.parse(bytes)
        FuzzPipeline.run(bytes, path: "fuzz.json", format: .json, linter: fuzzLinter)
    case .yaml:
        _ = YAMLLoader.load(bytes)
        _ = YAMLLoader.load(bytes, options: YAMLLoader.Options(cloudFormationTags: true, aliasBudget: 1_000))
        FuzzPipeline.run(bytes, path: "fuzz.yaml", format: .yaml, linter: fuzzLinter)
    }
    return 0
}

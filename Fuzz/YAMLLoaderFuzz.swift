// libFuzzer entry point for the YAML loader, compiled by scripts/fuzz.sh
// together with the ECSLintKit sources (not part of the SwiftPM build).
//
// Each input is loaded with and without CloudFormation tags, then goes
// through the whole lint pipeline as a YAML file and the reporters.

/// The linter shared by every run (building the rule list once).
let fuzzLinter = Linter()

@_cdecl("LLVMFuzzerTestOneInput")
public func yamlLoaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = YAMLLoader.load(bytes)
    _ = YAMLLoader.load(bytes, options: YAMLLoader.Options(cloudFormationTags: true, aliasBudget: 1_000))
    FuzzPipeline.run(bytes, path: "fuzz.yaml", format: .yaml, linter: fuzzLinter)
    return 0
}

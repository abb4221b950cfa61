// libFuzzer entry point for the JSON scanner, compiled by scripts/fuzz.sh
// together with the ECSLintKit sources (not part of the SwiftPM build).
//
// Each input goes through the strict scanner, then through the whole lint
// pipeline as a JSON file (lenient reading, schema, rules, positions) and the
// text, JSON and SARIF reporters, so a trap anywhere on the JSON path is found.

/// The linter shared by every run (building the rule list once).
let fuzzLinter = Linter()

@_cdecl("LLVMFuzzerTestOneInput")
public func jsonScannerFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? JSONScanner.parse(bytes)
    FuzzPipeline.run(bytes, path: "fuzz.json", format: .json, linter: fuzzLinter)
    return 0
}

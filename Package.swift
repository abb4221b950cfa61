// swift-tools-version: 6.0
import PackageDescription

/// Where Debian's libxml2-dev installs the libxml2 headers (`pkg-config
/// --cflags libxml-2.0`), for the targets that import `CLibXML2`.
let libxml2Headers = SwiftSetting.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])

/// The metadata of a generic type the code names (`[String: Finding]`,
/// `Set<RuleNeed>`) is asked for from its metadata accessor, not looked up by
/// its mangled name: a look-up demangles the name and checks each generic
/// requirement with a scan of every protocol conformance in the binary
/// (about 4,400), the first time each type is used. Every run paid that for
/// about 180 types before it read its first file: measured side by side, the
/// flag takes 0.8 ms (about a sixth) off linting one small file, and the
/// release build is no slower. It changes code generation only.
let metadataAccessors = SwiftSetting.unsafeFlags([
    "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors",
])

let package = Package(
    name: "ecslint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ecslint", targets: ["ecslint"]),
        .library(name: "ECSLintKit", targets: ["ECSLintKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // libyaml's declarations (Debian's libyaml-dev, whose header is in
        // the default include path). Like CLibXML2 it links nothing: the
        // YAML reader loads libyaml with dlopen when it reads the first YAML
        // file (`LibYAML`), so linting JSON never loads it.
        .systemLibrary(name: "CYAML"),
        // libxml2's declarations (Debian's libxml2-dev). The module links
        // nothing: ecslint loads libxml2 with dlopen when it writes an XML
        // report (`LibXML2`), so a run that writes none never loads it and
        // ICU. Without pkg-config (whose `-lxml2` would make every program
        // load it), the header path is named where the module is imported.
        .systemLibrary(name: "CLibXML2"),
        .target(
            name: "ECSLintKit",
            dependencies: ["CYAML", "CLibXML2"],
            swiftSettings: [libxml2Headers, metadataAccessors]
        ),
        .target(name: "CArguments"),
        .target(
            name: "CCurlLoader",
            linkerSettings: [.linkedLibrary("dl")]
        ),
        .target(
            name: "ECSLive",
            dependencies: ["ECSLintKit", "CCurlLoader"],
            swiftSettings: [metadataAccessors]
        ),
        // The commands, run in-process by `Runner` with the streams given to
        // it; the executable only reads its arguments and calls the runner.
        .target(
            name: "ECSLintCLI",
            dependencies: [
                "ECSLintKit",
                "ECSLive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [metadataAccessors]
        ),
        .executableTarget(
            name: "ecslint",
            dependencies: ["ECSLintCLI", "CArguments"],
            swiftSettings: [metadataAccessors],
            // The release binary carries the Swift runtime (static linking):
            // it starts without loading and relocating libswiftCore and
            // friends, runs where no Swift toolchain is installed, and is what
            // `swift build -c release` (the README) and the pre-commit hook
            // build. Debug builds link dynamically, which links faster. A root
            // package may use unsafe flags; only dependencies may not.
            // The release binary is not position-independent: the loader
            // would otherwise relocate about 57,000 pointers in the runtime's
            // and the rules' metadata at every start, about an eighth of
            // linting a small file (its libraries, stack and heap are still
            // placed at random addresses).
            // FoundationEssentials (which swift-argument-parser and ECSLive
            // use) needs its two support libraries and Synchronization named
            // when it is linked statically.
            linkerSettings: [
                .unsafeFlags(
                    ["-static-stdlib", "-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release)
                ),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("swiftSynchronization", .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // The tests validate the XML reports with libxml2's schema
        // validator, so they link it.
        .testTarget(
            name: "ECSLintKitTests",
            dependencies: ["ECSLintKit", "CLibXML2"],
            exclude: ["Reporting/Golden"],
            swiftSettings: [libxml2Headers],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        .testTarget(
            name: "ECSLintCLITests",
            dependencies: [
                "ECSLintCLI", "ECSLintKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ECSLiveTests",
            dependencies: ["ECSLive", "ECSLintKit"],
            exclude: ["Vectors"]
        ),
    ]
)

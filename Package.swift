// swift-tools-version: 6.0
import PackageDescription

/// Where Debian's libxml2-dev installs the libxml2 headers (`pkg-config
/// --cflags libxml-2.0`), for the targets that import `CLibXML2`.
let libxml2Headers = SwiftSetting.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])

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
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // libxml2's declarations (Debian's libxml2-dev). The module links
        // nothing: ecslint loads libxml2 with dlopen when it writes an XML
        // report (`LibXML2`), so a run that writes none never loads it and
        // ICU. Without pkg-config (whose `-lxml2` would make every program
        // load it), the header path is named where the module is imported.
        .systemLibrary(name: "CLibXML2"),
        .target(
            name: "ECSLintKit",
            dependencies: ["CYAML", "CLibXML2"],
            swiftSettings: [libxml2Headers]
        ),
        .target(name: "CArguments"),
        .target(
            name: "CCurlLoader",
            linkerSettings: [.linkedLibrary("dl")]
        ),
        .target(
            name: "ECSLive",
            dependencies: ["ECSLintKit", "CCurlLoader"]
        ),
        // The commands, run in-process by `Runner` with the streams given to
        // it; the executable only reads its arguments and calls the runner.
        .target(
            name: "ECSLintCLI",
            dependencies: [
                "ECSLintKit",
                "ECSLive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ecslint",
            dependencies: ["ECSLintCLI", "CArguments"],
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

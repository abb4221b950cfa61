// swift-tools-version: 6.0
import PackageDescription

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
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "ECSLintKit",
            dependencies: ["CYAML", "CLibXML2"]
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
            // FoundationEssentials (which swift-argument-parser and ECSLive
            // use) needs its two support libraries and Synchronization named
            // when it is linked statically.
            linkerSettings: [
                .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("swiftSynchronization", .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        .testTarget(
            name: "ECSLintKitTests",
            dependencies: ["ECSLintKit", "CLibXML2"],
            exclude: ["Reporting/Golden"]
        ),
        .testTarget(
            name: "ECSLintCLITests",
            dependencies: ["ECSLintCLI", "ECSLintKit"]
        ),
        .testTarget(
            name: "ECSLiveTests",
            dependencies: ["ECSLive", "ECSLintKit"],
            exclude: ["Vectors"]
        ),
    ]
)

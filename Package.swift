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
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
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
        .target(
            name: "CCurlLoader",
            linkerSettings: [.linkedLibrary("dl")]
        ),
        .target(
            name: "ECSLive",
            dependencies: ["ECSLintKit", "CCurlLoader", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "ecslint",
            dependencies: [
                "ECSLintKit",
                "ECSLive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ECSLintKitTests",
            dependencies: ["ECSLintKit", "CLibXML2"],
            exclude: ["Reporting/Golden"]
        ),
        .testTarget(
            name: "ECSLiveTests",
            dependencies: ["ECSLive", "ECSLintKit"],
            exclude: ["Vectors"]
        ),
    ]
)

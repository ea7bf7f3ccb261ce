// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Steward",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "steward", targets: ["steward"]),
        .executable(name: "steward-bench", targets: ["StewardBench"]),
        .library(name: "StewardSandbox", targets: ["StewardSandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "StewardCore"),
        .target(name: "StewardGit", dependencies: ["StewardCore", "CLibgit2"]),
        .target(
            name: "StewardSandbox",
            dependencies: ["StewardCore", "StewardGit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(name: "StewardStore", dependencies: ["StewardCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "StewardCommands",
            dependencies: [
                "StewardCore", "StewardGit", "StewardSandbox", "StewardStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "steward", dependencies: ["StewardCommands"]),
        .executableTarget(name: "StewardBench", dependencies: ["StewardCore", "StewardGit", "StewardSandbox", "StewardStore"]),
        .testTarget(name: "StewardCoreTests", dependencies: ["StewardCore"]),
        .testTarget(name: "StewardGitTests", dependencies: ["StewardGit"]),
        .testTarget(name: "StewardSandboxTests", dependencies: ["StewardSandbox", "StewardStore", "StewardGit"]),
        .testTarget(name: "StewardCLITests", dependencies: ["StewardCore"]),
    ],
    swiftLanguageModes: [.v6]
)

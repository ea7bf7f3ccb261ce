// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Steward",
    // No `platforms:`: Steward is built and tested on Linux only (bubblewrap, /proc, prlimit);
    // it claims no Apple platform it has never been built for.
    products: [
        .executable(name: "steward", targets: ["steward"]),
        .executable(name: "steward-bench", targets: ["StewardBench"]),
        .executable(name: "steward-mcp", targets: ["steward-mcp"]),
        .library(name: "StewardSandbox", targets: ["StewardSandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // JSON, below everything: one value tree, strict and lenient parsing, the writer. Foundation only.
        .target(name: "StewardJSON"),
        .target(name: "StewardCore", dependencies: ["StewardJSON"]),
        .target(name: "StewardGit", dependencies: ["StewardCore", "CLibgit2"]),
        // steward.toml as TOML: the one parse and the adapter from TOMLKit's numbers to
        // StewardCore's `Setting` check, shared by every section's reader.
        .target(name: "StewardConfig", dependencies: ["StewardCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(
            name: "StewardSandbox",
            dependencies: ["StewardJSON", "StewardCore", "StewardGit", "StewardConfig", .product(name: "TOMLKit", package: "TOMLKit")],
            // The seed of a new workspace, embedded in the binary (Seed/Seed.swift says how it is laid out).
            resources: [.embedInCode("Seed/Files")]
        ),
        .target(name: "StewardStore", dependencies: ["StewardCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // The shared store of several machines (spec 23): PostgreSQL through postgres-nio, in a
        // target of its own so that only what uses it links it.
        .target(
            name: "StewardPostgres",
            dependencies: [
                "StewardCore", .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
                // ConnectionPoolError: the pool's "no connection for a while", retried (spec 23.8).
                .product(name: "_ConnectionPoolModule", package: "postgres-nio"),
            ]),
        .target(
            name: "StewardModels",
            dependencies: [
                "StewardJSON", "StewardCore", "StewardConfig",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Skills in the Agent Skills format: parsing, checks, the registry on main, and the
        // bubblewrap sandbox their scripts run in.
        .target(
            name: "StewardSkills",
            dependencies: ["StewardCore", "StewardSandbox", .product(name: "Yams", package: "Yams")]),
        // Long-term memory: the FTS5 index of memory/ and outputs/ on main, embeddings, search.
        .target(name: "StewardMemory", dependencies: ["StewardCore", "StewardSandbox", "StewardStore", "StewardPostgres", "StewardModels"]),
        // The tools agents and MCP clients call: one type per tool (Files/, Skills/, Memory/,
        // Web/, Control/) and the registry of who has which, below the agent loop so
        // steward-mcp serves them without linking the loop.
        .target(
            name: "StewardTools",
            dependencies: [
                "StewardJSON", "StewardCore", "StewardSandbox", "StewardSkills", "StewardMemory", .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        // `steward serve`: the HTTP API, the dashboard and the scheduler (Hummingbird 2).
        .target(
            name: "StewardServer",
            dependencies: [
                "StewardJSON", "StewardCore", "StewardSandbox", "StewardStore", "StewardModels", "StewardAgents", "StewardSkills", "StewardPostgres",
                "StewardWorker", .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Logging", package: "swift-log"),
            ],
            // The OpenAPI document, embedded in the binary (openapi.json links to docs/openapi.json,
            // its one source).
            resources: [.embedInCode("openapi.json")]),
        // `steward mcp`: the sandbox's file tools for any MCP client (the official Swift SDK).
        .target(
            name: "StewardMCP",
            dependencies: [
                "StewardJSON", "StewardCore", "StewardSandbox", "StewardSkills", "StewardStore", "StewardMemory", "StewardTools",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "StewardAgents",
            dependencies: [
                "StewardJSON", "StewardCore", "StewardSandbox", "StewardModels", "StewardSkills", "StewardMemory", "StewardStore", "StewardConfig",
                "StewardTools",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        // The queue's worker (spec 23.4): claims tasks from the shared database, runs them under a
        // lease, shuts down gracefully (ServiceLifecycle). `steward worker` and `serve` run it.
        .target(
            name: "StewardWorker",
            dependencies: [
                "StewardCore", "StewardJSON", "StewardSandbox", "StewardStore", "StewardModels", "StewardMemory", "StewardAgents", "StewardPostgres",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"), .product(name: "Logging", package: "swift-log"),
            ]),
        // Real HTTP servers on 127.0.0.1 for tests (and the benchmark): SwiftNIO, no mocks.
        .target(
            name: "StewardTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "StewardCommands",
            dependencies: [
                "StewardJSON", "StewardCore", "StewardGit", "StewardSandbox", "StewardStore", "StewardModels", "StewardAgents", "StewardSkills",
                "StewardMemory",
                "StewardServer", "StewardTools", "StewardPostgres", "StewardWorker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The Swift runtime and Foundation linked in statically: ~10 ms less start-up for
        // every command (no dynamic symbol lookups), which is most of what a short command
        // costs (docs/benchmarks.md, cold start).
        .executableTarget(
            name: "steward", dependencies: ["StewardCommands"],
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-Xlinker", "--start-group", "-Xlinker", "-lFoundation", "-Xlinker", "-lCoreFoundation", "-Xlinker",
                        "-lFoundationInternationalization", "-Xlinker", "-l_FoundationICU", "-Xlinker", "-lFoundationEssentials", "-Xlinker",
                        "-l_FoundationCShims", "-Xlinker", "-l_FoundationCollections", "-Xlinker", "--end-group",
                    ], .when(platforms: [.linux]))
            ]),
        // `steward mcp` runs this program: the MCP SDK brings FoundationNetworking and libcurl
        // (about 4 ms more start-up for every command), so it lives in a binary of its own and
        // `steward` stays lean (docs/benchmarks.md, cold start).
        .executableTarget(
            name: "steward-mcp",
            dependencies: [
                "StewardCore", "StewardSandbox", "StewardStore", "StewardModels", "StewardMemory", "StewardMCP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-Xlinker", "--start-group", "-Xlinker", "-lFoundation", "-Xlinker", "-lCoreFoundation", "-Xlinker",
                        "-lFoundationInternationalization", "-Xlinker", "-l_FoundationICU", "-Xlinker", "-lFoundationEssentials", "-Xlinker",
                        "-l_FoundationCShims", "-Xlinker", "-l_FoundationCollections", "-Xlinker", "-lFoundationNetworking", "-Xlinker",
                        "-l_CFURLSessionInterface", "-Xlinker", "--end-group", "-Xlinker", "-l:libcurl.so.4",
                    ], .when(platforms: [.linux]))
            ]),
        .executableTarget(
            name: "StewardBench",
            dependencies: [
                "StewardJSON", "StewardCore", "StewardGit", "StewardSandbox", "StewardStore", "StewardModels", "StewardSkills", "StewardMemory",
                "StewardTestSupport",
                "StewardPostgres", .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]),
        .testTarget(name: "StewardJSONTests", dependencies: ["StewardJSON"]),
        .testTarget(name: "StewardCoreTests", dependencies: ["StewardCore", "StewardJSON"]),
        .testTarget(name: "StewardGitTests", dependencies: ["StewardGit", "StewardTestSupport"]),
        .testTarget(name: "StewardSandboxTests", dependencies: ["StewardSandbox", "StewardStore", "StewardGit", "StewardTestSupport"]),
        .testTarget(name: "StewardCLITests", dependencies: ["StewardCore", "StewardTestSupport"]),
        .testTarget(
            name: "StewardAgentsTests",
            dependencies: [
                "StewardAgents", "StewardJSON", "StewardModels", "StewardSandbox", "StewardSkills", "StewardStore", "StewardCore", "StewardTools",
                "StewardTestSupport",
            ]),
        .testTarget(
            name: "StewardSkillsTests", dependencies: ["StewardSkills", "StewardSandbox", "StewardCore", "StewardTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "StewardServerTests",
            dependencies: [
                "StewardServer", "StewardSandbox", "StewardStore", "StewardCore", "StewardTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"), .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "StewardMemoryTests",
            dependencies: ["StewardMemory", "StewardStore", "StewardSandbox", "StewardModels", "StewardCore", "StewardTestSupport"]),
        .testTarget(
            name: "StewardMCPTests",
            dependencies: ["StewardMCP", "StewardSandbox", "StewardCore", "StewardTestSupport", .product(name: "MCP", package: "swift-sdk")]),
        .testTarget(
            name: "StewardToolsTests",
            dependencies: [
                "StewardTools", "StewardJSON", "StewardCore", "StewardSandbox", "StewardSkills", "StewardMemory", "StewardStore",
                "StewardTestSupport",
            ]),
        .testTarget(name: "StewardModelsTests", dependencies: ["StewardModels", "StewardJSON", "StewardCore", "StewardStore", "StewardTestSupport"]),
        // The store contract (`SharedStore`), one suite run against every backend (StoreBackend.all).
        .testTarget(name: "StewardStoreTests", dependencies: ["StewardStore", "StewardCore", "StewardPostgres", "StewardTestSupport"]),
        .testTarget(name: "StewardPostgresTests", dependencies: ["StewardPostgres", "StewardCore", "StewardSandbox", "StewardTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.1
import PackageDescription

/// Release builds reach a concrete generic type's metadata through its accessor function instead of demangling its
/// name at run time: a name's first demangling looks up every protocol conformance its generic requirements need by
/// scanning all of the process's conformance records, about 0.4M instructions each (`daega fp` start-up).
let releaseSwiftSettings: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
    name: "daega",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "daega", targets: ["daega"]),
        .executable(name: "daega-web", targets: ["daega-web"]),
        .library(name: "DaegaEngine", targets: ["DaegaEngine"]),
        .library(name: "DaegaIO", targets: ["DaegaIO"]),
        .library(name: "DaegaReports", targets: ["DaegaReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // Pure rules and arithmetic: value types in, value types out, no files, no clock.
        .target(name: "DaegaEngine", swiftSettings: releaseSwiftSettings),
        // Rate books, project files, CSV and text encodings.
        .target(name: "DaegaIO", dependencies: ["DaegaEngine", "CHeapTuning", "CWriteback", "CInterruptCleanup", "ZIPFoundation"],
                swiftSettings: releaseSwiftSettings),
        // The C allocator's settings for batch runs (glibc's mallopt, which Swift's Glibc module does not expose).
        .target(name: "CHeapTuning"),
        // Starting a file's writeback to disk early (Linux's sync_file_range, which Swift's Glibc module does not expose).
        .target(name: "CWriteback"),
        // Removing a run's temporary files when SIGINT, SIGTERM or SIGHUP ends it (a handler may only make
        // async-signal-safe calls, which Swift code cannot promise).
        .target(name: "CInterruptCleanup"),
        // Text, JSON, memo and office-document (xlsx, HWPX) rendering of engine results.
        .target(name: "DaegaReports", dependencies: ["DaegaEngine", "ZIPFoundation"], swiftSettings: releaseSwiftSettings),
        // The local web page: the same plans and reports behind Korean forms and an HTTP server, loopback only.
        .target(name: "DaegaWeb", dependencies: ["DaegaEngine", "DaegaIO", "DaegaReports", "DaegaCommandLine",
                                                 .product(name: "FlyingFox", package: "FlyingFox")],
                swiftSettings: releaseSwiftSettings),
        // What both programs share: the rate and serve options, error reporting, exit statuses, standard streams, a
        // project file's memo header. With the two programs, the only targets that import ArgumentParser.
        .target(name: "DaegaCommandLine", dependencies: ["DaegaEngine", "DaegaIO", "DaegaReports",
                                                         .product(name: "ArgumentParser", package: "swift-argument-parser")],
                swiftSettings: releaseSwiftSettings),
        // The web page's program, which `daega serve` becomes: the only program that links FlyingFox and with it
        // Foundation's networking libraries (libcurl and its ~30 libraries), so the other commands start without them.
        .executableTarget(
            name: "daega-web",
            dependencies: ["DaegaCommandLine", "DaegaWeb", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: releaseSwiftSettings
        ),
        // The command-line tool. It does not depend on `daega-web` (build that with `swift build --product daega-web`
        // or plain `swift build`): an executable that depends on another executable links that one's libraries (here
        // DaegaWeb, FlyingFox and with them FoundationNetworking), though not its own code.
        .executableTarget(
            name: "daega",
            dependencies: [
                "DaegaEngine", "DaegaIO", "DaegaReports", "DaegaCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: releaseSwiftSettings
        ),
        // Batch speed and memory on generated portfolios (a benchmark, not a test): `swift run -c release DaegaBenchmarks`.
        .executableTarget(name: "DaegaBenchmarks", dependencies: ["DaegaEngine", "DaegaIO"]),
        // The repository's rate books and samples, for tests.
        .target(name: "DaegaTestSupport", dependencies: ["DaegaEngine", "DaegaIO"], path: "Tests/DaegaTestSupport"),
        .testTarget(name: "DaegaEngineTests", dependencies: ["DaegaEngine", "DaegaTestSupport"]),
        .testTarget(name: "DaegaIOTests", dependencies: ["DaegaIO", "DaegaEngine", "DaegaTestSupport", "CWriteback"]),
        .testTarget(name: "DaegaReportsTests", dependencies: ["DaegaReports", "DaegaIO", "DaegaEngine", "DaegaTestSupport",
                                                            "ZIPFoundation"],
                    exclude: ["Golden"]),
        .testTarget(name: "DaegaWebTests", dependencies: ["DaegaWeb", "DaegaCommandLine", "DaegaIO", "DaegaEngine",
                                                       "DaegaTestSupport", "daega",
                                                       .product(name: "FlyingFox", package: "FlyingFox")]),
        .testTarget(name: "DaegaCLITests", dependencies: ["daega", "DaegaTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

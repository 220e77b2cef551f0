// swift-tools-version:6.2
//
// risk: a simplified information-security risk analysis calculator.
// No dependencies beyond the toolchain (XCTest and Swift Testing for the tests), by design.
//
// The layers, each a target that may use only the ones above it:
//
//   RiskMethod       the method: model, catalog, scoring, readers and writers, messages. Imports nothing, not even
//                    Foundation; builds as Embedded Swift for wasm (scripts/check-embedded.sh). Unsafe code only
//                    where it is marked `unsafe` (the compiler refuses any other), in a few named files.
//   RiskSystem       files, atomic output, threads and the pipeline that picks how to read an inventory. The only
//                    layer that talks to the operating system, through Platform.swift and Threads.swift.
//   RiskCore         what a Swift user imports: both of the above.
//   risk             the command: arguments in, messages and exit status out.
//   RiskTestSupport  what only tests and the fuzz targets use: generated inventories, fuzz entry points.
import PackageDescription

let safe: [SwiftSetting] = [.strictMemorySafety(), .treatWarning("StrictMemorySafety", as: .error)]

let package = Package(
    name: "risk",
    products: [
        .executable(name: "risk", targets: ["risk"]),
        .library(name: "RiskCore", targets: ["RiskCore"]),
    ],
    targets: [
        .target(name: "RiskMethod", swiftSettings: safe),
        .target(name: "RiskSystem", dependencies: ["RiskMethod"]),
        .target(name: "RiskCore", dependencies: ["RiskMethod", "RiskSystem"]),
        .executableTarget(name: "risk", dependencies: ["RiskCore"], swiftSettings: safe),
        .target(name: "RiskTestSupport", dependencies: ["RiskCore"]),
        // The browser edition's entry (scripts/build-web.sh compiles it with the core as Embedded Swift for wasm).
        .target(name: "RiskWeb", dependencies: ["RiskMethod"]),
        .testTarget(
            name: "RiskMethodTests",
            dependencies: ["RiskMethod", "RiskTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "RiskSystemTests",
            dependencies: ["RiskSystem", "RiskTestSupport"]
        ),
        .testTarget(
            name: "RiskWebTests",
            dependencies: ["RiskWeb", "RiskCore", "RiskTestSupport"]
        ),
        .testTarget(
            name: "riskTests",
            dependencies: ["risk", "RiskCore", "RiskTestSupport"],
            exclude: ["Corpus"]
        ),
    ]
)

// The libFuzzer target exists only for scripts/fuzz.sh, which sets RISK_FUZZ=1 and builds with
// --sanitize=fuzzer --sanitize=address; an ordinary build or test never sees it.
if Context.environment["RISK_FUZZ"] == "1" {
    package.targets.append(.executableTarget(name: "RiskFuzz", dependencies: ["RiskTestSupport"], path: "Fuzz/Sources/RiskFuzz"))
}

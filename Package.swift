// swift-tools-version:6.0
//
// risk: a simplified information-security risk analysis calculator.
// No dependencies beyond the toolchain (Foundation, XCTest, Swift Testing), by design.
import Foundation
import PackageDescription

let package = Package(
    name: "risk",
    products: [
        .executable(name: "risk", targets: ["risk"]),
        .library(name: "RiskCore", targets: ["RiskCore"]),
    ],
    targets: [
        .target(name: "RiskCore"),
        .executableTarget(name: "risk", dependencies: ["RiskCore"]),
        .testTarget(
            name: "RiskCoreTests",
            dependencies: ["RiskCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "riskTests",
            dependencies: ["risk", "RiskCore"],
            exclude: ["Corpus"]
        ),
    ]
)

// The libFuzzer targets exist only for scripts/fuzz.sh, which sets RISK_FUZZ=1 and builds with
// --sanitize=fuzzer --sanitize=address; an ordinary build or test never sees them.
if ProcessInfo.processInfo.environment["RISK_FUZZ"] == "1" {
    package.targets.append(.executableTarget(name: "RiskFuzz", dependencies: ["RiskCore"], path: "Fuzz/Sources/RiskFuzz"))
}

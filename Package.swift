// swift-tools-version:6.0
//
// risk: a simplified information-security risk analysis calculator.
// No dependencies beyond the toolchain (Foundation, XCTest, Swift Testing), by design.
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

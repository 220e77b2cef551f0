import Foundation
import RiskCore

/// The package's root folder, found from this file's place.
package let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bytes of a fixture in `Tests/RiskMethodTests/Fixtures`.
package func fixture(_ name: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent("Tests/RiskMethodTests/Fixtures/\(name)")))
}

/// The bytes of a file of the source tree.
package func sourceFile(_ path: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent(path)))
}

/// Reads an inventory from text with the built-in catalog.
package func readInventory(_ text: String, method: ScoringMethod = .mic, file: String = "test.csv") -> ReadResult<AssetInventory> {
    InventoryReader(catalog: .builtIn, method: method).read(Array(text.utf8), file: file)
}

/// The codes, lines and columns of the errors in a log, as `code@line:column`.
package func errorSummary(_ log: DiagnosticLog) -> [String] {
    log.errors.map { "\($0.code)@\($0.location.line):\($0.location.column)" }
}

/// An assessment of an inventory given as CSV text.
package func assess(_ text: String, method: ScoringMethod = .mic, settings: ThreatSettings? = nil,
                    checklist: Checklist? = nil) throws -> Assessment {
    let result = readInventory(text, method: method)
    guard let inventory = result.value else {
        throw TestFailure(result.log.entries.map { $0.formatted(in: .en) }.joined(separator: "\n"))
    }
    return Assessment(inventory: inventory, catalog: .builtIn, method: method, settings: settings, checklist: checklist)
}

/// A test's own failure, with what went wrong.
package struct TestFailure: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}

/// The header of the inventories the tests write.
package let inventoryHeader = "id,name,media,confidentiality,integrity,availability,personal_data,department\n"

/// A deterministic pseudo-random byte source (SplitMix64), so that "random" test data is the same on every run.
package struct SplitMix64: RandomNumberGenerator {
    package var state: UInt64

    package init(state: UInt64) { self.state = state }
    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` bytes.
    package mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}

import RiskCore

/// Runs one inventory through every way `risk` can read it and write its CSV register, and compares each with the
/// plain reference: the inventory read in one pass (``InventoryReader/read(_:file:)``), scored on one thread, and
/// written row by row, cell by cell, from the register's schema (``CSVRegisterWriter/plainRow(_:)``). In the manner
/// of ripgrep's `SearcherTester`, no fast path can drift from the plain one unseen.
package struct RegisterStrategies {
    /// The inventory's bytes.
    package var bytes: [UInt8]
    package var settings: ThreatSettings?
    package var language: Language
    package var policy: PolicyClauses?
    /// The chunk sizes the streamed register is tried with.
    package var chunkSizes = [700, 4_096, 1 << 20]

    /// A tester of `bytes`.
    package init(_ bytes: [UInt8], settings: ThreatSettings? = nil, language: Language = .en, policy: PolicyClauses? = nil) {
        self.bytes = bytes
        self.settings = settings
        self.language = language
        self.policy = policy
    }

    /// The plain reference register, or nil when the plain read refuses the inventory.
    package func reference() -> [UInt8]? {
        guard let inventory = InventoryReader(catalog: .builtIn, method: .mic).read(bytes, file: "s.csv").value else { return nil }
        let assessment = Assessment(inventory: inventory, catalog: .builtIn, method: .mic, settings: settings)
        let writer = CSVRegisterWriter(assessment: assessment, language: language, policy: policy)
        var register = writer.head
        for index in assessment.risks.indices { register += writer.plainRow(index) }
        return register
    }

    /// The register each strategy writes, by name: whole and in halves, scored on every core, written by the row
    /// program's straight run and step by step, on one thread and on every core; streamed in chunks of each size on
    /// one thread and on two. A strategy that declines (the streamed one, for what it cannot vouch for) is left out.
    package func registers() -> [(name: String, bytes: [UInt8])] {
        var result: [(String, [UInt8])] = []
        let reader = InventoryReader(catalog: .builtIn, method: .mic)
        for strategy in [ReadStrategy.whole, .halves] {
            guard let inventory = InventoryReading(reader: reader, strategy: strategy).read(bytes, file: "s.csv").value else {
                continue
            }
            let assessment = Assessment(inventory: inventory, catalog: .builtIn, method: .mic, settings: settings,
                                        runner: ParallelRunner())
            let writer = CSVRegisterWriter(assessment: assessment, language: language, policy: policy)
            result.append(("\(strategy.rawValue), serial", writer.bytes()))
            let buffer = ByteBuffer()
            if (try? ParallelRegister.write(writer, to: buffer)) != nil { result.append(("\(strategy.rawValue), parallel", buffer.bytes)) }
            var program = writer.program()
            program.forcesSteps = true
            let steps = ByteWriter()
            steps.append(writer.head)
            program.format(0..<writer.rowCount, into: steps)
            result.append(("\(strategy.rawValue), step by step", steps.bytes))
        }
        for chunkSize in chunkSizes {
            for workers in [1, 2] {
                if let streamed = streamed(chunkSize: chunkSize, workers: workers) {
                    result.append(("streamed in chunks of \(chunkSize), \(workers) worker(s)", streamed))
                }
            }
        }
        return result
    }

    /// The streamed register in chunks of `chunkSize`, or nil when it declines.
    package func streamed(chunkSize: Int, workers: Int) -> [UInt8]? {
        let chunks = RegisterChunks(catalog: .builtIn, method: .mic, settings: settings, checklist: nil, language: language,
                                    policy: policy, file: "s.csv")
        var register = StreamedRegister(chunks: chunks)
        register.chunkSize = chunkSize
        register.sliceSize = 64
        register.workers = workers
        let sink = MemoryPositionalSink()
        guard let outcome = try? register.write(from: MemorySource(bytes), to: sink), !outcome.isDeclined else { return nil }
        return sink.bytes
    }

    /// The strategies whose register differs from the reference, each with the first byte where it does; empty
    /// when all agree. Nil when the plain read refuses the inventory.
    package func disagreements() -> [String]? {
        guard let reference = reference() else { return nil }
        return registers().compactMap { name, bytes in
            guard let offset = RegisterStrategies.firstDifference(bytes, reference) else { return nil }
            return "\(name): differs from the plain register at byte \(offset)"
        }
    }

    /// The first offset where `a` and `b` differ, or nil when they are the same.
    package static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int? {
        if let index = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset { return index }
        return a.count == b.count ? nil : min(a.count, b.count)
    }
}

import RiskMethod

extension Pipeline {
    /// What `risk soa` asks: the format and the destination.
    public struct SoARequest: Sendable {
        public var format: RegisterFormat
        public var output: String?
        /// Who the statement is from and when.
        public var document = DocumentInfo()

        /// A request.
        public init(format: RegisterFormat, output: String?) {
            self.format = format
            self.output = output
        }
    }

    /// Scores the inventory and writes its statement of applicability against ISO/IEC 27001:2022 Annex A; the
    /// plan (`--plan`), if any, marks the controls it adds as planned.
    public func soa(_ request: SoARequest) throws(CommandFailure) {
        let loader = InputLoader(pipeline: self)
        var inputs = try loader.load(hashing: request.format.recordsInputs)
        let assessment = inputs.assess()
        let (outcome, _) = try loader.planAndPolicy(&inputs, assessment: assessment, mappingLevel: nil)
        let target = try outputTarget(request.output, format: request.format, inputs: inputs)
        let statement = StatementOfApplicability(assessment: assessment, outcome: outcome)
        let options = inputs.core.registerOptions(language: language, minimumLevel: nil, outcome: outcome, policy: nil,
                                                  document: request.document)
        let writer = SoAWriter(statement: statement, options: options)
        let bytes: [UInt8]
        switch request.format {
        case .csv: bytes = writer.csv()
        case .json: bytes = writer.json().serialized()
        case .md: bytes = Array(writer.markdown().utf8)
        case .html: bytes = Array(writer.html().utf8)
        case .xlsx: bytes = writer.xlsx()
        case .table: bytes = Array(TerminalText.visible(writer.table(), keepingLineBreaks: true).utf8)
        }
        try target.write(messages: messages) { (sink) throws(WriteError) in try sink.write(bytes) }
    }
}

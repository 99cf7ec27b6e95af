import DaegaEngine

/// Reads an early-sizing reference book (`rates/sizing/YEAR.toml`) into a ``SizingBook``.
public enum SizingBookReader {
    /// Parses and validates a sizing book.
    /// - Throws: `DaegaError` naming `path:line:column` for a missing stage, a band that does not hold 1, an unknown
    ///   function type or origin.
    public static func read(_ text: String, path: String) throws -> SizingBook {
        let document = try TOMLParser.parse(text, path: path, syntaxCode: .rateBookSyntax)
        var root = TOMLTableReader(document, path: path, codes: .rateBook)
        var header = try RateBookHeader.read(&root, book: SizingBook.folder, expectedKind: "sizing")
        let book = "sizing-\(header.edition)"
        header.effectiveFromReference.book = book
        let context = GuideBookReader.Context(book: book, edition: header.title)
        let weight = ExactDecimal(significand: 1, scale: 1)...ExactDecimal(1000)
        let percent = ExactDecimal.zero...ExactDecimal(99)
        let multiplier = ExactDecimal(significand: 1, scale: 2)...ExactDecimal(10)

        func figure<Value>(_ name: String, _ body: (inout TOMLTableReader) throws -> Value) throws -> SizingFigure<Value> {
            var reader = try root.table(name)
            let origin = try readOrigin(&reader)
            let sourced = try context.sourced(&reader, body)
            return SizingFigure(sourced.value, sourced.reference, origin: origin)
        }
        let indicative = try figure("indicative") { reader -> (internal: ExactDecimal, external: ExactDecimal, error: ExactDecimal) in
            (try reader.decimal("internal_data_weight", in: weight), try reader.decimal("external_data_weight", in: weight),
             try reader.decimal("error_percent", in: percent))
        }
        let estimated = try figure("estimated") { try $0.decimal("error_percent", in: percent) }
        let listed = try figure("listed") { try $0.decimal("error_percent", in: percent) }
        let mapping = try figure("mapping") { reader -> [EarlyCountKind: FunctionType] in
            var mapping: [EarlyCountKind: FunctionType] = [:]
            for kind in EarlyCountKind.allCases { mapping[kind] = try functionType(&reader, kind.rawValue) }
            return mapping
        }
        let kinds = try figure("requirement_kinds") { reader -> [(kind: String, type: FunctionType)] in
            var kinds: [(kind: String, type: FunctionType)] = []
            for key in reader.unreadKeys where key != "origin" {
                kinds.append((key.lowercased(), try functionType(&reader, key)))
            }
            guard !kinds.isEmpty else {
                throw DaegaError(.rateBookMissingKey, at: reader.location(of: "status"), "요구사항 유형이 하나도 없습니다",
                                 expected: "\"등록\" = \"ei\" 같은 줄 한 개 이상")
            }
            return kinds
        }
        let growth = try figure("growth") { reader -> [SizingStage: ExactDecimal] in
            var growth: [SizingStage: ExactDecimal] = [:]
            for stage in SizingStage.allCases { growth[stage] = try reader.decimal(stage.rawValue, in: ExactDecimal.one...ExactDecimal(10)) }
            return growth
        }
        let cone = try figure("cone") { reader -> [SizingStage: (low: ExactDecimal, high: ExactDecimal)] in
            var cone: [SizingStage: (low: ExactDecimal, high: ExactDecimal)] = [:]
            for stage in SizingStage.allCases {
                let low = try reader.decimal("\(stage.rawValue)_low", in: multiplier.lowerBound...ExactDecimal.one)
                let high = try reader.decimal("\(stage.rawValue)_high", in: ExactDecimal.one...multiplier.upperBound)
                cone[stage] = (low, high)
            }
            return cone
        }
        try root.finish(allowed: "format_version, kind, edition, title, effective_from, effective_from_status, effective_from_source, indicative, estimated, listed, mapping, requirement_kinds, growth, cone")
        let weights = SizingFigure((internal: indicative.value.internal, external: indicative.value.external), indicative.reference,
                                   origin: indicative.origin)
        return SizingBook(
            year: header.edition, title: header.title, book: book, effectiveFrom: header.effectiveFrom,
            effectiveFromReference: header.effectiveFromReference, indicativeWeights: weights,
            errorPercent: [.indicative: SizingFigure(indicative.value.error, indicative.reference, origin: indicative.origin),
                           .estimated: estimated, .listed: listed],
            countMapping: mapping, requirementKinds: kinds, growth: growth, cone: cone)
    }

    /// Reads a section's `origin` key.
    private static func readOrigin(_ reader: inout TOMLTableReader) throws -> ReferenceOrigin {
        let value = try reader.value("origin")
        let text = try reader.string(from: value, key: "origin")
        guard let origin = ReferenceOrigin(rawValue: text) else {
            throw reader.valueError(value, key: "origin", "참고값 종류 \"\(text)\"는 알 수 없습니다",
                                    expected: ReferenceOrigin.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return origin
    }

    /// Reads a function-type value (`"ilf"` … `"eq"`).
    private static func functionType(_ reader: inout TOMLTableReader, _ key: String) throws -> FunctionType {
        let value = try reader.value(key)
        let text = try reader.string(from: value, key: key)
        guard let type = FunctionType(spelling: text) else {
            throw reader.valueError(value, key: key, "기능 유형 \"\(text)\"는 알 수 없습니다", expected: FunctionType.acceptedSpellings)
        }
        return type
    }
}

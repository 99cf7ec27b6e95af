import DaegaEngine

/// Reads a duration rate book (`rates/duration/YEAR.toml`, the 적정 사업기간 1인 생산성 bands) into `ProductivityBands`.
public enum DurationBookReader {

    /// Parses and validates a duration book.
    /// - Throws: `DaegaError` naming `path:line:column` for a missing, unordered or non-positive band.
    public static func read(_ text: String, path: String) throws -> ProductivityBands {
        let document = try TOMLParser.parse(text, path: path, syntaxCode: .rateBookSyntax)
        var root = TOMLTableReader(document, path: path, codes: .rateBook)
        var header = try RateBookHeader.read(&root, book: ProductivityBands.folder, expectedKind: "duration")
        let book = "duration-\(header.edition)"
        header.effectiveFromReference.book = book
        let context = GuideBookReader.Context(book: book, edition: header.title)
        let bands = try context.section(&root, "productivity") { reader -> [ProductivityBand] in
            var bands: [ProductivityBand] = []
            for var band in try reader.tableArray("bands") {
                let fromValue = try band.value("from_fp")
                let from = try band.decimal(from: fromValue, key: "from_fp", in: ExactDecimal.zero...FunctionPointCount.maximum)
                guard bands.isEmpty ? from == .zero : from > bands.last!.fromFunctionPoints else {
                    throw band.valueError(fromValue, key: "from_fp", "구간 하한 \(from)이(가) 차례에 맞지 않습니다",
                                          expected: bands.isEmpty ? "첫 구간은 0" : "앞 구간보다 큰 하한")
                }
                let rate = try band.decimal("fp_per_mm", in: ExactDecimal(significand: 1, scale: 1)...ExactDecimal(1000))
                try band.finish(allowed: "from_fp, fp_per_mm")
                bands.append(ProductivityBand(fromFunctionPoints: from, functionPointsPerManMonth: rate))
            }
            guard !bands.isEmpty else {
                throw DaegaError(.rateBookMissingKey, at: reader.location(of: "bands"), "생산성 구간이 없습니다",
                                 expected: "[[productivity.bands]] from_fp, fp_per_mm 한 개 이상")
            }
            return bands
        }
        try root.finish(allowed: "format_version, kind, edition, title, effective_from, effective_from_status, effective_from_source, productivity")
        return ProductivityBands(year: header.edition, title: header.title, book: book, effectiveFrom: header.effectiveFrom,
                                 effectiveFromReference: header.effectiveFromReference, bands: bands)
    }
}

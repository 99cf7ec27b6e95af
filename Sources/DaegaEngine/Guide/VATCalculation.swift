/// 부가가치세 on a VAT-exclusive total, by the edition's rate and rounding.
public struct VATCalculation: Sendable, Equatable {
    /// The tax.
    public var vat: Won
    /// Total including the tax.
    public var totalWithVAT: Won

    /// Computes VAT on `total` and records the two steps.
    /// - Throws: `DaegaError.amountOverflow` when the total with VAT does not fit.
    public init(on total: Won, edition: GuideEdition, recorder: inout TraceRecorder) throws {
        vat = try total.multiplied(by: edition.vatPercent.value, ExactDecimal(significand: 1, scale: 2),
                                   rounding: edition.vatRounding.value, what: "부가가치세")
        totalWithVAT = try total.adding(vat, what: "VAT 포함 합계")
        Self.record(total: total, vat: vat, totalWithVAT: totalWithVAT, edition: edition, recorder: &recorder)
    }

    /// Records the two steps of VAT already computed on `total`.
    static func record(total: Won, vat: Won, totalWithVAT: Won, edition: GuideEdition, recorder: inout TraceRecorder) {
        let rate = edition.vatPercent
        let rounding = edition.vatRounding
        recorder.record(TraceStep(
            key: "vat", label: LocalizedText(ko: "부가가치세", en: "VAT"),
            formula: LocalizedText(ko: "합계(VAT 별도) × \(rate.value)%", en: "total (excl. VAT) × \(rate.value)%"),
            inputs: [TraceInput(LocalizedText(ko: "합계(VAT 별도)", en: "total excl. VAT"), .won(total)),
                     TraceInput(LocalizedText(ko: "세율", en: "rate"), .percent(rate.value))],
            result: .won(vat), rounding: rounding.value, rates: [rate.reference, rounding.reference]))
        recorder.record(TraceStep(
            key: "total_with_vat", label: LocalizedText(ko: "합계 (VAT 포함)", en: "total incl. VAT"),
            formula: LocalizedText(ko: "합계(VAT 별도) + 부가가치세", en: "total excl. VAT + VAT"),
            inputs: [TraceInput(LocalizedText(ko: "합계(VAT 별도)", en: "total excl. VAT"), .won(total)),
                     TraceInput(LocalizedText(ko: "부가가치세", en: "VAT"), .won(vat))],
            result: .won(totalWithVAT)))
    }
}

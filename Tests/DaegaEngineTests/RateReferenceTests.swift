import DaegaEngine
import Foundation
import Testing

/// Rate references: value semantics over their shared box of fields.
@Suite struct RateReferenceTests {
    static let unitPrice = RateReference(book: "guide-2020", edition: "SW사업 대가산정 가이드 2020", key: "fp.unit_price",
                                         source: "KOSA 2020", status: .verified)

    @Test func changingTheBookOfACopyLeavesTheOriginal() {
        var copy = Self.unitPrice
        copy.book = "guide-2021"
        #expect(Self.unitPrice.book == "guide-2020" && copy.book == "guide-2021")
        #expect(copy.key == "fp.unit_price" && copy.status == .verified)
        #expect(copy != Self.unitPrice)
    }

    @Test func referencesBuiltApartWithTheSameFieldsAreEqualAndHashAlike() {
        let twin = RateReference(book: "guide-2020", edition: "SW사업 대가산정 가이드 2020", key: "fp.unit_price",
                                 source: "KOSA 2020", status: .verified)
        #expect(twin == Self.unitPrice)
        #expect(Set([twin, Self.unitPrice]).count == 1)
        #expect(RateReference(book: "guide-2020", edition: twin.edition, key: twin.key, source: twin.source, status: .uncertain) != twin)
    }

    @Test func aReferenceSurvivesAJSONRoundTrip() throws {
        let data = try JSONEncoder().encode(Self.unitPrice)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"key\":\"fp.unit_price\"") && text.contains("\"book\":\"guide-2020\""))
        #expect(try JSONDecoder().decode(RateReference.self, from: data) == Self.unitPrice)
    }
}

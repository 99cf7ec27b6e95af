/// A commercial SW product whose licence is maintained.
public struct CommercialProduct: Sendable, Equatable {
    /// The product's name as shown in outputs.
    public var name: String
    /// 최초 라이선스 구매 계약금액 (VAT 별도).
    public var licensePrice: Won
    /// The service grade 1–5.
    public var grade: Int
    /// An explicit annual rate (percent) that replaces the grade's rate from the book.
    public var ratePercent: ExactDecimal?

    /// Creates a product.
    public init(name: String, licensePrice: Won, grade: Int, ratePercent: ExactDecimal? = nil) {
        self.name = name
        self.licensePrice = licensePrice
        self.grade = grade
        self.ratePercent = ratePercent
    }
}

/// The development cost that application-SW maintenance is a rate of.
public enum MaintenanceBasis: Sendable {
    /// Amounts as given (VAT 별도): one for every year, or one per year of the period.
    case given([Won])
    /// The VAT-exclusive 소프트웨어 개발비 (`total`) of a function-point estimate, the same every year.
    case functionPoints(FunctionPointEstimate)
}

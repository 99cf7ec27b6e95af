/// Every maintenance figure of one guide edition.
public struct MaintenanceRates: Sendable {
    /// The rounding of every computed fee.
    public var rounding: Sourced<RoundingStep>
    /// Application SW by the rate method (요율제).
    public var application: ApplicationMaintenanceRates
    /// Commercial SW by service grade.
    public var commercial: CommercialMaintenanceRates

    /// Creates the figure set.
    public init(rounding: Sourced<RoundingStep>, application: ApplicationMaintenanceRates, commercial: CommercialMaintenanceRates) {
        self.rounding = rounding
        self.application = application
        self.commercial = commercial
    }
}

extension GuideEdition {
    /// The maintenance figures.
    /// - Throws: `DaegaError.methodNotInEdition` when the book has none.
    public func requireMaintenance() throws -> MaintenanceRates {
        guard let maintenance else {
            throw DaegaError(.methodNotInEdition, at: .field("edition"),
                             "\(title) 요율표(\(book))에는 유지관리 수치가 없습니다",
                             expected: "[maintenance] 수치가 있는 판(daega rates로 확인)")
        }
        return maintenance
    }
}

import DaegaEngine

/// Turns man-month inputs into an engine request: picks the wage table and the guide edition, reads a staffing CSV,
/// and maps every engine error back to the flag or file position that carried the value.
public struct ManMonthPreparation {
    /// The wage table used.
    public var table: WageTable
    /// The guide edition used for the 제경비·기술료 ranges and VAT.
    public var edition: GuideEdition
    /// The engine request.
    public var request: ManMonthRequest
    /// Notes to add to the result (table and edition chosen).
    public var notes: [EstimateNote]
    /// Where each input field was given, for relocating engine errors.
    public var locations: [String: InputLocation]
    /// The newest table that publishes working days, when `table` has daily figures only: its divisor is suggested
    /// when man-months cannot be priced.
    public var usualDivisorTable: WageTable? = nil

    /// Runs the estimate, relocating errors to the user's inputs and adding the preparation notes.
    public func estimate() throws -> ManMonthEstimate {
        do {
            var estimate = try ManMonthEstimator.estimate(request, table: table, edition: edition)
            estimate.notes = notes + estimate.notes
            return estimate
        } catch var error as DaegaError {
            if error.code == .monthlyWageMissing, let usual = usualDivisorTable, let days = usual.workingDays?.value,
               let line = request.staffing.first(where: { if case .months = $0.effort { true } else { false } }) {
                error.expected = (error.expected.map { $0 + "; " } ?? "")
                    + "가장 최근 공표된 근무일수는 「\(usual.title)」의 월 \(days)일입니다 — 명령에 --working-days \(days)를 더하십시오 "
                    + "(예: daega mm --staff \"\(line.job)=\(line.effort.quantity)\" --working-days \(days))"
            }
            throw error.relocated(to: locations)
        }
    }
}

extension ManMonthPreparation {
    /// Prepares a request.
    /// - Throws: `DaegaError` with the user's flag or file position.
    public init(_ base: borrowing StaffingInput, selection: RateSelection) throws {
        guard let file = base.file else {
            try self.init(listed: base, selection: selection)
            return
        }
        var input = copy base
        try ReferencedFile.check(file, givenAt: base.locations["file"], what: "투입 인력 파일")
        let list = try StaffingListFile.read(file)
        input.setLines(list.lines, locations: list.places)
        try self.init(listed: input, selection: selection)
    }

    /// Prepares a request whose staffing lines are all in `input` (a staffing file already read into it).
    private init(listed input: borrowing StaffingInput, selection: RateSelection) throws {
        guard !input.lines.isEmpty else {
            throw DaegaError(.emptyStaffing, at: .flag("--staff, --staff-days, --staffing"), "투입 인력이 없습니다",
                             expected: "--staff \"직무=개월\", --staff-days \"직무=일수\", --staffing CSV 또는 프로젝트 파일의 [staffing]")
        }
        // Built from locals through the memberwise init: assigned one property at a time, the preparation was
        // copied whole before it was returned.
        let (edition, editionNote) = try selection.edition(input.edition, location: input.locations["edition"])
        let table: WageTable, tableNote: EstimateNote?
        do {
            (table, tableNote) = try selection.wageTable(input.wageYear)
        } catch let error as DaegaError {
            throw error.relocated { _ in input.locations["wage_year"] ?? .flag("--wage-year") }
        }
        let request = ManMonthRequest(staffing: input.lines, overheadPercent: input.overheadPercent,
                                      technicalFeePercent: input.technicalFeePercent, directExpenses: input.directExpenses,
                                      workingDays: input.workingDays)
        var notes: [EstimateNote] = []
        if let editionNote { notes.append(editionNote) }
        if let tableNote { notes.append(tableNote) }
        self.init(table: table, edition: edition, request: request, notes: notes, locations: input.locations,
                  usualDivisorTable: try selection.library.wages.usualDivisorTable(for: table))
    }
}

import DaegaEngine
import DaegaIO

/// Turns man-month inputs into an engine request: picks the wage table and the guide edition, reads a staffing CSV,
/// and maps every engine error back to the flag or file position that carried the value.
struct ManMonthPreparation {
    /// The wage table used.
    var table: WageTable
    /// The guide edition used for the 제경비·기술료 ranges and VAT.
    var edition: GuideEdition
    /// The engine request.
    var request: ManMonthRequest
    /// Notes to add to the result (table and edition chosen).
    var notes: [EstimateNote]
    /// The inputs, for relocating engine errors.
    var input: StaffingInput

    /// Prepares a request.
    /// - Throws: `DaegaError` with the user's flag or file position.
    init(_ base: StaffingInput, library: RateLibrary, rateOptions: RateOptions) throws {
        var input = base
        if let file = input.file {
            let list = try StaffingListFile.read(file)
            input.setLines(list.lines, locations: list.places)
        }
        guard !input.lines.isEmpty else {
            throw DaegaError(.emptyStaffing, at: .flag("--staff, --staff-days, --staffing"), "투입 인력이 없습니다",
                             expected: "--staff \"직무=개월\", --staff-days \"직무=일수\", --staffing CSV 또는 프로젝트 파일의 [staffing]")
        }
        self.input = input
        let (edition, editionNote) = try rateOptions.edition(input.edition, in: library.guides, location: input.locations["edition"])
        self.edition = edition
        notes = editionNote.map { [$0] } ?? []
        do {
            (table, notes) = try Self.wageTable(input.wageYear, library: library, rateOptions: rateOptions, notes: notes)
        } catch let error as DaegaError {
            throw error.relocated { _ in input.locations["wage_year"] ?? .flag("--wage-year") }
        }
        request = ManMonthRequest(staffing: input.lines, overheadPercent: input.overheadPercent,
                                  technicalFeePercent: input.technicalFeePercent, directExpenses: input.directExpenses,
                                  workingDays: input.workingDays)
    }

    /// The table for `year`, or the one in force on the reference day with a note saying so.
    static func wageTable(_ year: Int?, library: RateLibrary, rateOptions: RateOptions,
                          notes: [EstimateNote]) throws -> (WageTable, [EstimateNote]) {
        if let year { return (try library.wages.book(year), notes) }
        let date = try rateOptions.referenceDate()
        let table = try library.wages.tableInForce(on: date)
        return (table, notes + [EstimateNote(code: "wage_year_in_force", text: LocalizedText(
            ko: "임금 적용연도를 지정하지 않아 \(date)에 시행 중인 「\(table.title)」을 적용했습니다.",
            en: "No wage year was given; \"\(table.title)\", in force on \(date), was used."))])
    }

    /// Runs the estimate, relocating errors to the user's inputs and adding the preparation notes.
    func estimate() throws -> ManMonthEstimate {
        do {
            var estimate = try ManMonthEstimator.estimate(request, table: table, edition: edition)
            estimate.notes = notes + estimate.notes
            return estimate
        } catch let error as DaegaError {
            throw input.locate(error)
        }
    }
}

import DaegaEngine

/// The man-month settings as typed (flags or form fields), before they are read: one name per setting, shared by the
/// CLI and the web page.
public struct StaffingSettings: Sendable {
    /// `staff`: lines "직무=개월".
    public var staff: [String] = []
    /// `staff-days`: lines "직무=일수".
    public var staffDays: [String] = []
    /// `staffing`: a staffing CSV file.
    public var staffing: String?
    /// `wage-year`: the wage table's year.
    public var wageYear: String?
    /// `working-days`: working days per month.
    public var workingDays: String?
    /// `overhead-percent` (old: `overhead-rate`): 제경비율 in percent.
    public var overheadPercent: String?
    /// `technical-fee-percent` (old: `tech-fee-rate`): 기술료율 in percent.
    public var technicalFeePercent: String?
    /// `duration-months`: the planned duration.
    public var durationMonths: String?
    /// `work`: the kind of work.
    public var work: String?

    /// Creates empty settings.
    public init() {}

    /// Applies the settings over `base` (a project file's `[staffing]` or empty): a setting always wins, and any
    /// staffing setting replaces the file's lines.
    /// - Parameters:
    ///   - base: the project file's inputs.
    ///   - edition: the `edition` setting's text, if given.
    ///   - directExpenses: the `direct-expenses` setting's text, if given.
    ///   - locator: where each setting was typed, for error messages.
    /// - Throws: `DaegaError` at the setting for a bad value.
    public func merged(over base: StaffingInput, edition: String?, directExpenses: String?,
                       locator: SettingLocator) throws -> StaffingInput {
        var input = base
        if let edition {
            input.edition = try ValueText.integer(edition, at: locator("edition"), in: 1990...2100, what: "판")
            input.locations["edition"] = locator("edition")
        }
        if let wageYear {
            input.wageYear = try ValueText.integer(wageYear, at: locator("wage-year"), in: 1990...2100, what: "임금 적용연도")
            input.locations["wage_year"] = locator("wage-year")
        }
        let decimals: [(String?, String, String, WritableKeyPath<StaffingInput, ExactDecimal?>)] = [
            (workingDays, "working-days", "working_days", \.workingDays),
            (overheadPercent, SettingName.overheadPercent.flag, "overhead_rate", \.overheadPercent),
            (technicalFeePercent, SettingName.technicalFeePercent.flag, "technical_fee_rate", \.technicalFeePercent),
            (durationMonths, "duration-months", "duration_months", \.durationMonths),
        ]
        for (text, setting, field, path) in decimals {
            guard let text else { continue }
            input[keyPath: path] = try ValueText.decimal(text, at: locator(setting))
            input.locations[field] = locator(setting)
        }
        if let directExpenses {
            input.directExpenses = try ValueText.won(directExpenses, at: locator("direct-expenses"))
            input.locations["direct_expenses"] = locator("direct-expenses")
        }
        if let work {
            guard let kind = WorkKind(spelling: work) else {
                throw DaegaError(.unknownChoice, at: locator("work"), "사업 유형 '\(work)'은(는) 알 수 없습니다",
                                 expected: WorkKind.acceptedSpellings)
            }
            input.work = kind
        }
        if !staff.isEmpty || !staffDays.isEmpty || staffing != nil {
            var lines: [StaffingLine] = []
            var places: [(job: InputLocation, effort: InputLocation)] = []
            for (texts, setting, effort) in [(staff, "staff", StaffingEffort.months), (staffDays, "staff-days", StaffingEffort.days)] {
                for text in texts {
                    lines.append(try StaffingEntryText.parse(text, at: locator(setting), effort: effort))
                    places.append((locator(setting), locator(setting)))
                }
            }
            input.file = staffing
            if staffing != nil { input.locations["file"] = locator("staffing") }
            if staffing != nil && !lines.isEmpty {
                throw DaegaError(.conflictingInputs, at: locator("staffing"),
                                 "투입 인력이 \(locator("staffing")) 파일과 \(locator("staff")) 옵션으로 함께 주어졌습니다",
                                 expected: "\(locator("staffing")) 또는 \(locator.group(["staff", "staff-days"])) 중 하나")
            }
            input.setLines(lines, locations: places)
        }
        return input
    }
}

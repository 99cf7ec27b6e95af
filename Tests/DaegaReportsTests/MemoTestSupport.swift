import DaegaEngine
import DaegaIO
import DaegaReports
import DaegaTestSupport

/// Memos written the way `daega memo` writes them, with a fixed reference date and version so output is stable.
enum MemoFixture {
    /// The reference date of every memo in the tests.
    static let date = CalendarDate(year: 2026, month: 3, day: 1)!
    /// The version printed on every memo in the tests.
    static let version = "golden"

    /// The memo of a project file in `language`.
    static func memo(_ path: String, language: Language) throws -> ProjectMemo {
        let file = try ProjectFile.read(path)
        let (estimates, check) = try ProjectEstimatePlan.runCheckingBudget(
            ProjectInputs(file), selection: RateSelection(library: Repository.library, date: date))
        return ProjectMemo(estimates: estimates, check: check, project: MemoProject(name: file.name, agency: file.agency),
                           date: date, toolVersion: version, language: language)
    }
}

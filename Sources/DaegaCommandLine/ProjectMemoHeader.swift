import DaegaEngine
import DaegaIO
import DaegaReports

extension MemoHeader {
    /// The memo header of a project file, filled in the same way by `daega memo` and the web page's memo downloads:
    /// each field of `overrides` (the CLI's flags) over the file's `[document]` section, over the defaults (the file's
    /// top-level agency, the reference day as 작성일, no 결재란).
    /// - Parameters:
    ///   - file: the project file.
    ///   - overrides: fields given besides the file (none on the web page).
    ///   - date: the reference day, the default 작성일.
    public init(project file: ProjectFile, overrides: DocumentInput = DocumentInput(), date: CalendarDate) {
        let document = file.document ?? DocumentInput()
        self.init(projectName: file.name, agency: overrides.agency ?? document.agency ?? file.agency,
                  department: overrides.department ?? document.department, author: overrides.author ?? document.author,
                  writtenOn: overrides.date ?? document.date ?? date, documentNumber: overrides.number ?? document.number,
                  approvalBox: overrides.approval ?? document.approval ?? false)
    }
}

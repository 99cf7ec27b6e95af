import DaegaEngine

/// The `[document]` section of a project file: how the justification memo's header block is filled in.
///
/// ```toml
/// [document]
/// agency = "○○시청"          # 기관명 (default: the file's top-level agency)
/// department = "정보통신과"   # 부서
/// author = "주무관 홍길동"     # 작성자
/// date = 2026-03-02          # 작성일 (default: the memo's reference date)
/// number = "정보통신과-1234"   # 문서번호 (optional)
/// approval = true            # 결재란 (default: false)
/// ```
public struct DocumentInput: Sendable, Equatable {
    /// The keys the section accepts, as an error message lists them.
    public static let keys = "agency, department, author, date, number, approval"

    /// 기관명, when given here.
    public var agency: String?
    /// 부서.
    public var department: String?
    /// 작성자.
    public var author: String?
    /// 작성일.
    public var date: CalendarDate?
    /// 문서번호.
    public var number: String?
    /// Whether the memo shows a 결재란 (approval box), when the file says.
    public var approval: Bool?

    /// An empty section: every field falls back to its default.
    public init(agency: String? = nil, department: String? = nil, author: String? = nil, date: CalendarDate? = nil,
                number: String? = nil, approval: Bool? = nil) {
        (self.agency, self.department, self.author, self.date, self.number, self.approval) = (agency, department, author, date, number, approval)
    }

    /// Reads the section's keys; the caller checks for unknown keys.
    /// - Throws: `DaegaError` naming `path:line:column` for a value of the wrong kind or an impossible date.
    static func read(_ section: inout TOMLTableReader) throws -> DocumentInput {
        var input = DocumentInput()
        input.agency = try section.optionalString("agency")
        input.department = try section.optionalString("department")
        input.author = try section.optionalString("author")
        input.date = section.has("date") ? try section.date("date") : nil
        input.number = try section.optionalString("number")
        input.approval = section.has("approval") ? try section.bool("approval") : nil
        return input
    }
}

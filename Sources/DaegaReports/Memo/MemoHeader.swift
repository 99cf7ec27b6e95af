import DaegaEngine

/// The header block of an official memo: who writes it, when, under which number, and whether a 결재란 is printed
/// (user text: renderers escape it).
public struct MemoHeader: Sendable, Equatable {
    /// The project's name (the memo's subject).
    public var projectName: String
    /// 기관명.
    public var agency: String?
    /// 부서.
    public var department: String?
    /// 작성자.
    public var author: String?
    /// 작성일.
    public var writtenOn: CalendarDate
    /// 문서번호, when the office has assigned one.
    public var documentNumber: String?
    /// Whether the 결재란 (approval box: 담당, 검토, 결재) is printed.
    public var approvalBox: Bool

    /// Creates a header.
    /// - Parameters:
    ///   - projectName: the project's name.
    ///   - agency: 기관명.
    ///   - department: 부서.
    ///   - author: 작성자.
    ///   - writtenOn: 작성일.
    ///   - documentNumber: 문서번호.
    ///   - approvalBox: whether the 결재란 is printed.
    public init(projectName: String, agency: String? = nil, department: String? = nil, author: String? = nil,
                writtenOn: CalendarDate, documentNumber: String? = nil, approvalBox: Bool = false) {
        self.projectName = projectName
        self.agency = agency
        self.department = department
        self.author = author
        self.writtenOn = writtenOn
        self.documentNumber = documentNumber
        self.approvalBox = approvalBox
    }

    /// The header's label–value lines in print order (기관명, 부서, 작성자, 작성일, 문서번호), the absent ones left out.
    public func lines(language: Language) -> [(label: String, value: String)] {
        let w = MemoWording(language: language)
        return [(w.pick("기관명", "Agency"), agency), (w.pick("부서", "Department"), department), (w.pick("작성자", "Author"), author),
         (w.pick("작성일", "Date"), "\(writtenOn)"), (w.pick("문서번호", "Document no."), documentNumber)]
            .compactMap { label, value in value.map { (label, $0) } }
    }

    /// The 결재란's column titles.
    public func approvalTitles(language: Language) -> [String] {
        let w = MemoWording(language: language)
        return [w.pick("담당", "Prepared"), w.pick("검토", "Reviewed"), w.pick("결재", "Approved")]
    }
}

/// One service grade of commercial-SW maintenance: its rate and what it means.
public struct CommercialGrade: Sendable, Equatable {
    /// The grade, 1 (highest service) … 5.
    public var grade: Int
    /// The annual rate, percent of the initial licence price.
    public var percent: ExactDecimal
    /// What the grade means.
    public var meaning: LocalizedText

    /// Creates a grade.
    public init(grade: Int, percent: ExactDecimal, meaning: LocalizedText) {
        self.grade = grade
        self.percent = percent
        self.meaning = meaning
    }
}

/// Every figure of commercial-SW maintenance from one edition; a book may lack grades its sources do not support.
public struct CommercialMaintenanceRates: Sendable {
    /// How a grade is chosen, in both languages.
    public var gradingRule: LocalizedText
    /// The grades the book has, each with its own status.
    public var grades: [Sourced<CommercialGrade>]
    /// The lowest acceptable rate whatever the grade, when the book has one.
    public var floorPercent: Sourced<ExactDecimal>?

    /// The valid grades of the rule (the book may hold fewer).
    public static let gradeRange = 1...5

    /// Creates the figure set.
    public init(gradingRule: LocalizedText, grades: [Sourced<CommercialGrade>], floorPercent: Sourced<ExactDecimal>?) {
        self.gradingRule = gradingRule
        self.grades = grades
        self.floorPercent = floorPercent
    }

    /// Checks that `grade` is one of the rule's grades 1–5.
    /// - Throws: `DaegaError.maintenanceGrade` at `.field(field)` otherwise.
    public static func validate(grade: Int, field: String) throws {
        guard gradeRange.contains(grade) else { throw gradeRangeError(grade, field: field) }
    }

    /// The error for a grade outside 1–5.
    static func gradeRangeError(_ grade: Int, field: String) -> DaegaError {
        DaegaError(.maintenanceGrade, at: .field(field), "상용SW 유지관리 등급 \(grade)은(는) 없습니다", expected: "등급 1~5의 정수")
    }

    /// The grade `grade` from the book.
    /// - Parameter field: the input field that carried the grade, for errors.
    /// - Throws: `DaegaError.maintenanceGrade` outside 1–5; `.maintenanceGradeNotInEdition` when the book lacks it.
    public func grade(_ grade: Int, field: String, book: String) throws -> Sourced<CommercialGrade> {
        guard Self.gradeRange.contains(grade), let entry = entry(grade) else { throw gradeError(grade, field: field, book: book) }
        return entry
    }

    /// The book's entry of `grade`, when it has one.
    func entry(_ grade: Int) -> Sourced<CommercialGrade>? {
        grades.first { $0.value.grade == grade }
    }

    /// The error for a grade the book has no rate for: `DaegaError.maintenanceGrade` outside 1–5, else
    /// `.maintenanceGradeNotInEdition` listing the grades it has.
    func gradeError(_ grade: Int, field: String, book: String) -> DaegaError {
        guard Self.gradeRange.contains(grade) else { return Self.gradeRangeError(grade, field: field) }
        let known = grades.map { "\($0.value.grade)등급 \($0.value.percent)%" }.joined(separator: ", ")
        return DaegaError(.maintenanceGradeNotInEdition, at: .field(field),
                          "\(book) 요율표에는 상용SW \(grade)등급 요율이 없습니다 (출처가 있는 등급: \(known))",
                          expected: "요율표에 있는 등급, 또는 --rate-percent로 요율을 직접 지정 (예: --rate-percent 15)")
    }
}

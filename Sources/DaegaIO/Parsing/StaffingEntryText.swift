import DaegaEngine
import Foundation

/// Parses a staffing entry typed as `직무=수량`, e.g. `응용SW개발자=10` or `IT PM=2.5`.
public enum StaffingEntryText {
    /// Parses one entry; the number after the last `=` is the effort, in the unit `effort` makes of it.
    /// - Parameters:
    ///   - text: the entry.
    ///   - location: the flag or file position, for errors.
    ///   - effort: `StaffingEffort.months` or `StaffingEffort.days`.
    /// - Throws: `DaegaError` `missingInput` without a job or `=`, `notANumber` for a bad quantity.
    public static func parse(_ text: String, at location: InputLocation,
                             effort: (ExactDecimal) -> StaffingEffort) throws -> StaffingLine {
        guard let equals = text.lastIndex(of: "=") else {
            throw DaegaError(.missingInput, at: location, "'\(text)'에 '='가 없습니다", expected: "직무=수량 (예: \"IT PM=3\")")
        }
        let job = text[..<equals].trimmingCharacters(in: .whitespaces)
        guard !job.isEmpty else {
            throw DaegaError(.missingInput, at: location, "'\(text)'에 직무 이름이 없습니다", expected: "직무=수량 (예: \"IT PM=3\")")
        }
        let quantity = try ValueText.decimal(String(text[text.index(after: equals)...]), at: location,
                                             expected: "직무=수량의 수량은 수 (예: \"응용SW개발자=2.5\")")
        return StaffingLine(job: job, effort: effort(quantity))
    }
}

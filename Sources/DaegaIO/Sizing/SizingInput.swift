import DaegaEngine
import Foundation

/// The early-sizing inputs of a project, from a `[sizing]` section or flags, with where each came from.
///
/// ```toml
/// [sizing]
/// stage = "budget"          # budget, tender, requirements, design
/// internal_data = 12        # or requirements = "requirements.csv"
/// entry_screens = 20
/// ```
public struct SizingInput: Sendable, Equatable {
    /// Counts per kind; a kind absent was not counted.
    public var counts: [EarlyCountKind: Int] = [:]
    /// A requirement list CSV (resolved against the project file's folder).
    public var requirementsPath: String?
    /// The stage, when given.
    public var stage: SizingStage?
    /// Where each field was given (field name → flag or file position), for error messages.
    public var locations: [String: InputLocation] = [:]

    /// Creates empty inputs.
    public init() {}

    /// The keys a `[sizing]` section takes.
    public static let keys = (["stage", "requirements"] + EarlyCountKind.allCases.map(\.rawValue)).joined(separator: ", ")

    /// Reads a `[sizing]` section.
    /// - Parameters:
    ///   - section: the section's reader (keys read here are marked as read).
    ///   - folder: the project file's folder, for a relative requirement list.
    /// - Throws: `DaegaError` at the key's position for a negative count, an unknown stage or both scopes at once.
    public static func read(_ section: inout TOMLTableReader, folder: String) throws -> SizingInput {
        var input = SizingInput()
        for kind in EarlyCountKind.allCases {
            guard let value = try section.optionalValue(kind.rawValue) else { continue }
            input.locations[kind.rawValue] = section.location(of: value)
            input.counts[kind] = Int(try section.integer(from: value, key: kind.rawValue, in: Int64.min...Int64.max))
        }
        if let value = try section.optionalValue("requirements") {
            input.requirementsPath = try ReferencedFile.path(value, key: "requirements", in: section, folder: folder,
                                                             expected: "요구사항 목록 CSV 파일")
            input.locations["requirements"] = section.location(of: value)
        }
        if let value = try section.optionalValue("stage") {
            input.locations["stage"] = section.location(of: value)
            input.stage = try SizingStage.parse(try section.string(from: value, key: "stage"), at: section.location(of: value))
        }
        return input
    }
}

extension SizingStage {
    /// Reads a stage, refusing an unknown name with the accepted ones.
    /// - Throws: `DaegaError.unknownSizingStage` at `location`.
    public static func parse(_ text: String, at location: InputLocation) throws -> SizingStage {
        guard let stage = SizingStage(spelling: text) else {
            throw DaegaError(.unknownSizingStage, at: location, "알 수 없는 단계 '\(text)'", expected: acceptedSpellings)
        }
        return stage
    }
}

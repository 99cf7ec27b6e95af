import DaegaEngine

/// Range settings from a project's `[range]` section or from `--range`, `--stage`, `--samples`, `--seed`.
///
/// ```toml
/// [range]
/// stage = "tender"   # omitted: the size is taken as exact
/// samples = 1000
/// seed = 2026
/// ```
public struct RangeInput: Sendable, Equatable {
    /// The settings.
    public var settings = RangeSettings()
    /// Where each field was given, for error messages.
    public var locations: [String: InputLocation] = [:]

    /// Creates default settings (exact size, 1,000 samples, seed 2026).
    public init() {}

    /// The keys a `[range]` section takes.
    public static let keys = "stage, samples, seed"

    /// Reads a `[range]` section.
    /// - Throws: `DaegaError` at the key's position for an unknown stage or a bad sample count or seed.
    public static func read(_ section: inout TOMLTableReader) throws -> RangeInput {
        var input = RangeInput()
        if let value = try section.optionalValue("stage") {
            input.locations["stage"] = section.location(of: value)
            input.settings.stage = try SizingStage.parse(try section.string(from: value, key: "stage"), at: section.location(of: value))
        }
        if let value = try section.optionalValue("samples") {
            input.locations["samples"] = section.location(of: value)
            input.settings.samples = Int(try section.integer(from: value, key: "samples", in: Int64.min...Int64.max))
        }
        if let value = try section.optionalValue("seed") {
            input.locations["seed"] = section.location(of: value)
            input.settings.seed = UInt64(try section.integer(from: value, key: "seed", in: 0...Int64.max))
        }
        return input
    }

    /// Runs the simulation for `input`, relocating errors about the settings to where they were given.
    /// - Parameters:
    ///   - input: the point estimate's engine input.
    ///   - selection: the rate books (the sizing book is needed when a stage is set).
    ///   - budget: the budget to check every sample against, for `check`.
    /// - Throws: `DaegaError` at the flag or file position of the bad setting, or the engine's error.
    public func simulate(_ input: ProjectEstimateInput, selection: RateSelection,
                         budget: RangeSimulator.BudgetBasis? = nil) throws -> RangeResult {
        do {
            return try RangeSimulator.simulate(input, settings: settings,
                                               sizing: settings.stage == nil ? nil : try selection.sizingBook(), budget: budget)
        } catch let error as DaegaError {
            throw error.relocated { field in field.flatMap { locations[$0] } }
        }
    }
}

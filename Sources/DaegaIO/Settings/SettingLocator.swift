import DaegaEngine

/// Where a setting typed by a person came from, by the setting's one name (`ilf`, `direct-expenses`, `budget`):
/// the CLI places it at the flag `--NAME`, the web page at the form field `NAME`.
public struct SettingLocator: Sendable {
    /// Maps a setting's name to its location.
    public let locate: @Sendable (String) -> InputLocation

    /// Creates a locator from a mapping.
    public init(_ locate: @escaping @Sendable (String) -> InputLocation) { self.locate = locate }

    /// Settings given as command-line flags: `ilf` is at `--ilf`.
    public static let flags = SettingLocator { .flag("--" + $0) }

    /// Settings given as form fields: `ilf` is the field `ilf`.
    public static let formFields = SettingLocator { .field($0) }

    /// The location of the setting `name`.
    public func callAsFunction(_ name: String) -> InputLocation { locate(name) }

    /// The location of settings given together (`--ilf/--eif/…`), placed like the first of them.
    public func group(_ names: [String]) -> InputLocation {
        let text = names.map { locate($0).description }.joined(separator: "/")
        if case .flag = locate(names[0]) { return .flag(text) }
        return .field(text)
    }
}

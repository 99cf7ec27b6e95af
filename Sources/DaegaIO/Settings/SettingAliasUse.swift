import DaegaEngine

/// An old spelling of a setting found in a project file (`overhead_rate` for `overhead_percent`): it is read as the
/// setting, and the reader says so in a one-line note.
public struct SettingAliasUse: Sendable, Equatable {
    /// The spelling as written.
    public let spelling: String
    /// The setting it stands for.
    public let setting: SettingName
    /// Where it was written.
    public let location: InputLocation

    /// The note a reader prints: `path:line:column: note: …`.
    public var note: String {
        "\(location): note: \(spelling)은(는) \(setting.name)의 옛 이름입니다: \(setting.name)(으)로 읽었습니다 (expected: \(setting.name) = …)"
    }
}

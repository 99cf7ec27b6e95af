import ArgumentParser
import DaegaIO

extension NameSpecification {
    /// A setting's flag from the one table of names (`--overhead-percent`), with its old spellings (`--overhead-rate`)
    /// still accepted.
    static func setting(_ setting: SettingName) -> NameSpecification {
        NameSpecification(([setting.flag] + setting.flagAliases).map { Element.customLong($0) })
    }
}

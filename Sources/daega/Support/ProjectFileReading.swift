import DaegaCommandLine
import DaegaEngine
import DaegaIO
import Foundation

extension ProjectFile {
    /// Reads a project file as `read` does and says on standard error what was assumed (a missing
    /// `format_version` is taken as 1; an old spelling of a setting is read as the setting), so the output itself
    /// stays as a script expects.
    /// - Throws: `DaegaError` naming `path:line:column`.
    static func readSayingAssumptions(_ path: String) throws -> ProjectFile {
        let file = try read(path)
        if file.formatVersionAssumed {
            StandardStreams.error("daega: \(path): note: format_version이 없어 1로 봅니다 (expected: format_version = 1)\n")
        }
        for alias in file.aliasesUsed { FileHandle.standardError.write(Data("daega: \(alias.note)\n".utf8)) }
        return file
    }
}

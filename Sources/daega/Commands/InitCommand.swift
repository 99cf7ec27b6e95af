import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import Foundation

/// `daega init`: writes a commented Korean project file to start from, never over an existing file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "새 프로젝트 파일 만들기: 모든 절, 단위, 받는 값을 한글 설명과 함께 (있는 파일은 덮어쓰지 않음)",
        discussion: """
            예: daega init                 (project.toml)
                daega init 민원시스템.toml
            만든 파일은 그대로 실행됩니다: daega check 민원시스템.toml
            """)

    @Argument(help: ArgumentHelp("만들 프로젝트 파일", valueName: "file"))
    var file: String = "project.toml"

    func run() throws {
        try reportingErrors {
            try Self.create(file, contents: ProjectTemplate.text)
            return "프로젝트 파일을 만들었습니다: \(file)\n값을 고친 뒤 실행하세요: daega check \(file)\n"
        }
    }

    /// Creates `path` with `contents`, failing if anything is already there (the check and the creation are one
    /// system call, so a file made meanwhile is not overwritten either).
    /// - Throws: `DaegaError.projectFileExists`, or `.outputFailed` when it cannot be written.
    static func create(_ path: String, contents: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            let reason = errno
            if reason == EEXIST {
                throw DaegaError(.projectFileExists, at: .file(path: path, line: nil, column: nil), "파일이 이미 있어 덮어쓰지 않습니다",
                                 expected: "없는 파일 이름 (예: daega init 새사업.toml)")
            }
            throw DaegaError(.outputFailed, at: .file(path: path, line: nil, column: nil),
                             "파일을 만들 수 없습니다 (\(String(cString: strerror(reason))))", expected: "쓸 수 있는 폴더의 새 파일 이름")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(contents.utf8))
            try handle.close()
        } catch {
            unlink(path)
            throw DaegaError(.outputFailed, at: .file(path: path, line: nil, column: nil), "파일을 쓰지 못했습니다 (\(error))",
                             expected: "남은 공간이 있는 쓸 수 있는 폴더")
        }
    }
}

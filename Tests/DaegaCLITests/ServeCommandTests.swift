import DaegaTestSupport
import Foundation
import Testing

/// `daega serve` checks its options itself, then becomes `daega-web` beside it, passing the arguments on.
@Suite struct ServeCommandTests {
    /// A fresh folder holding a copy of the built `daega` and nothing else.
    static func loneDaega() throws -> String {
        let folder = FileManager.default.temporaryDirectory.path + "/daega-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CommandLineRun.executable, toPath: folder + "/daega")
        return folder
    }

    @Test func anotherHostIsRefusedBeforeTheWebProgramRuns() throws {
        let run = try CommandLineRun.daega(["serve", "--host", "10.0.0.1"])
        #expect(run.status == 64)
        #expect(run.standardError.hasPrefix("daega: --host: error: '10.0.0.1'에서는 열 수 없습니다"), "\(run.standardError)")
        #expect(run.standardError.hasSuffix("[E430]\n"), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }

    @Test func missingWebProgramSaysHowToGetIt() throws {
        let folder = try Self.loneDaega()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.run(folder + "/daega", ["serve", "--as-of", "2026-12-06"])
        #expect(run.status == 66)
        let name = URL(fileURLWithPath: folder).lastPathComponent
        #expect(run.standardError.contains("/\(name)/daega-web: error: 웹 페이지 프로그램 daega-web이(가) 없습니다"),
                "\(run.standardError)")
        #expect(run.standardError.contains("swift build --product daega-web") && run.standardError.contains("scripts/install.sh"))
        #expect(run.standardError.hasSuffix("[E401]\n"), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }

    @Test func webProgramGetsTheArgumentsAfterServe() throws {
        let folder = try Self.loneDaega()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "#!/bin/sh\necho \"$0|$*\"\n".write(toFile: folder + "/daega-web", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/daega-web")
        let run = try CommandLineRun.run(folder + "/daega", ["serve", "--port", "8080", "--as-of", "2026-12-06", "--open"])
        #expect(run.status == 0, "\(run.standardError)")
        let name = URL(fileURLWithPath: folder).lastPathComponent
        #expect(run.standardOutput.hasSuffix("/\(name)/daega-web|--port 8080 --as-of 2026-12-06 --open\n"), "\(run.standardOutput)")
    }
}

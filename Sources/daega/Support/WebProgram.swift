import DaegaEngine
import Foundation

/// The web page's own program, `daega-web`, built and installed beside `daega`: only it links the HTTP server and
/// Foundation's networking libraries, so every other command starts without loading them.
enum WebProgram {
    /// The program's file name.
    static let name = "daega-web"

    /// The folder of the running `daega` (symbolic links resolved), where `daega-web` belongs.
    static var folder: String {
        #if os(Linux)
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        #else
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
        return URL(fileURLWithPath: path).deletingLastPathComponent().path
    }

    /// Replaces this process with `daega-web` beside it, passing `arguments` on; returns only by throwing.
    /// - Throws: `DaegaError.fileNotFound` naming the expected path and how to build or install the program when it is
    ///   missing or cannot be run.
    static func replaceProcess(arguments: [String]) throws -> Never {
        let path = folder + "/" + name
        var reason = "없습니다"
        if FileManager.default.isExecutableFile(atPath: path) {
            let argv = ([path] + arguments).map { strdup($0) } + [nil]
            execv(path, argv)
            reason = "실행할 수 없습니다 (\(String(cString: strerror(errno))))"
            argv.forEach { free($0) }
        }
        throw DaegaError(.fileNotFound, at: .file(path: path, line: nil, column: nil),
                         "웹 페이지 프로그램 \(name)이(가) \(reason): daega serve는 daega와 같은 폴더의 \(name)을(를) 실행합니다",
                         expected: "daega 옆의 \(name): 저장소에서는 swift build --product \(name) (또는 swift build), 설치본은 scripts/install.sh로 다시 설치")
    }
}

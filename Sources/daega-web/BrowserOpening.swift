import Foundation

/// Opening the page in the desktop's browser (`--open`).
enum BrowserOpening {
    /// Opens `url` in the desktop's browser (`xdg-open` on Linux, `open` on macOS); says so when there is none.
    static func open(_ url: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        #endif
        do { try process.run() } catch {
            FileHandle.standardError.write(Data("daega: 브라우저를 열지 못했습니다. 주소를 브라우저에 직접 붙여 넣으세요: \(url)\n".utf8))
        }
    }
}

import DaegaEngine
import Foundation

/// Prints an HTML document to PDF with an installed headless Chromium (daega itself carries no browser).
struct ChromiumPrinter {
    /// The names Chromium's executable goes by, searched on `PATH` in this order.
    static let executableNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser's executable.
    let executable: String

    /// Finds the browser: `--chromium` when given, else `$DAEGA_CHROMIUM`, else the first of `executableNames` on `PATH`.
    /// - Throws: `pdfPrinterMissing`, naming `--chromium` and saying how to install one, when none is found.
    init(explicit: String?, environment: [String: String]) throws(DaegaError) {
        let candidates: [String]
        if let given = explicit ?? environment["DAEGA_CHROMIUM"] {
            candidates = [given]
        } else {
            let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
            candidates = Self.executableNames.flatMap { name in folders.map { ($0 as NSString).appendingPathComponent(name) } }
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw DaegaError(.pdfPrinterMissing, at: .flag("--chromium"),
                             explicit.map { "Chromium 실행 파일 '\($0)'이 없거나 실행할 수 없습니다" }
                                 ?? "PDF를 인쇄할 headless Chromium을 찾지 못했습니다 (PATH의 \(Self.executableNames.joined(separator: ", ")))",
                             expected: "Chromium 설치 (Debian/Ubuntu: sudo apt-get install chromium fonts-nanum) 또는 --chromium 경로; 없으면 -o memo.html로 만든 뒤 브라우저에서 PDF로 인쇄")
        }
        executable = found
    }

    /// The PDF of `html`: written to a temporary folder, printed there, read back, and the folder removed.
    /// - Throws: `pdfPrintFailed` with the browser's exit status and last error line when it does not produce a PDF.
    func pdf(of html: String) throws(DaegaError) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("memo.html"), pdf = folder.appendingPathComponent("memo.pdf")
        let profile = folder.appendingPathComponent("profile")
        let failure = { (reason: String) in
            DaegaError(.pdfPrintFailed, at: .flag("--chromium"), "Chromium(\(executable))이 PDF를 만들지 못했습니다: \(reason)",
                       expected: "headless 인쇄가 되는 Chromium (chromium --headless --print-to-pdf), 또는 -o memo.html로 만든 뒤 브라우저에서 인쇄")
        }
        do {
            try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
        } catch {
            throw failure("임시 폴더 \(folder.path)에 쓸 수 없음")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(profile.path)", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw failure("실행할 수 없음 (\(error.localizedDescription))")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lastLine = message.split(separator: "\n").last.map { ": \($0)" } ?? ""
        guard process.terminationStatus == 0 else { throw failure("종료 상태 \(process.terminationStatus)\(lastLine)") }
        guard let bytes = FileManager.default.contents(atPath: pdf.path), bytes.starts(with: Data("%PDF-".utf8)) else {
            throw failure("PDF 파일이 생기지 않음\(lastLine)")
        }
        return bytes
    }
}

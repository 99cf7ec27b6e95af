import DaegaEngine
import Foundation

/// Every rate book found under one `rates/` folder.
public struct RateLibrary: Sendable {
    /// The folder the books were read from.
    public let directory: String
    /// The guide editions.
    public let guides: GuideEditionCatalog
    /// The tender and contract rule sets.
    public let procurement: EffectiveDatedCatalog<ProcurementRuleBook>
    /// The files read, relative to `directory`, in the order read.
    public let files: [String]
    /// The SW기술자 평균임금 tables (`wages/`).
    public let wages: EffectiveDatedCatalog<WageTable>
    /// The 적정 사업기간 productivity tables (`duration/`).
    public let durations: EffectiveDatedCatalog<ProductivityBands>
    /// The early-sizing reference figures (`sizing/`).
    public let sizing: EffectiveDatedCatalog<SizingBook>
    /// The texts the books were parsed from, for ``replica()``.
    private let texts: [BookText]

    /// The environment variable that names the rates folder.
    public static let environmentVariable = "DAEGA_RATES"

    /// Finds the rates folder: `explicit` (the `--rates` flag), then `$DAEGA_RATES`, then `./rates`,
    /// then a `rates` folder beside the executable or in any of its parent folders (so `swift run` finds
    /// the repository's `rates/`).
    /// - Throws: `DaegaError.ratesNotFound` listing every place tried.
    public static func locate(explicit: String?, environment: [String: String], executablePath: String,
                              currentDirectory: String) throws -> String {
        if let explicit {
            guard isRatesFolder(explicit) else {
                throw DaegaError(.ratesNotFound, at: .flag("--rates"), "'\(explicit)'에 요율표 폴더(guide/)가 없습니다",
                                 expected: "guide/ 하위 폴더가 있는 rates 폴더")
            }
            return explicit
        }
        var tried: [String] = []
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            if isRatesFolder(fromEnvironment) { return fromEnvironment }
            tried.append("$\(environmentVariable)=\(fromEnvironment)")
        }
        let local = (currentDirectory as NSString).appendingPathComponent("rates")
        if isRatesFolder(local) { return local }
        tried.append(local)
        var folder = ((executablePath as NSString).resolvingSymlinksInPath as NSString).deletingLastPathComponent
        for _ in 0..<8 where folder != "/" && !folder.isEmpty {
            let candidate = (folder as NSString).appendingPathComponent("rates")
            if isRatesFolder(candidate) { return candidate }
            tried.append(candidate)
            folder = (folder as NSString).deletingLastPathComponent
        }
        throw DaegaError(.ratesNotFound, "요율표 폴더를 찾지 못했습니다 (찾아본 곳: \(tried.joined(separator: ", ")))",
                         expected: "--rates 폴더 지정, \(environmentVariable) 환경 변수, 또는 현재 폴더의 rates/")
    }

    static func isRatesFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let guide = (path as NSString).appendingPathComponent(GuideEdition.folder)
        return FileManager.default.fileExists(atPath: guide, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Loads and validates every book under `directory`.
    /// - Throws: `DaegaError` for the first invalid book or a file named for another year.
    public static func load(from directory: String) throws -> RateLibrary {
        var texts: [BookText] = []
        for folder in [GuideEdition.folder, ProcurementRuleBook.folder, WageTable.folder, ProductivityBands.folder, SizingBook.folder] {
            for (relative, path) in try bookFiles(in: directory, folder: folder) {
                texts.append(BookText(relative: relative, path: path, text: try TextFile.readUTF8(path)))
            }
        }
        return try parse(texts, directory: directory)
    }

    /// The same books parsed again from the texts read by ``load(from:)``, without touching the disk: values equal
    /// to this library's that share no storage with it, so a worker thread can use them without contending for the
    /// reference counts of another thread's copies.
    /// - Throws: never in practice (the texts parsed once already); a `DaegaError` from the readers otherwise.
    public func replica() throws -> RateLibrary {
        try Self.parse(texts.map { BookText(relative: $0.relative.unshared, path: $0.path.unshared, text: $0.text.unshared) },
                       directory: directory.unshared)
    }

    /// A rate book file's text and where it was read.
    struct BookText: Sendable {
        let relative: String, path: String, text: String
    }

    private static func parse(_ texts: [BookText], directory: String) throws -> RateLibrary {
        var files: [String] = []
        let guides = try parseBooks(texts, files: &files, read: GuideBookReader.read)
        guard !guides.isEmpty else {
            throw DaegaError(.ratesNotFound, at: .file(path: directory, line: nil, column: nil),
                             "guide/ 폴더에 요율표(.toml)가 없습니다", expected: "guide/YEAR.toml 파일 하나 이상")
        }
        let procurement = try parseBooks(texts, files: &files, read: ProcurementBookReader.read)
        let wages = try parseBooks(texts, files: &files, read: WageBookReader.read)
        let durations = try parseBooks(texts, files: &files, read: DurationBookReader.read)
        let sizing = try parseBooks(texts, files: &files, read: SizingBookReader.read)
        return RateLibrary(directory: directory, guides: GuideEditionCatalog(guides),
                           procurement: EffectiveDatedCatalog(procurement), files: files,
                           wages: EffectiveDatedCatalog(wages), durations: EffectiveDatedCatalog(durations),
                           sizing: EffectiveDatedCatalog(sizing), texts: texts)
    }

    /// Parses every book of one kind from its folder's texts; a file must be named for its year, so years cannot repeat.
    static func parseBooks<Book: EffectiveDated>(_ texts: [BookText], files: inout [String],
                                                read: (String, String) throws -> Book) throws -> [Book] {
        var books: [Book] = []
        for text in texts where text.relative.hasPrefix(Book.folder + "/") {
            let book = try read(text.text, text.path)
            try checkFileName(text.relative, path: text.path, edition: book.year)
            books.append(book)
            files.append(text.relative)
        }
        return books
    }

    /// The `.toml` files of one folder, sorted by name, as (relative path, full path).
    static func bookFiles(in directory: String, folder: String) throws -> [(String, String)] {
        let path = (directory as NSString).appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        return names.filter { $0.hasSuffix(".toml") }.sorted().map {
            ("\(folder)/\($0)", (path as NSString).appendingPathComponent($0))
        }
    }

    /// A book must be named for its edition (`2020.toml` holds edition 2020), so a copied file cannot shadow another.
    static func checkFileName(_ relative: String, path: String, edition: Int) throws {
        let stem = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
        guard stem == String(edition) else {
            throw DaegaError(.rateBookBadValue, at: .file(path: path, line: nil, column: nil),
                             "파일 이름 '\(stem)'과 edition = \(edition)이 다릅니다", expected: "\(edition).toml")
        }
    }
}

extension RateLibrary {
    /// The days the books cover: from the oldest guide edition to the last day of the newest wage table.
    public var coveredPeriod: (first: CalendarDate, last: CalendarDate)? {
        guard let first = guides.books.first?.effectiveFrom, let last = wages.books.last?.effectiveTo else { return nil }
        return (first, last)
    }

    /// Every book's figures for listing, oldest edition first.
    public var summaries: [RateBookSummary] {
        Self.closingEach(guides.books.map(\.summary)) + wages.books.map(\.summary) + Self.closingEach(durations.books.map(\.summary))
            + procurement.books.map(\.summary) + Self.closingEach(sizing.books.map(\.summary))
    }

    /// Books of one kind, oldest first, each ending the day before the next one took effect.
    static func closingEach(_ summaries: [RateBookSummary]) -> [RateBookSummary] {
        var closed = summaries
        for index in closed.indices.dropLast() where closed[index].effectiveTo == nil {
            closed[index].effectiveTo = closed[index + 1].effectiveFrom.previousDay
        }
        return closed
    }
}

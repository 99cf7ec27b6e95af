import DaegaEngine
import Foundation

/// Every rate book found under one `rates/` folder.
///
/// Opening the folder reads every file and its header; a book's figures are parsed and validated the first time a
/// command asks for it (``RateShelf``), so a command that uses one guide edition does not parse the others.
/// ``load(from:)`` also validates every book, for listing and checking them.
public struct RateLibrary: Sendable {
    /// The folder the books were read from.
    public let directory: String
    /// The guide editions.
    public let guides: RateShelf<GuideEdition>
    /// The tender and contract rule sets.
    public let procurement: RateShelf<ProcurementRuleBook>
    /// The SW기술자 평균임금 tables (`wages/`).
    public let wages: RateShelf<WageTable>
    /// The 적정 사업기간 productivity tables (`duration/`).
    public let durations: RateShelf<ProductivityBands>
    /// The early-sizing reference figures (`sizing/`).
    public let sizing: RateShelf<SizingBook>
    /// The texts the books are parsed from, for ``replica()``.
    private let texts: [BookText]

    /// The files read, relative to `directory`: guide, procurement, wage, duration and sizing books, each kind in name order.
    public var files: [String] { guides.files + procurement.files + wages.files + durations.files + sizing.files }

    /// The environment variable that names the rates folder.
    public static let environmentVariable = "DAEGA_RATES"

    /// Finds the rates folder: `explicit` (the `--rates` flag), then `$DAEGA_RATES`, then `./rates`,
    /// then a `rates` folder beside the executable or in any of its parent folders (so `swift run` finds
    /// the repository's `rates/`), or `share/daega/rates` under one of them (where `scripts/install.sh PREFIX` puts
    /// the books beside `PREFIX/bin/daega`).
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
            for candidate in [(folder as NSString).appendingPathComponent("rates"), (folder as NSString).appendingPathComponent(installedFolder)] {
                if isRatesFolder(candidate) { return candidate }
                tried.append(candidate)
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        throw DaegaError(.ratesNotFound, "요율표 폴더를 찾지 못했습니다 (찾아본 곳: \(tried.joined(separator: ", ")))",
                         expected: "--rates 폴더 지정, \(environmentVariable) 환경 변수, 또는 현재 폴더의 rates/")
    }

    /// Where an installation keeps the books, relative to its prefix (`PREFIX/share/daega/rates`).
    public static let installedFolder = "share/daega/rates"

    static func isRatesFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let guide = (path as NSString).appendingPathComponent(GuideEdition.folder)
        return FileManager.default.fileExists(atPath: guide, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Reads every book under `directory` and its header; each book is parsed when first used.
    /// - Throws: `DaegaError` for a file that cannot be read, a header that cannot be read, a file named for another
    ///   year, or an empty `guide/` folder.
    public static func open(from directory: String) throws -> RateLibrary {
        var texts: [BookText] = []
        for folder in [GuideEdition.folder, ProcurementRuleBook.folder, WageTable.folder, ProductivityBands.folder, SizingBook.folder] {
            for (relative, path) in try bookFiles(in: directory, folder: folder) {
                texts.append(BookText(relative: relative, path: path, text: try TextFile.readUTF8(path)))
            }
        }
        return try RateLibrary(texts, directory: directory)
    }

    /// Reads and validates every book under `directory`.
    /// - Throws: `DaegaError` for the first invalid book or a file named for another year.
    public static func load(from directory: String) throws -> RateLibrary {
        let library = try open(from: directory)
        try library.validate()
        return library
    }

    /// Parses every book not parsed yet.
    /// - Throws: `DaegaError` for the first malformed book: guide editions first, then rule sets, wage tables,
    ///   productivity tables and sizing figures.
    public func validate() throws {
        _ = try guides.catalog()
        _ = try procurement.catalog()
        _ = try wages.catalog()
        _ = try durations.catalog()
        _ = try sizing.catalog()
    }

    /// The same books read again from the texts read by ``open(from:)``, without touching the disk: a library that
    /// shares no storage with this one and parses each book on its first use, so a worker thread can use it without
    /// contending for the reference counts of another thread's copies.
    /// - Throws: never in practice (the headers were read once already); a `DaegaError` from the readers otherwise.
    public func replica() throws -> RateLibrary {
        try RateLibrary(texts.map { BookText(relative: $0.relative.unshared, path: $0.path.unshared, text: $0.text.unshared) },
                        directory: directory.unshared)
    }

    /// A rate book file's text and where it was read.
    struct BookText: Sendable {
        let relative: String, path: String, text: String
    }

    private init(_ texts: [BookText], directory: String) throws {
        guides = try RateShelf(texts, kind: "guide", read: GuideBookReader.read)
        guard !guides.entries.isEmpty else {
            throw DaegaError(.ratesNotFound, at: .file(path: directory, line: nil, column: nil),
                             "guide/ 폴더에 요율표(.toml)가 없습니다", expected: "guide/YEAR.toml 파일 하나 이상")
        }
        procurement = try RateShelf(texts, kind: "procurement", read: ProcurementBookReader.read)
        wages = try RateShelf(texts, kind: "wages", read: WageBookReader.read)
        durations = try RateShelf(texts, kind: "duration", read: DurationBookReader.read)
        sizing = try RateShelf(texts, kind: "sizing", read: SizingBookReader.read)
        self.directory = directory
        self.texts = texts
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
    /// - Throws: `DaegaError` when the newest wage table is malformed.
    public var coveredPeriod: (first: CalendarDate, last: CalendarDate)? {
        get throws {
            guard let first = guides.entries.first?.header.effectiveFrom, let last = try wages.newest()?.effectiveTo else { return nil }
            return (first, last)
        }
    }

    /// Every book's figures for listing, oldest edition first.
    /// - Throws: `DaegaError` for the first malformed book.
    public var summaries: [RateBookSummary] {
        get throws {
            let guideSummaries = Self.closingEach(try guides.books.map(\.summary))
            let wageSummaries = try wages.books.map(\.summary)
            let durationSummaries = Self.closingEach(try durations.books.map(\.summary))
            let procurementSummaries = try procurement.books.map(\.summary)
            return guideSummaries + wageSummaries + durationSummaries + procurementSummaries + Self.closingEach(try sizing.books.map(\.summary))
        }
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

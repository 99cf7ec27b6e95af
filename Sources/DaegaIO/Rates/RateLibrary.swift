import DaegaEngine
import Foundation

/// Every rate book found under one `rates/` folder.
public struct RateLibrary: Sendable {
    /// The folder the books were read from.
    public let directory: String
    /// The guide editions.
    public let guides: GuideEditionCatalog
    /// The files read, relative to `directory`, in the order read.
    public internal(set) var files: [String]
    /// The SW기술자 평균임금 tables (`wages/`).
    public internal(set) var wages = DatedRateBookCatalog<WageTable>([], noun: "SW기술자 평균임금표", missingCode: .unknownWageYear, field: "wage_year")
    /// The 적정 사업기간 productivity tables (`duration/`).
    public internal(set) var durations = DatedRateBookCatalog<ProductivityBands>([], noun: "적정 사업기간 생산성 표", missingCode: .ratesNotFound, field: "duration")

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
        let guide = (path as NSString).appendingPathComponent(GuideBookReader.folder)
        return FileManager.default.fileExists(atPath: guide, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Loads and validates every book under `directory`.
    /// - Throws: `DaegaError` for the first invalid book, a file named for another edition, or a duplicate edition.
    public static func load(from directory: String) throws -> RateLibrary {
        var files: [String] = []
        var guides: [GuideEdition] = []
        for (relative, path) in try bookFiles(in: directory, folder: GuideBookReader.folder) {
            let edition = try GuideBookReader.read(try TextFile.readUTF8(path), path: path)
            try checkFileName(relative, path: path, edition: edition.year)
            if guides.contains(where: { $0.year == edition.year }) {
                throw DaegaError(.rateBookDuplicate, at: .file(path: path, line: nil, column: nil),
                                 "가이드 \(edition.year)년판이 두 파일에 있습니다", expected: "판마다 파일 하나")
            }
            guides.append(edition)
            files.append(relative)
        }
        guard !guides.isEmpty else {
            throw DaegaError(.ratesNotFound, at: .file(path: directory, line: nil, column: nil),
                             "guide/ 폴더에 요율표(.toml)가 없습니다", expected: "guide/YEAR.toml 파일 하나 이상")
        }
        var library = RateLibrary(directory: directory, guides: GuideEditionCatalog(guides), files: files)
        try library.loadDatedBooks()
        return library
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
    /// Every book's figures for listing, oldest edition first.
    public var summaries: [RateBookSummary] {
        guides.editions.map(\.summary) + wages.books.map(\.summary) + durations.books.map(\.summary)
    }
}

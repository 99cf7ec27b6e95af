import DaegaEngine
import Foundation
import ZIPFoundation

/// An xlsx or xlsm workbook opened for reading: its sheet names, and each sheet's cells on request. The file is
/// read into memory once and never opened for writing; macros are never run.
public struct WorkbookFile {
    /// The largest workbook file read.
    public static let maximumFileBytes = 64 * 1024 * 1024
    /// The largest unzipped part read (a sheet's XML, the shared strings).
    public static let maximumPartBytes = 256 * 1024 * 1024

    /// The file, as named by the user.
    public let path: String
    /// The sheets' tab names in order.
    public let sheetNames: [String]
    private let archive: Archive
    private let sheetParts: [String: String]
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>

    /// Whether `path` names a workbook daega reads (`.xlsx` or `.xlsm`, any case).
    public static func isWorkbookPath(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm")
    }

    /// Opens a workbook.
    /// - Throws: `fileNotFound`/`fileUnreadable`; `workbookEncrypted` for a password-protected or .xls file;
    ///   `workbookCorrupt` for a file that is not a ZIP or lacks the workbook part; `workbookTooLarge` past the limits.
    public init(contentsOf path: String) throws(DaegaError) {
        self.path = path
        let bytes = try Self.readFile(path)
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            let encrypted = bytes.range(of: Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil
            throw DaegaError(.workbookEncrypted, at: .file(path: path, line: nil, column: nil),
                             encrypted ? "암호가 걸린 통합문서는 읽을 수 없습니다" : "Excel 97-2003(.xls) 형식 파일입니다",
                             expected: encrypted ? "Excel에서 암호를 해제하고(파일 → 정보 → 통합 문서 보호) 다시 저장한 .xlsx"
                                                 : "Excel에서 'Excel 통합 문서(.xlsx)'로 다시 저장한 파일")
        }
        do {
            archive = try Archive(data: bytes, accessMode: .read)
        } catch {
            throw Self.corrupt(path, "ZIP 형식이 아닙니다")
        }
        guard let workbookXML = try Self.part("xl/workbook.xml", in: archive, path: path) else {
            throw Self.corrupt(path, "xl/workbook.xml이 없습니다")
        }
        let sheets = try SpreadsheetMLParts.sheets(workbookXML, path: path)
        let relationships = try Self.part("xl/_rels/workbook.xml.rels", in: archive, path: path)
            .map { (bytes) throws(DaegaError) in try SpreadsheetMLParts.relationships(bytes, base: "xl/", path: path) } ?? [:]
        var parts: [String: String] = [:]
        for sheet in sheets {
            parts[sheet.name] = relationships[sheet.relationship]
        }
        sheetNames = sheets.map(\.name)
        sheetParts = parts
        sharedStrings = try Self.part("xl/sharedStrings.xml", in: archive, path: path)
            .map { (bytes) throws(DaegaError) in try SpreadsheetMLParts.sharedStrings(bytes, path: path) } ?? []
        dateStyles = try Self.part("xl/styles.xml", in: archive, path: path)
            .map { (bytes) throws(DaegaError) in try SpreadsheetMLParts.dateStyles(bytes, path: path) } ?? []
    }

    /// The sheet named `name`.
    /// - Throws: `workbookSheetNotFound` listing the sheets there are; `workbookCorrupt` or `workbookTooLarge`.
    public func sheet(named name: String) throws(DaegaError) -> Worksheet {
        guard sheetNames.contains(name) else {
            throw DaegaError(.workbookSheetNotFound, at: .file(path: path, line: nil, column: nil),
                             "시트 '\(name)'이(가) 없습니다. 있는 시트: \(sheetList)", expected: "있는 시트 중 하나")
        }
        guard let part = sheetParts[name], let bytes = try Self.part(part, in: archive, path: path) else {
            throw Self.corrupt(path, "시트 '\(name)'의 부분이 없습니다")
        }
        return try SpreadsheetMLParts.worksheet(bytes, name: name, part: part, sharedStrings: sharedStrings,
                                                dateStyles: dateStyles, path: path)
    }

    /// The sheet names quoted and joined, for messages.
    public var sheetList: String { sheetNames.isEmpty ? "(없음)" : sheetNames.map { "'\($0)'" }.joined(separator: ", ") }

    private static func readFile(_ path: String) throws(DaegaError) -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DaegaError(.fileNotFound, at: .file(path: path, line: nil, column: nil), "파일이 없습니다", expected: "있는 .xlsx 파일 경로")
        }
        guard !isFolder.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw DaegaError(.fileUnreadable, at: .file(path: path, line: nil, column: nil), "파일을 읽을 수 없습니다 (폴더이거나 권한 없음)",
                             expected: "읽을 수 있는 .xlsx 파일")
        }
        defer { try? handle.close() }
        let bytes: Data
        do {
            bytes = try handle.read(upToCount: maximumFileBytes + 1) ?? Data()
        } catch {
            throw DaegaError(.fileUnreadable, at: .file(path: path, line: nil, column: nil), "파일을 읽지 못했습니다: \(error.localizedDescription)",
                             expected: "읽을 수 있는 .xlsx 파일")
        }
        guard bytes.count <= maximumFileBytes else {
            throw DaegaError(.workbookTooLarge, at: .file(path: path, line: nil, column: nil),
                             "통합문서가 \(maximumFileBytes / 1024 / 1024) MiB를 넘습니다", expected: "\(maximumFileBytes / 1024 / 1024) MiB 이하의 파일")
        }
        return bytes
    }

    /// A part's bytes, or `nil` when the package has no such part.
    private static func part(_ name: String, in archive: Archive, path: String) throws(DaegaError) -> [UInt8]? {
        guard let entry = archive[name] else { return nil }
        guard entry.type == .file else { throw corrupt(path, "\(name)이(가) 파일이 아닙니다") }
        guard entry.uncompressedSize <= UInt64(maximumPartBytes) else { throw tooLargePart(name, path: path) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= maximumPartBytes else { throw PartTooLarge() }
                bytes.append(contentsOf: chunk)
            }
        } catch is PartTooLarge {
            throw tooLargePart(name, path: path)
        } catch {
            throw corrupt(path, "\(name)을(를) 풀 수 없습니다 (\(error))")
        }
        return bytes
    }

    private struct PartTooLarge: Error {}

    private static func tooLargePart(_ name: String, path: String) -> DaegaError {
        DaegaError(.workbookTooLarge, at: .file(path: path, line: nil, column: nil),
                   "통합문서의 \(name)이(가) 풀면 \(maximumPartBytes / 1024 / 1024) MiB를 넘습니다",
                   expected: "부분마다 \(maximumPartBytes / 1024 / 1024) MiB 이하의 통합문서")
    }

    private static func corrupt(_ path: String, _ what: String) -> DaegaError {
        DaegaError(.workbookCorrupt, at: .file(path: path, line: nil, column: nil), "통합문서가 손상되었습니다: \(what)",
                   expected: "Excel이나 LibreOffice로 다시 저장한 .xlsx")
    }
}

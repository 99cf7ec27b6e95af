import Foundation

/// A small spreadsheet document (sheets of typed cells) that ``SpreadsheetMLWriter`` turns into an xlsx file.
public struct Workbook: Sendable, Equatable {
    /// The sheets in tab order.
    public var sheets: [WorkbookSheet]

    /// Creates a workbook.
    public init(sheets: [WorkbookSheet] = []) { self.sheets = sheets }

    /// The xlsx file's bytes (the same workbook always gives the same bytes).
    /// - Throws: ZIPFoundation's error when the container cannot be built (not expected in memory).
    public func xlsxBytes() throws -> Data { try SpreadsheetMLWriter.package(self).archiveBytes() }
}

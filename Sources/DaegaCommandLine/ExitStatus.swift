import ArgumentParser
import DaegaEngine

/// Exit statuses scripts can rely on (BSD sysexits where one fits).
public enum ExitStatus {
    /// A check found risk at or above `--fail-on`.
    public static let riskFound: Int32 = 1
    /// Some rows of a batch failed; the rest were written.
    public static let rowsFailed: Int32 = 2
    /// Bad command-line usage.
    public static let usage: Int32 = 64
    /// A value in the input was wrong.
    public static let dataError: Int32 = 65
    /// An input file does not exist.
    public static let noInput: Int32 = 66
    /// A program daega needs (headless Chromium for a PDF) is not installed.
    public static let unavailable: Int32 = 69
    /// A program daega ran failed.
    public static let software: Int32 = 70
    /// Output could not be created.
    public static let cannotCreate: Int32 = 73
    /// An input could not be read.
    public static let ioError: Int32 = 74
    /// A rate book is missing or invalid.
    public static let configuration: Int32 = 78

    /// The status for an error code (exhaustive, so a new code must choose one).
    public static func status(for code: ErrorCode) -> Int32 {
        switch code {
        case .fileNotFound: noInput
        case .fileUnreadable, .invalidEncoding, .workbookCorrupt, .workbookEncrypted, .workbookTooLarge: ioError
        case .outputFailed, .outputSameAsInput, .outputNotRegularFile, .outputReadOnly, .projectFileExists: cannotCreate
        case .serveAddressNotLoopback, .servePortUnavailable: usage
        case .pdfPrinterMissing: unavailable
        case .pdfPrintFailed: software
        case .unknownEdition, .rateBookSyntax, .rateBookUnknownKey, .rateBookMissingKey, .rateBookBadValue,
             .rateBookNewerFormat, .rateBookDuplicate, .ratesNotFound, .dateNotCovered, .methodNotInEdition,
             .maintenanceGradeNotInEdition, .unknownWageYear, .monthlyWageMissing: configuration
        case .conflictingInputs, .missingInput, .emptyStaffing, .maintenanceNothingToEstimate,
             .maintenanceProductPairing: usage
        case .maintenanceBasisMissing, .priceWeightsCaseMissing, .maintenanceSystemScaleMissing: usage
        case .unknownProductStatus, .unknownReviewCategory, .unknownPriceWeights, .unknownPriceWeightsCase: dataError
        case .notANumber, .valueOutOfRange, .unknownChoice, .amountOverflow, .inquiryWithoutFileReference,
             .emptyFunctionList, .profitAboveCap, .sizeOutOfRange, .csvSyntax, .csvMissingColumn, .csvDuplicateColumn,
             .csvFieldCount, .csvDuplicateRowID, .csvColumnNearMiss, .csvUnknownColumn, .csvUnencodableCell, .batchIDLimit,
             .projectSyntax, .projectUnknownKey, .projectPathInvalid, .functionListLimit, .maintenanceRating, .maintenanceGrade,
             .maintenancePeriod, .maintenanceBasisCount, .unknownJob, .nonPositiveEffort, .workbookSheetNotFound,
             .workbookCellType, .workbookHeaderNotFound: dataError
        case .redevelopmentChangeRate, .changeUnknownFunction, .changeAwardRatio, .changeDateBeforeContract,
             .changeConflictingRows: dataError
        case .sizingNothingToCount, .unknownRequirementKind, .unknownSizingStage, .sizingAbsurdCount, .rangeSettings: dataError
        }
    }
}

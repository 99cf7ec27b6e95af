import DaegaCommandLine
import DaegaEngine

/// One command line that triggers each error, run from the repository root. The error catalogue shows them and a
/// test runs every one, so the catalogue cannot drift from the code.
enum ErrorExamples {
    static let ratings = ["--frequency", "보통", "--users", "보통", "--importance", "보통", "--interfaces", "단순", "--recovery", "보통"]

    /// The exit status a user sees for `code`: a row error in `batch` ends the run with "some rows failed".
    static func exitStatus(for code: ErrorCode) -> Int32 {
        [.csvFieldCount, .csvDuplicateRowID, .csvUnencodableCell].contains(code) ? ExitStatus.rowsFailed : ExitStatus.status(for: code)
    }

    /// The arguments after `daega` that produce `code`.
    static func arguments(for code: ErrorCode) -> [String] {
        switch code {
        case .notANumber: ["fp", "--eq", "x"]
        case .valueOutOfRange: ["fp", "--fp", "85", "--integration", "6"]
        case .unknownChoice: ["fp", "--fp", "85", "--phases", "coding"]
        case .amountOverflow: ["fp", "--fp", "85", "--direct-expenses", "9223372036854775807"]
        case .missingInput: ["fp"]
        case .conflictingInputs: ["fp", "--fp", "85", "--ilf", "3"]
        case .inquiryWithoutFileReference: ["fp", "--functions", "docs/error-examples/eq-without-ftr.csv"]
        case .emptyFunctionList: ["fp", "--functions", "docs/error-examples/empty-function-list.csv"]
        case .profitAboveCap: ["fp", "--fp", "85", "--profit-percent", "30"]
        case .sizeOutOfRange: ["fp", "--fp", "1000000000000"]
        case .methodNotInEdition: ["fp", "--fp", "85", "--edition", "2020", "--phases", "analysis"]
        case .unknownEdition: ["fp", "--fp", "85", "--edition", "2016"]
        case .rateBookSyntax: ["rates", "--rates", "docs/error-examples/rates-syntax"]
        case .rateBookUnknownKey: ["rates", "--rates", "docs/error-examples/rates-unknown-key"]
        case .rateBookMissingKey: ["rates", "--rates", "docs/error-examples/rates-missing-key"]
        case .rateBookBadValue: ["rates", "--rates", "docs/error-examples/rates-bad-value"]
        case .rateBookNewerFormat: ["rates", "--rates", "docs/error-examples/rates-newer-format"]
        case .rateBookDuplicate: ["rates", "--rates", "docs/error-examples/rates-duplicate-job"]
        case .ratesNotFound: ["rates", "--rates", "docs/no-such-folder"]
        case .dateNotCovered: ["mm", "--staff", "특급기술자=3", "--as-of", "2011-12-31"]
        case .fileNotFound: ["fp", "samples/no-such-project.toml"]
        case .fileUnreadable: ["fp", "samples"]
        case .invalidEncoding: ["fp", "--functions", "docs/error-examples/invalid-encoding.csv"]
        case .outputFailed: ["batch", "samples/portfolio.csv", "-o", "docs/no-such-folder/out.csv"]
        case .outputSameAsInput: ["batch", "samples/portfolio.csv", "-o", "samples/portfolio.csv"]
        case .outputNotRegularFile: ["batch", "samples/portfolio.csv", "-o", "docs"]
        case .outputReadOnly: ["batch", "samples/portfolio.csv", "-o", "/proc/version"]
        case .serveAddressNotLoopback: ["serve", "--host", "0.0.0.0"]
        case .servePortUnavailable: ["serve", "--port", "65536"]
        case .batchIDLimit: ["batch", "docs/error-examples/long-id.csv", "-o", "docs/error-examples/out.csv"]
        case .csvSyntax: ["fp", "--functions", "docs/error-examples/unterminated-quote.csv"]
        case .csvMissingColumn: ["fp", "--functions", "docs/error-examples/missing-column.csv"]
        case .csvDuplicateColumn: ["fp", "--functions", "docs/error-examples/duplicate-column.csv"]
        case .csvFieldCount: ["batch", "docs/error-examples/field-count.csv", "-o", "docs/error-examples/out.csv"]
        case .csvDuplicateRowID: ["batch", "docs/error-examples/duplicate-id.csv", "-o", "docs/error-examples/out.csv"]
        case .csvColumnNearMiss: ["batch", "docs/error-examples/near-miss-column.csv", "-o", "docs/error-examples/out.csv"]
        case .csvUnknownColumn: ["batch", "samples/portfolio.csv", "-o", "docs/error-examples/out.csv", "--strict-columns"]
        case .csvUnencodableCell: ["batch", "docs/error-examples/emoji-name.csv", "-o", "docs/error-examples/out.csv", "--encoding", "cp949"]
        case .projectSyntax: ["fp", "docs/error-examples/project-syntax.toml"]
        case .projectUnknownKey: ["fp", "docs/error-examples/project-unknown-key.toml"]
        case .projectPathInvalid: ["fp", "docs/error-examples/project-empty-path.toml"]
        case .functionListLimit: ["fp", "--functions", "docs/error-examples/long-function-name.csv"]
        case .projectFileExists: ["init", "samples/scm.toml"]
        case .maintenanceRating: ["maintenance", "--basis", "1000", "--frequency", "가끔"]
        case .maintenanceGrade: ["maintenance", "--license", "100", "--grade", "6"]
        case .maintenanceGradeNotInEdition: ["maintenance", "--license", "1", "--grade", "3", "--edition", "2020"]
        case .maintenancePeriod: ["maintenance", "--basis", "100", "--months", "121"] + ratings
        case .maintenanceProductPairing: ["maintenance", "--license", "1", "--license", "2", "--grade", "1"]
        case .maintenanceBasisCount: ["maintenance", "--basis", "100", "--basis", "200", "--months", "36"] + ratings
        case .maintenanceNothingToEstimate: ["maintenance"]
        case .maintenanceBasisMissing: ["maintenance"] + ratings
        case .unknownProductStatus: ["check", "docs/error-examples/product-status.toml"]
        case .unknownReviewCategory: ["check", "docs/error-examples/review-category.toml"]
        case .unknownPriceWeights: ["price-score", "--weights", "70:30"]
        case .priceWeightsCaseMissing: ["price-score", "--weights", "80:20"]
        case .unknownPriceWeightsCase: ["price-score", "--weights", "80:20", "--weights-case", "긴급"]
        case .maintenanceSystemScaleMissing: ["check", "docs/error-examples/improvement-without-system.toml"]
        case .unknownJob: ["mm", "--staff", "우주비행사=3", "--wage-year", "2025"]
        case .nonPositiveEffort: ["mm", "--staff", "IT PM=0", "--wage-year", "2025"]
        case .unknownWageYear: ["mm", "--staff", "IT PM=3", "--wage-year", "2012"]
        case .monthlyWageMissing: ["mm", "--staff", "IT PM=3", "--wage-year", "2026"]
        case .emptyStaffing: ["mm", "--wage-year", "2025"]
        case .pdfPrinterMissing: ["memo", "samples/scm.toml", "-o", "memo.pdf", "--chromium", "docs/no-such-chromium"]
        case .pdfPrintFailed: ["memo", "samples/scm.toml", "-o", "memo.pdf", "--chromium", "/bin/false"]
        case .redevelopmentChangeRate: ["fp", "--functions", "docs/error-examples/changed-without-rate.csv"]
        case .workbookCorrupt: ["fp", "--functions", "docs/error-examples/not-a-zip.xlsx"]
        case .workbookEncrypted: ["fp", "--functions", "docs/error-examples/encrypted.xlsx"]
        case .workbookSheetNotFound: ["fp", "--functions", "samples/portfolio.xlsx"]
        case .workbookCellType: ["batch", "docs/error-examples/formula-budget.xlsx", "-o", "docs/error-examples/out.xlsx"]
        case .workbookTooLarge: ["fp", "--functions", "docs/error-examples/oversized-part.xlsx"]
        case .workbookHeaderNotFound: ["fp", "--functions", "docs/error-examples/no-header.xlsx"]
        case .changeUnknownFunction: ["change", "docs/error-examples/change-unknown-function.toml"]
        case .changeAwardRatio: ["change", "docs/error-examples/change-award-ratio.toml"]
        case .changeDateBeforeContract: ["change", "docs/error-examples/change-date-before-contract.toml"]
        case .changeConflictingRows: ["change", "docs/error-examples/change-deleted-and-changed.toml"]
        case .sizingNothingToCount: ["size", "--internal-data", "0"]
        case .unknownRequirementKind: ["size", "--requirements", "docs/error-examples/unknown-requirement-kind.csv"]
        case .unknownSizingStage: ["size", "--internal-data", "12", "--stage", "someday"]
        case .sizingAbsurdCount: ["size", "--internal-data", "20000"]
        case .rangeSettings: ["fp", "--fp", "85", "--range", "--samples", "0"]
        }
    }
}

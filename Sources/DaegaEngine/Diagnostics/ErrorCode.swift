/// Stable codes for every error daega reports; scripts and the error catalogue rely on them.
public enum ErrorCode: String, Sendable, CaseIterable, Codable {
    // Values
    case notANumber = "E101"
    case valueOutOfRange = "E102"
    case unknownChoice = "E103"
    case amountOverflow = "E104"
    case missingInput = "E105"
    case conflictingInputs = "E106"
    // Function points
    case inquiryWithoutFileReference = "E201"
    case emptyFunctionList = "E202"
    case profitAboveCap = "E203"
    case sizeOutOfRange = "E204"
    case methodNotInEdition = "E205"
    // Redevelopment in function lists
    case redevelopmentChangeRate = "E206"
    // Rate books
    case unknownEdition = "E301"
    case rateBookSyntax = "E302"
    case rateBookUnknownKey = "E303"
    case rateBookMissingKey = "E304"
    case rateBookBadValue = "E305"
    case rateBookNewerFormat = "E306"
    case rateBookDuplicate = "E307"
    case ratesNotFound = "E308"
    case dateNotCovered = "E309"
    // Files and encodings
    case fileNotFound = "E401"
    case fileUnreadable = "E402"
    case invalidEncoding = "E403"
    case outputFailed = "E404"
    case outputSameAsInput = "E405"
    case outputNotRegularFile = "E406"
    case outputReadOnly = "E407"
    // The local web page
    case serveAddressNotLoopback = "E430"
    case servePortUnavailable = "E431"
    // Batch limits
    case batchIDLimit = "E440"
    // CSV
    case csvSyntax = "E501"
    case csvMissingColumn = "E502"
    case csvDuplicateColumn = "E503"
    case csvFieldCount = "E504"
    case csvDuplicateRowID = "E505"
    case csvColumnNearMiss = "E506"
    case csvUnknownColumn = "E507"
    case csvUnencodableCell = "E508"
    // Project files
    case projectSyntax = "E601"
    case projectUnknownKey = "E602"
    case projectPathInvalid = "E603"
    case projectFileExists = "E606"
    case functionListLimit = "E607"
    // Maintenance
    case maintenanceRating = "E801"
    case maintenanceGrade = "E802"
    case maintenanceGradeNotInEdition = "E803"
    case maintenancePeriod = "E804"
    case maintenanceProductPairing = "E805"
    case maintenanceBasisCount = "E806"
    case maintenanceNothingToEstimate = "E807"
    case maintenanceBasisMissing = "E808"
    // Procurement inputs
    case unknownProductStatus = "E901"
    case unknownReviewCategory = "E902"
    case unknownPriceWeights = "E903"
    case priceWeightsCaseMissing = "E904"
    case unknownPriceWeightsCase = "E905"
    case maintenanceSystemScaleMissing = "E906"
    // Man-months
    case unknownJob = "E701"
    case nonPositiveEffort = "E702"
    case unknownWageYear = "E703"
    case monthlyWageMissing = "E704"
    case emptyStaffing = "E705"
    // Workbooks (xlsx, xlsm)
    case workbookCorrupt = "E920"
    case workbookEncrypted = "E921"
    case workbookSheetNotFound = "E922"
    case workbookCellType = "E923"
    case workbookTooLarge = "E924"
    case workbookHeaderNotFound = "E925"
    // Memo documents
    case pdfPrinterMissing = "E951"
    case pdfPrintFailed = "E952"
    // Contract changes
    case changeUnknownFunction = "E960"
    case changeAwardRatio = "E961"
    case changeDateBeforeContract = "E962"
    case changeConflictingRows = "E963"
    // Early sizing and ranges
    case sizingNothingToCount = "E980"
    case unknownRequirementKind = "E981"
    case unknownSizingStage = "E982"
    case sizingAbsurdCount = "E983"
    case rangeSettings = "E984"
}

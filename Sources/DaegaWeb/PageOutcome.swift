import DaegaEngine

/// What a page answers a valid form with: a result shown on the page, or a file to download.
enum PageOutcome: Sendable {
    /// A result page.
    case report(WebReport)
    /// A file the browser saves.
    case download(WebDownload)
}

/// A result as the page shows it: headline figures, the CLI's own report (산출 과정) and the rate books behind it.
struct WebReport: Sendable {
    /// The key figures, label and formatted value, taken from the engine's result.
    var headline: [(label: String, value: String)]
    /// The report the CLI prints for the same inputs: every step, rounding, note and UNCERTAIN figure.
    var process: String
    /// Every rate-book figure the result used, with its source and status.
    var rates: [RateReference]
}

/// A file answered to the browser.
public struct WebDownload: Sendable, Equatable {
    /// The name the browser saves it under.
    public var filename: String
    /// Its media type.
    public var contentType: String
    /// Its bytes.
    public var bytes: [UInt8]

    /// Creates a download.
    public init(filename: String, contentType: String, bytes: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.bytes = bytes
    }
}

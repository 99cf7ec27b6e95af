/// How much a request may carry: uploads are held in memory, so each kind of page has a ceiling.
public struct WebLimits: Sendable, Equatable {
    /// The largest body a project form (with a project file and a function list) may send.
    public var formBytes: Int
    /// The largest portfolio upload the batch page takes.
    public var batchBytes: Int
    /// The largest body `POST /api/…` takes.
    public var apiBytes: Int

    /// Creates limits.
    public init(formBytes: Int, batchBytes: Int, apiBytes: Int) {
        self.formBytes = formBytes
        self.batchBytes = batchBytes
        self.apiBytes = apiBytes
    }

    /// 4 MiB for a form, 32 MiB for a portfolio (about 150,000 rows), 1 MiB for a project file sent to the API.
    public static let standard = WebLimits(formBytes: 4 << 20, batchBytes: 32 << 20, apiBytes: 1 << 20)
}

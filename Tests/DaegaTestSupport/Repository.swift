import DaegaEngine
import DaegaIO
import Foundation

/// The repository's own `rates/` folder and `samples/`, found from this file's path.
public enum Repository {
    /// The repository root.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()
    /// The rates folder.
    public static var rates: String { root + "/rates" }
    /// A file under samples/.
    public static func sample(_ name: String) -> String { root + "/samples/" + name }
    /// Every rate book, loaded once.
    public static let library: RateLibrary = try! RateLibrary.load(from: rates)
    /// One guide edition.
    public static func edition(_ year: Int) -> GuideEdition { try! library.guides.book(year) }
}

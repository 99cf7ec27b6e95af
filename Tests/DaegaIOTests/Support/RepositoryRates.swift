import DaegaEngine
import DaegaIO
import Foundation

/// The repository's own `rates/` folder and `samples/`, found from this file's path.
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()
    static var rates: String { root + "/rates" }
    static func sample(_ name: String) -> String { root + "/samples/" + name }
    static let library: RateLibrary = try! RateLibrary.load(from: rates)
    static func edition(_ year: Int) -> GuideEdition { try! library.guides.edition(year) }
}

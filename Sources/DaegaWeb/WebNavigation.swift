/// The page list shown in every page's navigation and on the start page: the project pages, then the batch and contract-change pages.
enum WebNavigation {
    /// One navigation entry.
    struct Entry: Sendable {
        /// The page's address.
        var path: String
        /// Its title.
        var title: String
        /// What it answers.
        var lead: String
    }

    /// Every page, in menu order.
    static let entries: [Entry] = ProjectPage.allCases.map { Entry(path: $0.path, title: $0.title, lead: $0.lead) }
        + [BatchPage.page, ChangePage.page].map { Entry(path: $0.path, title: $0.title, lead: $0.lead) }
}

/// A page that takes uploaded files rather than a project form (일괄 점검, 과업변경): what its form shows.
struct UploadPage: Sendable {
    /// The page's address.
    var path: String
    /// Its title.
    var title: String
    /// What it answers, one sentence.
    var lead: String
    /// The CLI command that gives the same result.
    var command: String
    /// Its upload fields.
    var group: FieldGroup
    /// The submit button's label.
    var submit: String
}

/// The small fixed parts of an HWPX package around the header and the section: the version, the container that
/// points at the manifest, the manifest and spine (`content.hpf`) and the application settings.
enum OWPMLPackage {
    /// `mimetype`: the package's media type (the first entry, stored uncompressed).
    static let mimetype = "application/hwp+zip"

    /// `version.xml`: the OWPML version written (Hancom's attribute is spelled `tagetApplication`).
    static let version = OWPMLNamespaces.declaration
        + #"<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.5" application="daega" appVersion="1"/>"#

    /// `META-INF/container.xml`: where the package's content (and its text preview) is.
    static let container = OWPMLNamespaces.declaration
        + #"<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/><ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>"#

    /// `META-INF/manifest.xml`: empty, as Hancom writes it for an unencrypted package.
    static let manifest = OWPMLNamespaces.declaration + #"<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>"#

    /// `settings.xml`: the caret at the start of the document.
    static let settings = OWPMLNamespaces.declaration
        + #"<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>"#

    /// `Contents/content.hpf`: the document's title, language and date, the parts, and the reading order.
    /// - Parameters:
    ///   - title: the document's title (escaped here).
    ///   - language: `ko` or `en`.
    ///   - date: the date written, `YYYY-MM-DD`.
    static func content(title: String, language: String, date: String) -> String {
        OWPMLNamespaces.declaration
            + #"<opf:package xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" version="" unique-identifier="" id="">"#
            + #"<opf:metadata><opf:title>\#(XMLEscaping.escape(title))</opf:title><opf:language>\#(language)</opf:language><opf:meta name="creator" content="text">daega</opf:meta><opf:meta name="date" content="text">\#(date)</opf:meta></opf:metadata>"#
            + #"<opf:manifest><opf:item id="version" href="version.xml" media-type="application/xml"/><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/><opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>"#
            + #"<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>"#
    }
}

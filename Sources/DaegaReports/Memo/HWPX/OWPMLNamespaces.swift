/// The XML namespaces of OWPML (KS X 6101) as Hancom writes them, declared on the root of each part.
enum OWPMLNamespaces {
    /// The XML declaration every part starts with (Hancom writes `standalone="yes"`).
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>"#

    /// `xmlns:` attributes for every prefix Hancom declares on a part's root (한글 expects all of them, even unused).
    static let attributes = [
        ("ha", "http://www.hancom.co.kr/hwpml/2011/app"),
        ("hp", "http://www.hancom.co.kr/hwpml/2011/paragraph"),
        ("hp10", "http://www.hancom.co.kr/hwpml/2016/paragraph"),
        ("hs", "http://www.hancom.co.kr/hwpml/2011/section"),
        ("hc", "http://www.hancom.co.kr/hwpml/2011/core"),
        ("hh", "http://www.hancom.co.kr/hwpml/2011/head"),
        ("hhs", "http://www.hancom.co.kr/hwpml/2011/history"),
        ("hm", "http://www.hancom.co.kr/hwpml/2011/master-page"),
        ("hpf", "http://www.hancom.co.kr/schema/2011/hpf"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("opf", "http://www.idpf.org/2007/opf/"),
        ("ooxmlchart", "http://www.hancom.co.kr/hwpml/2016/ooxmlchart"),
        ("hwpunitchar", "http://www.hancom.co.kr/hwpml/2016/HwpUnitChar"),
        ("epub", "http://www.idpf.org/2007/ops"),
        ("config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0"),
    ].map { #" xmlns:\#($0.0)="\#($0.1)""# }.joined()
}

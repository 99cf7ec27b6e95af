/// `Contents/header.xml`: the fonts, character shapes, paragraph shapes, borders and the one style daega's memos
/// use, written by this project (no template).
enum OWPMLHeader {
    /// The font faces, by ID: Korean government documents are set in 함초롬 fonts, which ship with 한글.
    static let fonts = ["함초롬바탕", "함초롬돋움"]

    /// The part's XML.
    static var xml: String {
        var xml = OWPMLNamespaces.declaration + #"<hh:head\#(OWPMLNamespaces.attributes) version="1.5" secCnt="1">"#
        xml += #"<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>"#
        xml += fontFaces + borderFills + characterShapes
        xml += #"<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>"#
        xml += paragraphShapes
        xml += #"<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>"#
        xml += #"</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument><hh:trackchangeConfig flags="0"/></hh:head>"#
        return xml
    }

    /// The languages OWPML keeps a font list for.
    static let languages = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]

    static var fontFaces: String {
        let list = fonts.enumerated().map { id, face in
            #"<hh:font id="\#(id)" face="\#(face)" type="TTF" isEmbedded="0"/>"#
        }.joined()
        return #"<hh:fontfaces itemCnt="\#(languages.count)">"#
            + languages.map { #"<hh:fontface lang="\#($0)" fontCnt="\#(fonts.count)">\#(list)</hh:fontface>"# }.joined()
            + "</hh:fontfaces>"
    }

    static var borderFills: String {
        #"<hh:borderFills itemCnt="\#(OWPMLBorderFill.allCases.count)">"# + OWPMLBorderFill.allCases.map { fill in
            let line = fill.hasBorders ? ##"type="SOLID" width="0.12 mm" color="#000000""## : ##"type="NONE" width="0.1 mm" color="#000000""##
            var xml = #"<hh:borderFill id="\#(fill.rawValue)" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">"#
            xml += #"<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>"#
            xml += ["leftBorder", "rightBorder", "topBorder", "bottomBorder"].map { "<hh:\($0) \(line)/>" }.joined()
            xml += ##"<hh:diagonal type="NONE" width="0.1 mm" color="#000000"/>"##
            if let colour = fill.fill {
                xml += ##"<hc:fillBrush><hc:winBrush faceColor="\##(colour)" hatchColor="#000000" alpha="0"/></hc:fillBrush>"##
            }
            return xml + "</hh:borderFill>"
        }.joined() + "</hh:borderFills>"
    }

    static var characterShapes: String {
        let each = { (element: String, value: Int) in
            "<hh:\(element)" + ["hangul", "latin", "hanja", "japanese", "other", "symbol", "user"].map { #" \#($0)="\#(value)""# }.joined() + "/>"
        }
        return #"<hh:charProperties itemCnt="\#(OWPMLCharacter.allCases.count)">"# + OWPMLCharacter.allCases.map { shape in
            ##"<hh:charPr id="\##(shape.rawValue)" height="\##(shape.height)" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="\##(OWPMLBorderFill.none.rawValue)">"##
                + each("fontRef", shape.font) + each("ratio", 100) + each("spacing", 0) + each("relSz", 100) + each("offset", 0)
                + (shape.isBold ? "<hh:bold/>" : "")
                + ##"<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/><hh:outline type="NONE"/><hh:shadow type="NONE" color="#C0C0C0" offsetX="10" offsetY="10"/></hh:charPr>"##
        }.joined() + "</hh:charProperties>"
    }

    static var paragraphShapes: String {
        #"<hh:paraProperties itemCnt="\#(OWPMLParagraph.allCases.count)">"# + OWPMLParagraph.allCases.map { shape in
            #"<hh:paraPr id="\#(shape.rawValue)" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="0" suppressLineNumbers="0" checked="0">"#
                + #"<hh:align horizontal="\#(shape.alignment)" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>"#
                + #"<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="\#(shape.keepsWithNext ? 1 : 0)" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>"#
                + spacing(shape)
                + #"<hh:border borderFillIDRef="\#(OWPMLBorderFill.none.rawValue)" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>"#
        }.joined() + "</hh:paraProperties>"
    }

    /// A paragraph shape's margins and line spacing, written as Hancom writes them: a switch whose case (for readers
    /// that know character units) and default hold the same HWPUNIT values.
    static func spacing(_ shape: OWPMLParagraph) -> String {
        let values = #"<hh:margin><hc:intent value="\#(shape.indent)" unit="HWPUNIT"/><hc:left value="\#(shape.left)" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/><hc:prev value="\#(shape.spaceBefore)" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin><hh:lineSpacing type="PERCENT" value="\#(shape.lineSpacing)" unit="HWPUNIT"/>"#
        return #"<hp:switch><hp:case hp:required-namespace="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar">"# + values
            + "</hp:case><hp:default>" + values + "</hp:default></hp:switch>"
    }
}

/// word/styles.xml. The headings are Word's built-in ones (names "heading 1" ...) with outline levels,
/// so Word and LibreOffice show the document's outline and can build a table of contents from it.
enum DocxStyleSheet {
    static let xml = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="\(DocxNamespace.main)">\
    <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>\
    <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault>\
    <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
    \(paragraphStyle(id: "Title", name: "Title", size: 36, bold: true, spacingBefore: 0, outline: nil, keepNext: true))\
    \(paragraphStyle(id: "Subtitle", name: "Subtitle", size: 28, bold: false, spacingBefore: 0, outline: nil, keepNext: true))\
    \(paragraphStyle(id: "Heading1", name: "heading 1", size: 28, bold: true, spacingBefore: 360, outline: 0, keepNext: true))\
    \(paragraphStyle(id: "Heading2", name: "heading 2", size: 26, bold: true, spacingBefore: 360, outline: 1, keepNext: true))\
    \(paragraphStyle(id: "Heading3", name: "heading 3", size: 22, bold: true, spacingBefore: 200, outline: 2, keepNext: true))\
    \(paragraphStyle(id: "Subheading", name: "Samspil underoverskrift", size: 22, bold: true, spacingBefore: 120, outline: nil, keepNext: true))\
    \(paragraphStyle(id: "Organisation", name: "Samspil organisation", size: 22, bold: true, spacingBefore: 160, outline: nil, keepNext: true))\
    <w:style w:type="paragraph" w:styleId="Entry"><w:name w:val="Samspil deltager"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:spacing w:after="0"/><w:ind w:left="284"/></w:pPr></w:style>\
    <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Draft"><w:name w:val="Samspil udkast"/><w:basedOn w:val="Normal"/>\
    <w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="28"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="18"/></w:rPr></w:style>\
    </w:styles>
    """

    private static func paragraphStyle(id: String, name: String, size: Int, bold: Bool, spacingBefore: Int,
                                       outline: Int?, keepNext: Bool) -> String {
        let outlineLevel = outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? ""
        return """
        <w:style w:type="paragraph" w:styleId="\(id)"><w:name w:val="\(name)"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:qFormat/><w:pPr>\(keepNext ? "<w:keepNext/>" : "")\
        <w:spacing w:before="\(spacingBefore)" w:after="120"/>\(outlineLevel)</w:pPr>\
        <w:rPr>\(bold ? "<w:b/>" : "")<w:color w:val="1F3A5F"/><w:sz w:val="\(size)"/><w:szCs w:val="\(size)"/></w:rPr></w:style>
        """
    }
}

import Foundation

/// The small fixed parts of the package: content types, relationships, properties, header and footer.
enum DocxPackageParts {
    private static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static func contentTypes(hasHeader: Bool) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="\(wordML).document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="\(wordML).styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="\(wordML).numbering+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="\(wordML).settings+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="\(wordML).footer+xml"/>\
        \(hasHeader ? "<Override PartName=\"/word/header1.xml\" ContentType=\"\(wordML).header+xml\"/>" : "")\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        </Types>
        """
    }

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    static func documentRelationships(hasHeader: Bool) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdStyles" Type="\(base)/styles" Target="styles.xml"/>\
        <Relationship Id="rIdNumbering" Type="\(base)/numbering" Target="numbering.xml"/>\
        <Relationship Id="rIdSettings" Type="\(base)/settings" Target="settings.xml"/>\
        <Relationship Id="rIdFooter" Type="\(base)/footer" Target="footer1.xml"/>\
        \(hasHeader ? "<Relationship Id=\"rIdHeader\" Type=\"\(base)/header\" Target=\"header1.xml\"/>" : "")\
        </Relationships>
        """
    }

    static func coreProperties(title: String, created: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let stamp = formatter.string(from: created)
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(XMLText.escaped(title))</dc:title><dc:creator>Samspil</dc:creator><dc:language>da-DK</dc:language>\
        <dcterms:created xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:modified>\
        </cp:coreProperties>
        """
    }

    static let appProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Samspil</Application></Properties>
        """

    static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="\(DocxNamespace.main)"><w:defaultTabStop w:val="720"/>\
        <w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" \
        w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
        """

    /// "Side 2 af 7", with Word's PAGE and NUMPAGES fields.
    static let footer = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:ftr xmlns:w="\(DocxNamespace.main)"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>\
        <w:r><w:t xml:space="preserve">Side </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>\
        <w:r><w:t xml:space="preserve"> af </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>\
        </w:p></w:ftr>
        """

    static func draftHeader(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="\(DocxNamespace.main)"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>\
        <w:r><w:t xml:space="preserve">UDKAST · \(XMLText.escaped(title))</w:t></w:r></w:p></w:hdr>
        """
    }
}

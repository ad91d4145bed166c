import Foundation
import ZIPFoundation

/// A Word document (.docx) with one paragraph per line of text: the smallest file the Word reader reads,
/// a zip with word/document.xml, for tests of what is read from attachments.
enum TinyDocx {
    static func make(_ paragraphs: [String]) throws -> Data {
        let body = paragraphs.map { "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped($0))</w:t></w:r></w:p>" }.joined()
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        let archive = try Archive(accessMode: .create)
        let bytes = Data(document.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(bytes.count),
                             compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
        guard let data = archive.data else { throw TestSetupError("the zip of the Word document was not written") }
        return data
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

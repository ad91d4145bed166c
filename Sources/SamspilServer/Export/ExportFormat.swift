import Foundation
import MinutesExport

/// The forms a meeting's documents come in.
enum ExportFormat: String, CaseIterable, Sendable {
    case docx, pdf, html

    var contentType: String {
        switch self {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf: "application/pdf"
        case .html: "text/html; charset=utf-8"
        }
    }

    /// The name on its link.
    var label: ExportText {
        switch self {
        case .docx: .word
        case .pdf: .pdf
        case .html: .print
        }
    }

    /// The bytes of `document` in this format. PDF needs Chromium; nil `printer` is an error that says how
    /// to install it.
    func data(for document: MeetingDocument, printer: PDFPrinter?, created: Date) throws(DocumentExportError) -> Data {
        switch self {
        case .docx: return try DocxWriter.data(for: document, created: created)
        case .html: return Data(PrintHTMLWriter.html(for: document).utf8)
        case .pdf:
            guard let printer else { throw .printerMissing(PDFPrinter.installAdvice) }
            return try printer.pdf(for: document)
        }
    }
}

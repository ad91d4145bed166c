import Foundation
import SamspilCore

/// Reads the text layer of a PDF with `pdftotext` from poppler-utils, run as a subprocess.
///
/// It runs `pdftotext -raw -enc UTF-8`: the text in the order it was written into the PDF. For minutes
/// printed from Word that is reading order, and it is the mode whose output looks like the text fixtures:
/// a list number or bullet stays on the line of its text ("5. Implementering ...", "\u{F0B7} At ..."), a
/// table comes row by row, and each page ends with a form feed. The default mode (reading order
/// reconstructed from the layout) puts list numbers and bullets on lines of their own and reads tables
/// column by column; `-layout` pads columns with spaces and splits wrapped cells across lines.
enum PdfReader {
    static let defaultTimeout: Duration = .seconds(60)
    static let arguments = ["-raw", "-enc", "UTF-8"]

    /// - Parameters:
    ///   - pdftotext: the program to run, a path or a name looked up on PATH; nil finds `pdftotext`.
    ///   - timeout: how long pdftotext may run before it is stopped.
    ///   - temporaryDirectory: where the PDF is written for pdftotext (a folder of its own inside).
    static func text(
        from data: Data, pdftotext: String? = nil, timeout: Duration = defaultTimeout,
        temporaryDirectory: URL = FileManager.default.temporaryDirectory
    ) throws(DocumentReadError) -> String {
        guard PdfSignature.isPDF(data) else { throw .notPDF(byteCount: data.count) }
        let program = try PdftotextLocation.find(pdftotext)
        let workspace = try ReaderWorkspace(in: temporaryDirectory)
        defer { workspace.remove() }
        let input = try workspace.write(data, as: "input.pdf")
        // pdftotext's messages go to a file, not a pipe: a pipe that nobody drains while the process
        // runs fills up and stalls it.
        let errors = try workspace.write(Data(), as: "errors.txt")
        let output = workspace.file("output.txt")

        let result = try PdftotextRun.run(
            program, arguments: arguments + [input.path, output.path], errorsTo: errors, timeout: timeout)
        guard result.status == 0 else {
            let said = PdftotextRun.summary(of: ReaderWorkspace.text(of: errors))
            if said.localizedCaseInsensitiveContains("password") { throw .encryptedPDF }
            throw .unreadablePDF(status: result.status, said: said)
        }
        let text = ReaderWorkspace.text(of: output)
        guard text.contains(where: \.isLetter) else {
            // Only blanks, form feeds, perhaps page numbers: the pages are pictures.
            throw .scannedPDF(pageCount: text.filter { $0 == "\u{0C}" }.count)
        }
        return text
    }
}

enum PdfSignature {
    /// "%PDF-" within the first kilobyte, where readers accept it (some files start with junk bytes).
    static func isPDF(_ data: Data) -> Bool {
        let marker = Data("%PDF-".utf8)
        return data.prefix(1024).range(of: marker) != nil
    }
}

/// Where pdftotext is.
enum PdftotextLocation {
    static func find(_ requested: String?) throws(DocumentReadError) -> String {
        let name = requested ?? "pdftotext"
        switch ExternalProgram.find(name) {
        case .found(let path): return path
        case .missing(let searched): throw .pdftotextMissing(searched: searched)
        }
    }
}

/// A folder of its own for the files one read needs (the PDF for pdftotext, the zip of a .docx), which
/// the caller removes when done. Minutes can hold personal data: only this user may read the folder.
struct ReaderWorkspace {
    let folder: URL

    init(in parent: URL) throws(DocumentReadError) {
        folder = parent.appendingPathComponent("samspil-read-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .temporaryFile(parent.path, error)
        }
    }

    func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    @discardableResult
    func write(_ data: Data, as name: String) throws(DocumentReadError) -> URL {
        let url = file(name)
        do {
            try data.write(to: url)
        } catch {
            throw .temporaryFile(folder.path, error)
        }
        return url
    }

    /// A file's text; invalid UTF-8 becomes U+FFFD, which the text cleanup removes.
    static func text(of url: URL) -> String {
        (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// One run of pdftotext, stopped when it takes too long.
enum PdftotextRun {
    struct Result {
        let status: Int32
    }

    static func run(_ program: String, arguments: [String], errorsTo errors: URL, timeout: Duration)
        throws(DocumentReadError) -> Result
    {
        do throws(ExternalProgram.Failure) {
            return Result(status: try ExternalProgram.run(program, arguments: arguments, errorsTo: errors, timeout: timeout))
        } catch {
            switch error {
            case let .errorFile(folder, underlying): throw .temporaryFile(folder, underlying)
            case let .notStarted(program, underlying): throw .pdftotextNotStarted(program, underlying)
            case let .timedOut(seconds): throw .timedOut(seconds: seconds)
            }
        }
    }

    static func summary(of errors: String, limit: Int = 300) -> String {
        ExternalProgram.summary(of: errors, limit: limit)
    }
}

import Foundation
import SamspilCore

/// Prints a document's print HTML to PDF with headless Chromium (`--print-to-pdf`).
///
/// Chromium rather than LibreOffice: the print HTML is already the page members read, Chromium prints
/// CSS paged media (page numbers, UDKAST in the margin) faithfully, and the test suite installs it anyway
/// for its browser tests; LibreOffice would add a second, much larger office suite to every server.
public struct PDFPrinter: Sendable {
    /// How to get Chromium on the machines Samspil runs on.
    public static let installAdvice = "installér Chromium (Debian/Ubuntu: sudo apt-get install chromium) eller sæt SAMSPIL_CHROMIUM til stien til Chromium eller Chrome."
    private static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    public let program: String
    public var timeout: Duration = .seconds(60)

    public init(program: String) {
        self.program = program
    }

    /// Chromium from `SAMSPIL_CHROMIUM`, else the first of the usual names found; nil when there is none,
    /// which the app says at start-up and wherever a PDF is asked for.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFPrinter? {
        if let configured = environment["SAMSPIL_CHROMIUM"], !configured.isEmpty {
            guard case .found(let path) = ExternalProgram.find(configured) else { return nil }
            return PDFPrinter(program: path)
        }
        for name in candidates {
            if case .found(let path) = ExternalProgram.find(name) { return PDFPrinter(program: path) }
        }
        return nil
    }

    public func pdf(for document: MeetingDocument) throws(DocumentExportError) -> Data {
        try pdf(fromHTML: PrintHTMLWriter.html(for: document))
    }

    public func pdf(fromHTML html: String) throws(DocumentExportError) -> Data {
        let files = FileManager.default
        let folder = files.temporaryDirectory.appendingPathComponent("samspil-print-\(UUID().uuidString)", isDirectory: true)
        defer { try? files.removeItem(at: folder) }
        let page = folder.appendingPathComponent("document.html")
        let output = folder.appendingPathComponent("document.pdf")
        let errors = folder.appendingPathComponent("errors.txt")
        do {
            // Minutes can hold personal data: only this user may read the folder.
            try files.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(html.utf8).write(to: page)
            try Data().write(to: errors)
        } catch {
            throw .printingFailed("midlertidige filer i \(folder.path): \(error.localizedDescription)")
        }
        var arguments = [
            "--headless", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(output.path)", page.absoluteString,
        ]
        // Chromium's sandbox needs user namespaces it does not get as root; only then is it switched off,
        // and the page it prints is Samspil's own.
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        let status: Int32
        do throws(ExternalProgram.Failure) {
            status = try ExternalProgram.run(program, arguments: arguments, errorsTo: errors, timeout: timeout)
        } catch {
            switch error {
            case .timedOut(let seconds): throw .printingFailed("Chromium blev ikke færdig på \(seconds) sekunder")
            case let .notStarted(program, underlying): throw .printingFailed("\(program) kunne ikke startes: \(underlying.localizedDescription)")
            case let .errorFile(folder, underlying): throw .printingFailed("\(folder): \(underlying.localizedDescription)")
            }
        }
        guard status == 0, let data = try? Data(contentsOf: output), data.starts(with: Data("%PDF-".utf8)) else {
            let said = ExternalProgram.summary(of: (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
            throw .printingFailed("Chromium sluttede med status \(status)\(said.isEmpty ? "" : ": \(said)")")
        }
        return data
    }
}

import Foundation

/// Why a Word or PDF file could not be turned into text.
///
/// `message` is written for the secretary who chose the file: in Danish, saying what is wrong with it and
/// what to do next. `kind` is for code that reacts differently to different failures (and for tests).
public struct DocumentReadError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A .docx that is not a zip archive at all.
        case notZipArchive
        /// An old binary Word document (.doc) or a password-protected .docx: both are OLE compound files.
        case legacyWordFormat
        /// A zip archive without the part that holds a Word document's text.
        case missingDocumentPart
        /// A part of the Word document that cannot be unpacked or is not well-formed XML.
        case malformedDocument
        /// A part that unpacks to more than the reader accepts (a zip bomb, or not minutes).
        case documentTooLarge
        /// pdftotext (poppler-utils) is not installed or cannot be started.
        case pdftotextMissing
        /// A .pdf that is not a PDF file.
        case notPDF
        /// A PDF that pdftotext refused: damaged, encrypted, or not really a PDF inside.
        case unreadablePDF
        /// A PDF without a text layer: scanned pages that need OCR.
        case scannedPDF
        /// pdftotext ran past its time limit and was stopped.
        case timedOut
        /// The temporary copy a reader works on (the PDF for pdftotext, the zip) could not be written.
        case temporaryFile
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

// MARK: - Word

extension DocumentReadError {
    static let saveAsDocxAdvice = "Åbn dokumentet i Word, gem det som Word-dokument (.docx), og prøv igen."

    static func notZipArchive(byteCount: Int) -> Self {
        let what = byteCount == 0 ? "filen er tom" : "den er ikke en zip-fil, som et .docx-dokument altid er"
        return Self(.notZipArchive, "Filen er ikke et Word-dokument (.docx): \(what). \(saveAsDocxAdvice)")
    }

    static func damagedZipArchive(_ underlying: any Error) -> Self {
        Self(.notZipArchive,
             "Filen er ikke et Word-dokument (.docx): den begynder som en zip-fil, men zip-filen kan ikke "
                 + "åbnes (\(underlying)). Den er måske beskadiget eller kun delvist hentet. \(saveAsDocxAdvice)")
    }

    static let legacyWordFormat = Self(
        .legacyWordFormat,
        "Filen er et ældre Word-dokument (.doc) eller et dokument beskyttet med adgangskode, ikke en .docx-fil. "
            + "Åbn det i Word, fjern en eventuel adgangskode, gem det som Word-dokument (.docx), og prøv igen.")

    static func missingDocumentPart(_ part: String) -> Self {
        Self(.missingDocumentPart,
             "Filen er en zip-fil, men ikke et Word-dokument: den mangler \(part), som rummer dokumentets "
                 + "tekst. Den kan være beskadiget eller en anden slags fil (fx Excel eller PowerPoint). "
                 + saveAsDocxAdvice)
    }

    static func malformedPart(_ part: String, _ detail: String) -> Self {
        Self(.malformedDocument,
             "Word-dokumentet kan ikke læses: delen \(part) \(detail). Filen er sandsynligvis beskadiget. "
                 + saveAsDocxAdvice)
    }

    static func partTooLarge(_ part: String, limit: UInt64) -> Self {
        Self(.documentTooLarge,
             "Word-dokumentet kan ikke læses: delen \(part) fylder udpakket mere end \(limit >> 20) MB, "
                 + "og så store referater findes ikke. Filen er beskadiget eller ikke et referat; kontrollér, "
                 + "at det er den rigtige fil.")
    }
}

// MARK: - PDF

extension DocumentReadError {
    static let installPdftotext = "Installer det med: apt-get install poppler-utils"

    static func pdftotextMissing(searched: String) -> Self {
        Self(.pdftotextMissing,
             "PDF-filer læses med pdftotext, som ikke er installeret (ledte efter \(searched)). \(installPdftotext)")
    }

    static func pdftotextNotStarted(_ path: String, _ underlying: any Error) -> Self {
        Self(.pdftotextMissing,
             "PDF-filer læses med pdftotext, men \(path) kunne ikke startes (\(underlying)). "
                 + "Geninstaller det med: apt-get install --reinstall poppler-utils")
    }

    static func notPDF(byteCount: Int) -> Self {
        let what = byteCount == 0 ? "filen er tom" : "den begynder ikke med %PDF, som en PDF-fil altid gør"
        return Self(.notPDF,
                    "Filen er ikke en PDF: \(what). Kontrollér, at det er den rigtige fil, eller gem "
                        + "dokumentet som PDF igen.")
    }

    static let encryptedPDF = Self(
        .unreadablePDF,
        "PDF-filen er beskyttet med adgangskode, så teksten kan ikke læses. Gem en kopi uden adgangskode, "
            + "og prøv igen.")

    static func unreadablePDF(status: Int32, said: String) -> Self {
        let detail = said.isEmpty ? "afslutningskode \(status)" : "afslutningskode \(status): \(said)"
        return Self(.unreadablePDF,
                    "PDF-filen kan ikke læses af pdftotext (\(detail)). Filen er sandsynligvis beskadiget eller "
                        + "ufuldstændig; eksportér eller gem den som PDF igen, og prøv igen.")
    }

    static func scannedPDF(pageCount: Int) -> Self {
        let pages = pageCount == 1 ? "1 side" : "\(pageCount) sider"
        return Self(.scannedPDF,
                    "PDF-filen (\(pages)) har ingen tekst, kun billeder: den er scannet. Kør tekstgenkendelse "
                        + "(OCR) på den først, fx med ocrmypdf (apt-get install ocrmypdf), og importér den "
                        + "PDF, det giver; eller importér referatet som Word-dokument, hvis I har det.")
    }

    static func timedOut(seconds: Int) -> Self {
        Self(.timedOut,
             "pdftotext blev ikke færdig med PDF-filen inden for \(seconds) sekunder og blev stoppet. Filen er "
                 + "måske meget stor eller beskadiget; gem den som PDF igen, eller del den op, og prøv igen.")
    }
}

// MARK: - Both

extension DocumentReadError {
    static func temporaryFile(_ directory: String, _ underlying: any Error) -> Self {
        Self(.temporaryFile,
             "Filen kunne ikke gemmes midlertidigt i \(directory) for at blive læst (\(underlying)). "
                 + "Kontrollér, at der er plads og skriveadgang i den midlertidige mappe.")
    }
}

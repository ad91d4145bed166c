import Foundation
import SamspilCore
import Testing
@testable import MinutesImport

/// The public entry points: formats, limits and the errors for input that is not minutes.
@Suite struct MinutesParserTests {
    private let minimal = Data("Dato: 3. marts 2020\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n".utf8)

    private func reason(_ body: () throws -> ParsedMinutes) -> MinutesImportError.Reason? {
        do {
            _ = try body()
            return nil
        } catch {
            return (error as? MinutesImportError)?.reason
        }
    }

    @Test func formatFollowsTheExtensionInAnyCase() throws {
        #expect(try MinutesParser().parse(minimal, fileName: "referat.TXT").source?.format == .text)
        #expect(try MinutesParser().parse(minimal, fileName: "referat.markdown").source?.format == .markdown)
        #expect(try MinutesParser().parse(minimal, fileName: "referat.md").items.count == 1)
    }

    @Test func sourceCarriesTheSha256OfTheBytes() throws {
        let minutes = try MinutesParser().parse(minimal, fileName: "referat.txt")
        #expect(minutes.source?.fileName == "referat.txt")
        #expect(MinutesParser.sha256Hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(minutes.source?.sha256 == MinutesParser.sha256Hex(of: minimal))
    }

    @Test func unknownExtensionIsRefused() {
        #expect(reason { try MinutesParser().parse(minimal, fileName: "referat.rtf") } == .unknownExtension("rtf"))
        #expect(reason { try MinutesParser().parse(minimal, fileName: "referat") } == .unknownExtension(""))
    }

    @Test func textNamedAsWordOrPDFIsRefusedByTheirReaders() {
        guard case .document(let word)? = reason({ try MinutesParser().parse(minimal, fileName: "referat.docx") }) else {
            Issue.record("expected the Word reader's error")
            return
        }
        #expect(word.kind == .notZipArchive)
        guard case .document(let pdf)? = reason({ try MinutesParser().parse(minimal, fileName: "referat.pdf") }) else {
            Issue.record("expected the PDF reader's error")
            return
        }
        #expect([.notPDF, .pdftotextMissing].contains(pdf.kind))
    }

    @Test func fileOverTheLimitIsRefused() {
        let parser = MinutesParser(limits: .init(maxBytes: 10))
        #expect(reason { try parser.parse(minimal, fileName: "referat.txt") } == .tooLarge(bytes: minimal.count, limit: 10))
    }

    @Test func emptyAndBinaryFilesAreRefused() {
        #expect(reason { try MinutesParser().parse(Data(), fileName: "referat.txt") } == .emptyFile)
        #expect(reason { try MinutesParser().parse(Data("  \n".utf8), fileName: "referat.txt") } == .emptyFile)
        let pdf = Data("%PDF-1.4\n".utf8 + [0, 0, 0xFF])
        #expect(reason { try MinutesParser().parse(pdf, fileName: "referat.txt") } == .notText(looksLike: "PDF"))
    }

    @Test func missingFileIsUnreadable() {
        let url = URL(fileURLWithPath: "/nonexistent/samspil/referat.txt")
        guard case .unreadable? = reason({ try MinutesParser().parse(fileAt: url) }) else {
            Issue.record("expected .unreadable")
            return
        }
    }

    @Test func messagesSayWhatWhereAndWhatToDo() {
        let error = MinutesImportError(.emptyFile, fileName: "referat.txt")
        #expect(error.description.hasPrefix("referat.txt: filen er tom"))
        let tooLarge = MinutesImportError(.tooLarge(bytes: 300 * 1_048_576, limit: 200 * 1_048_576), fileName: "stor.txt")
        #expect(tooLarge.description.contains("300 MB; grænsen er 200 MB"))
    }

    @Test func windows1252FileIsParsed() throws {
        // "Mødeleder: Søren" in Windows-1252, then an item.
        let bytes: [UInt8] = Array("M".utf8) + [0xF8] + Array("deleder: S".utf8) + [0xF8] + Array("ren Hansen\n1. Eventuelt\nBeslutning\nIntet.\n".utf8)
        let minutes = try MinutesParser().parse(Data(bytes), fileName: "gammelt.txt")
        #expect(minutes.meeting.chair == "Søren Hansen")
    }
}

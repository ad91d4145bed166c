import Foundation
import MinutesImport
import SamspilCore
import SamspilDemo
import Testing

/// The text of a document for checks rather than parsing, as the server reads a public attachment before
/// it is published: read where the kind can be read, nil where it cannot, an error where it should be
/// readable and is not.
@Suite("Document text")
struct DocumentTextTests {
    @Test(arguments: ["midtklyngen-2021-06-18.docx", "midtklyngen-2021-06-18.pdf", "MIDTKLYNGEN-2015.DOCX"])
    func wordAndPDFAreRead(fileName: String) throws {
        let text = try DocumentText.extract(from: ReaderTestDocuments.data(fileName.lowercased()), fileName: fileName)
        #expect(text?.lowercased().contains("klyngestyregruppe") == true, "\(fileName)")
    }

    @Test(arguments: ["diagram.png", "budget.xlsx", "oplæg.pptx", "notat.odt", "gammelt.doc", "uden-endelse"])
    func kindsWhoseTextCannotBeReadAreNil(fileName: String) throws {
        #expect(try DocumentText.extract(from: Data("PK\u{3}\u{4} ikke læst".utf8), fileName: fileName) == nil)
    }

    @Test func plainTextIsDecodedAndBinaryIsNotText() throws {
        #expect(try DocumentText.extract(from: Data("Referat æøå".utf8), fileName: "noter.txt") == "Referat æøå")
        #expect(try DocumentText.extract(from: Data([0, 1, 2, 3, 0xFF, 0, 0, 0x89]), fileName: "noter.txt") == nil)
    }

    @Test func aPDFThatCannotBeReadSaysWhy() throws {
        let pdf = try ReaderTestDocuments.data("midtklyngen-2021-06-18.pdf")
        #expect { try DocumentText.extract(from: pdf, fileName: "a.pdf", pdftotext: "/findes/ikke/pdftotext") } throws: { error in
            (error as? DocumentReadError)?.kind == .pdftotextMissing
                && "\(error)".contains("apt-get install poppler-utils")
        }
        #expect { try DocumentText.extract(from: ReaderTestDocuments.data("scanned-page.pdf"), fileName: "scan.pdf") } throws: { error in
            (error as? DocumentReadError)?.kind == .scannedPDF
        }
        #expect { try DocumentText.extract(from: Data("ikke en zip".utf8), fileName: "a.docx") } throws: { error in
            (error as? DocumentReadError)?.kind == .notZipArchive
        }
    }

    /// The shipped minutes talk about "CPR-nr. niveau" but hold no CPR number, in every form they come in:
    /// the demo and the imports of them must not be stopped by the CPR guard.
    @Test func theFixturesHoldNoCPRNumber() throws {
        for document in DemoMinutes.documents {
            let text = try String(contentsOf: document.url, encoding: .utf8)
            #expect(CPRNumbers.find(in: text).isEmpty, "\(document.fileName)")
        }
        for name in ["2015", "2021-06-18", "2022-09-16"] {
            for ext in ["docx", "pdf"] {
                let fileName = "midtklyngen-\(name).\(ext)"
                let text = try #require(try DocumentText.extract(from: ReaderTestDocuments.data(fileName), fileName: fileName))
                #expect(CPRNumbers.find(in: text).isEmpty, "\(fileName)")
            }
        }
    }
}

import Foundation
import SamspilCore

/// What an exported agenda or set of minutes holds: the same value the importer reads out of a document
/// (`ParsedMinutes`), so that exporting and reading back is a plain comparison.
public struct MeetingDocument: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Dagsorden: the items with recommendations and case descriptions, no decisions.
        case agenda
        /// Referat: everything, decisions included.
        case minutes
    }

    public var kind: Kind
    public var content: ParsedMinutes

    /// An agenda never carries decisions, whatever `content` holds.
    public init(kind: Kind, content: ParsedMinutes) {
        self.kind = kind
        var content = content
        if kind == .agenda {
            content.meeting.status = nil
            for index in content.items.indices {
                content.items[index].sections.removeAll { $0.kind == .decision }
            }
        }
        self.content = content
    }

    /// Minutes not yet approved carry "UDKAST" on every page.
    public var isDraft: Bool { kind == .minutes && content.meeting.status == .draft }

    /// "Godkendt referat", "Referat" or "Dagsorden": the document's heading.
    public var heading: String {
        switch kind {
        case .agenda: "Dagsorden"
        case .minutes: content.meeting.status == .approved ? "Godkendt referat" : "Referat"
        }
    }

    /// "Møde i Klyngestyregruppen for Midtklyngen": the words the importer reads the body from, on a line
    /// of their own so that a long name is not broken across lines with the heading.
    public var subtitle: String { "Møde i \(content.meeting.body ?? "ukendt organ")" }

    /// "Referat af møde i Klyngestyregruppen for Midtklyngen", for the file's properties and the page title.
    public var title: String { "\(heading) af m\(subtitle.dropFirst())" }

    /// A file name without characters that trouble file systems or headers: `referat-2021-06-18.docx`.
    public func fileName(extension ext: String) -> String {
        let word = kind == .agenda ? "dagsorden" : "referat"
        let date = content.meeting.date?.iso ?? "uden-dato"
        return "\(word)-\(date).\(ext)"
    }
}

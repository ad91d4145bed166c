import Foundation

/// The real minutes Samspil ships with: the demo the app loads into an empty database, and the
/// documents the importer's tests run on. See `Minutes/NOTICE.md` for where they come from.
public enum DemoMinutes {
    /// One shipped document, and what the demo knows about it that the document itself does not say.
    public struct Document: Sendable {
        public let fileName: String
        /// The meeting date, for a document that does not state it (like `samspil import --date`).
        public let suppliedDate: String?
        public let url: URL
    }

    public static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Minutes", isDirectory: true)
    }

    public static let documents: [Document] = [
        // The 2015 minutes begin inside the attendance list: the date is not in the text. Item 3 approves
        // the minutes of 26 November 2014 and item 5 mentions a meeting "den 27. marts 2015" as still to
        // come, so the demo dates it to the first week of March 2015.
        ("midtklyngen-2015.txt", "2015-03-04"),
        ("midtklyngen-2021-06-18.txt", nil),
        ("midtklyngen-2022-09-16.md", nil),
    ].map { name, date in
        Document(fileName: name, suppliedDate: date, url: directory.appendingPathComponent(name))
    }
}

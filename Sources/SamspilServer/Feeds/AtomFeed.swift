import Foundation

/// An Atom 1.0 feed (RFC 4287) of what a body, or all of Samspil, has made public: published agendas and
/// approved minutes, newest first. Every text is XML-escaped here.
struct AtomFeed: Equatable {
    struct Entry: Equatable {
        /// `urn:uuid:…`, the same for the same meeting and kind of document wherever the site is served.
        let id: String
        /// "Dagsorden: Klyngestyregruppen 18. juni 2021".
        let title: String
        /// When the document was made public.
        let published: Date
        let updated: Date
        /// The meeting page, absolute.
        let link: String
        /// The numbered item titles, one a line.
        let summary: String
    }

    let id: String
    let title: String
    /// The feed's own address and the page it follows, absolute.
    let selfLink: String
    let pageLink: String
    /// Newest first.
    let entries: [Entry]

    /// The feed's `updated`: its newest entry's, or `empty` for a feed with none (required all the same).
    func render(empty: Date = Date()) -> String {
        var xml = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"
        xml += #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">"# + "\n"
        xml += "  <id>\(Self.escaped(id))</id>\n"
        xml += "  <title>\(Self.escaped(title))</title>\n"
        xml += "  <updated>\(Self.timestamp(entries.map(\.updated).max() ?? empty))</updated>\n"
        xml += #"  <link rel="self" type="application/atom+xml" href="\#(Self.escaped(selfLink))"/>"# + "\n"
        xml += #"  <link rel="alternate" type="text/html" href="\#(Self.escaped(pageLink))"/>"# + "\n"
        // Atom needs an author for the feed or for every entry: the documents are the bodies', served by Samspil.
        xml += "  <author><name>Samspil</name></author>\n"
        xml += "  <generator>Samspil</generator>\n"
        for entry in entries {
            xml += "  <entry>\n"
            xml += "    <id>\(Self.escaped(entry.id))</id>\n"
            xml += "    <title>\(Self.escaped(entry.title))</title>\n"
            xml += "    <published>\(Self.timestamp(entry.published))</published>\n"
            xml += "    <updated>\(Self.timestamp(entry.updated))</updated>\n"
            xml += #"    <link rel="alternate" type="text/html" href="\#(Self.escaped(entry.link))"/>"# + "\n"
            xml += #"    <summary type="text">\#(Self.escaped(entry.summary))</summary>"# + "\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }

    /// Text and attribute values: the five characters XML gives a meaning, and the control characters
    /// XML 1.0 does not allow at all (dropped; they cannot even be written as references).
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// RFC 3339 in UTC: `2021-06-18T12:00:00Z`.
    static func timestamp(_ moment: Date) -> String {
        moment.formatted(.iso8601)
    }
}

import Foundation
import MinutesImport
import SamspilCore
import SQLKit

/// Builds the index entries of meetings from what is stored, read as plain rows (`PlainRows`) rather
/// than Fluent models: rebuilding the index of a million items reads millions of rows.
///
/// Each entry's public text is what the meeting page shows the public (nothing before the agenda is
/// published; decisions once the minutes are approved; attachments offered to the public; contact
/// details removed); its full text is what the body's members read.
struct SearchEntries {
    let sql: any SQLDatabase

    /// The entries of `meetingIDs`, with the terms `kept` (the form the index's database takes).
    func entries(ofMeetings meetingIDs: [UUID], keeping kept: IndexedText.Kept) async throws -> [SearchEntry] {
        try await read(meetings: meetingIDs).entries(keeping: kept)
    }

    /// What the entries of `meetingIDs` are made from, as stored: the part that needs the database.
    func read(meetings meetingIDs: [UUID]) async throws -> Stored {
        guard !meetingIDs.isEmpty else { return Stored(meetings: [:], items: [], attachments: [:]) }
        // An item's sections joined into the texts the index tells apart, by the database: a rebuild reads
        // a million items with three million sections, and taking a row costs more than its text.
        let isSQLite = sql.dialect.name == "sqlite"
        let newline: SQLQueryString = isSQLite ? "char(10)" : "chr(10)"
        func joined(_ kinds: SQLQueryString) -> SQLQueryString {
            let text: SQLQueryString = "CASE WHEN \(kinds) THEN coalesce(s.heading || \(newline), '') || s.text END"
            return "\(unsafeRaw: isSQLite ? "group_concat" : "string_agg")(\(text), \(newline) ORDER BY s.position)"
        }
        // One group an item. On SQLite by the columns of the index the items are found by: the rows come
        // grouped already, where grouping by id would sort them, texts and all.
        let item: SQLQueryString = isSQLite ? "i.meeting_id, i.position, i.rowid" : "i.id"
        let decision = SectionKind.decision.rawValue, recommendation = SectionKind.recommendation.rawValue
        let items = try await PlainRows(sql: sql).all("""
            SELECT i.id, i.meeting_id, i.position, i.title, i.presenter, i.case_number, i.kind,
                \(joined("s.kind <> \(bind: decision)")) AS agenda_text,
                \(joined("s.kind = \(bind: decision)")) AS decision_text,
                \(joined("s.kind = \(bind: recommendation)")) AS recommendation,
                max(CASE WHEN s.kind = \(bind: decision) AND s.text <> '' THEN 1 ELSE 0 END) AS has_decision
            FROM \(ident: AgendaItemModel.schema) i LEFT JOIN \(ident: ItemSectionModel.schema) s ON s.item_id = i.id
            WHERE i.meeting_id IN (\(binds: meetingIDs)) AND NOT i.is_break
            GROUP BY \(item)
            """).map { row in
                Stored.Item(id: try row.uuid("id"), meetingID: try row.uuid("meeting_id"), position: try row.int("position"),
                            title: try row.string("title"), presenter: try row.optionalString("presenter"),
                            caseNumber: try row.optionalString("case_number"), kind: try row.optionalString("kind"),
                            agendaText: try row.optionalString("agenda_text"), decisionText: try row.optionalString("decision_text"),
                            recommendation: try row.optionalString("recommendation"), hasDecision: try row.int("has_decision") == 1)
            }
        return Stored(meetings: try await meetings(meetingIDs), items: items, attachments: try await attachments(ofMeetings: meetingIDs))
    }

    /// The stored texts and facts of some meetings' items. Making entries of them is work for the
    /// processor alone (tokenising, stemming, removing contact details), which a rebuild does on
    /// another core while the database writes the batch before.
    struct Stored: Sendable {
        struct Item: Sendable {
            let id: UUID
            let meetingID: UUID
            let position: Int
            let title: String
            let presenter: String?
            let caseNumber: String?
            let kind: String?
            /// The headings and texts of the sections other than the decision, in order.
            let agendaText: String?
            /// The heading and text of the decision (beslutning).
            let decisionText: String?
            /// The text of the recommendations (indstilling), from which an item without a kind gets one.
            let recommendation: String?
            /// Whether a decision section has text.
            let hasDecision: Bool
        }

        fileprivate let meetings: [UUID: MeetingFacts]
        fileprivate let items: [Item]
        fileprivate let attachments: [UUID: [AttachmentText]]

        func entries(keeping kept: IndexedText.Kept) -> [SearchEntry] {
            // The meeting's facts are the same for each of its items: tokenised once.
            var metadata: [UUID: IndexedPart] = [:]
            return items.compactMap { item in
                guard let meeting = meetings[item.meetingID] else { return nil }
                let facts = metadata[meeting.id] ?? IndexedPart(meeting.metadata, keeping: kept)
                metadata[meeting.id] = facts
                return entry(of: item, in: meeting, metadata: facts, keeping: kept)
            }
        }

        private func entry(of item: Item, in meeting: MeetingFacts, metadata: IndexedPart, keeping kept: IndexedText.Kept) -> SearchEntry {
            let itemID = item.id
            let title = item.title, presenter = item.presenter, caseNumber = item.caseNumber
            let itemAttachments = attachments[itemID] ?? []
            let kind = item.kind.flatMap(AgendaItemKind.init(rawValue:)) ?? item.recommendation.flatMap(AgendaItemKind.init(recommendation:))

            var full = IndexedText(keeping: kept), publicTitle = IndexedText(keeping: kept), open = IndexedText(keeping: kept)
            var fullTextIsPublic = true
            /// Adds a text to the full text, and to the public text (or title) without contact details
            /// when the public may read it.
            func add(_ part: IndexedPart, isPublic: Bool, isTitle: Bool = false) {
                full.append(part.full)
                guard isPublic else {
                    fullTextIsPublic = fullTextIsPublic && part.full.isEmpty
                    return
                }
                fullTextIsPublic = fullTextIsPublic && !part.hasContactDetails
                if isTitle { publicTitle.append(part.shown) } else { open.append(part.shown) }
            }
            func add(_ text: String, isPublic: Bool, isTitle: Bool = false) {
                add(IndexedPart(text, redacting: isPublic, keeping: kept), isPublic: isPublic, isTitle: isTitle)
            }
            add([title, presenter, caseNumber].compactMap { $0 }.joined(separator: "\n"), isPublic: meeting.status.agendaIsPublic, isTitle: true)
            if let text = item.agendaText { add(text, isPublic: meeting.status.agendaIsPublic) }
            if let text = item.decisionText { add(text, isPublic: meeting.status.minutesArePublic) }
            for attachment in itemAttachments {
                add(attachment.text, isPublic: meeting.status.agendaIsPublic && attachment.isPublic)
            }
            // The meeting's facts last, so "telemedicin Midtklyngen" narrows to the cluster's items.
            add(metadata, isPublic: meeting.status.agendaIsPublic)
            return SearchEntry(
                itemID: itemID, meetingID: meeting.id, bodyID: meeting.bodyID, cluster: meeting.cluster,
                date: meeting.date, position: item.position, kind: kind,
                hasDecision: item.hasDecision, decisionIsPublic: item.hasDecision && meeting.status.minutesArePublic,
                publicTitle: publicTitle, publicText: open, fullText: full, fullTextIsPublic: fullTextIsPublic)
        }
    }

    /// A text tokenised once, and once more without its contact details if it has any.
    fileprivate struct IndexedPart {
        let full: IndexedText
        let shown: IndexedText
        let hasContactDetails: Bool

        /// `redacting`: whether the public may read the text, so that its contact details must go.
        init(_ text: String, redacting: Bool = true, keeping kept: IndexedText.Kept) {
            full = IndexedText(text, keeping: kept)
            let redacted = redacting ? ContactDetails.redacted(in: text) : text
            hasContactDetails = redacted != text
            shown = hasContactDetails ? IndexedText(redacted, keeping: kept) : full
        }
    }

    fileprivate struct MeetingFacts: Sendable {
        let id: UUID
        let bodyID: UUID
        let cluster: String?
        let date: CalendarDay
        let status: MeetingStatus
        /// The body's name and cluster and the meeting's place, searchable with each of its items.
        let metadata: String
    }

    private func meetings(_ ids: [UUID]) async throws -> [UUID: MeetingFacts] {
        let rows = try await PlainRows(sql: sql).all("""
            SELECT m.id, m.body_id, m.date, m.status, m.location, b.name, b.cluster
            FROM \(ident: MeetingModel.schema) m JOIN \(ident: BodyModel.schema) b ON b.id = m.body_id
            WHERE m.id IN (\(binds: ids))
            """)
        var meetings: [UUID: MeetingFacts] = [:]
        for row in rows {
            let id = try row.uuid("id")
            let date = try StoredValue.day(try row.string("date"), table: MeetingModel.schema, id: id, field: "date")
            let cluster = try row.optionalString("cluster")
            let metadata = [try row.string("name"), cluster, try row.optionalString("location")]
            meetings[id] = MeetingFacts(
                id: id, bodyID: try row.uuid("body_id"), cluster: cluster,
                date: date,
                status: try StoredValue.enumeration(try row.string("status"), table: MeetingModel.schema, id: id, field: "status"),
                metadata: metadata.compactMap { $0 }.joined(separator: "\n"))
        }
        return meetings
    }

    fileprivate struct AttachmentText: Sendable {
        let isPublic: Bool
        /// The title, and the file's text where it can be read.
        let text: String
    }

    /// The attachments of items, with the text of their files (see `FileTexts`).
    private func attachments(ofMeetings ids: [UUID]) async throws -> [UUID: [AttachmentText]] {
        let rows = try await sql.select()
            .columns("item_id", "title", "is_public", "file_sha256", "file_name")
            .from(AttachmentModel.schema)
            .where("meeting_id", .in, ids)
            .where("item_id", .isNot, SQLLiteral.null)
            .all()
        guard !rows.isEmpty else { return [:] }
        let files = try rows.compactMap { row -> FileTexts.File? in
            guard let sha256 = try row.decode(column: "file_sha256", as: String?.self),
                  let name = try row.decode(column: "file_name", as: String?.self) else { return nil }
            return FileTexts.File(sha256: sha256, fileName: name)
        }
        let texts = try await FileTexts(sql: sql).texts(of: files)
        var attachments: [UUID: [AttachmentText]] = [:]
        for row in rows {
            guard let itemID = try row.decode(column: "item_id", as: UUID?.self) else { continue }
            let title = try row.decode(column: "title", as: String.self)
            let fileText = try row.decode(column: "file_sha256", as: String?.self).flatMap { texts[$0] } ?? ""
            attachments[itemID, default: []].append(
                AttachmentText(isPublic: try row.decode(column: "is_public", as: Bool.self), text: title + "\n" + fileText))
        }
        return attachments
    }
}

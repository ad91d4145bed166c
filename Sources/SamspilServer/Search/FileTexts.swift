import Foundation
import MinutesImport
import SQLKit

/// The text of uploaded attachment files, read once per content (sha256) and kept: reindexing a meeting
/// must not run pdftotext on every file again. A file whose text cannot be read keeps an empty text, so
/// it is not tried again either; the publication guard is what reports unreadable files.
struct FileTexts {
    static let schema = "file_texts"

    struct File: Hashable {
        let sha256: String
        let fileName: String
    }

    let sql: any SQLDatabase

    /// The text of each file, by sha256.
    func texts(of files: [File]) async throws -> [String: String] {
        let wanted = Array(Set(files))
        guard !wanted.isEmpty else { return [:] }
        var texts: [String: String] = [:]
        for row in try await sql.select().columns("sha256", "text").from(Self.schema)
            .where("sha256", .in, wanted.map(\.sha256)).all() {
            texts[try row.decode(column: "sha256", as: String.self)] = try row.decode(column: "text", as: String.self)
        }
        for file in wanted where texts[file.sha256] == nil {
            let bytes = try await sql.select().column("bytes").from(StoredFileModel.schema)
                .where("sha256", .equal, file.sha256).first()?.decode(column: "bytes", as: Data.self)
            let text = bytes.flatMap { try? DocumentText.extract(from: $0, fileName: file.fileName) } ?? ""
            texts[file.sha256] = text
            try await sql.insert(into: Self.schema).columns("sha256", "text").values(SQLBind(file.sha256), SQLBind(text))
                .ignoringConflicts(with: ["sha256"]).run()
        }
        return texts
    }
}

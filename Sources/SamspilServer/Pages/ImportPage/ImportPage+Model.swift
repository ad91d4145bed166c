import Foundation
import SamspilCore

/// The import of old minutes in the browser: choose files, review what will be stored, confirm.
enum ImportPage {
    struct FormModel: Equatable {
        struct BodyChoice: Equatable {
            let id: UUID
            let name: String
        }

        let bodies: [BodyChoice]
        var error: UIText?
        /// Good news from the step before, e.g. that an import was cancelled.
        var notice: UIText?
    }

    struct PreviewModel: Equatable {
        struct Document: Equatable {
            enum State: Equatable {
                case parsed(ParsedMinutes, alreadyImported: Bool)
                /// The reader's or the parser's message.
                case failed(String)
            }

            let id: UUID
            let fileName: String
            let state: State
            /// The date the secretary entered, kept when the form comes back with an error.
            var enteredDate: String?
            /// CPR numbers in what the minutes would publish: the document cannot be stored.
            var cprFindings: [CPRFinding] = []
            var needsDate: Bool {
                if case let .parsed(minutes, alreadyImported) = state { return !alreadyImported && minutes.meeting.date == nil }
                return false
            }
        }

        let batch: UUID
        let bodyName: String
        var documents: [Document]
        /// Set when a confirmation came back because a date is missing or not a date, or because of CPR numbers.
        var error: UIText?

        /// Whether a document has CPR numbers: then nothing is stored until it is taken out of the batch.
        var hasCPRNumbers: Bool { documents.contains { !$0.cprFindings.isEmpty } }
    }

    struct ResultModel: Equatable {
        struct Line: Equatable {
            let fileName: String
            let text: String
            let url: SiteURL?
        }

        let bodyName: String
        let lines: [Line]
    }
}

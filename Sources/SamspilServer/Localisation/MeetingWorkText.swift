import Foundation
import SamspilCore

/// The texts of the secretariat's meeting pages (planning, agenda builder, item editor, life cycle), in
/// Danish and English. Exhaustive like `UIText`: a key without both translations does not compile.
enum MeetingWorkText: CaseIterable, Sendable {
    case newMeeting, newMeetingIntro, createMeeting, editMeeting, editAgenda, viewMeeting, meetingDetails, saveDetails
    case startTime, endTime, location, chair, minuteTakers, minuteTakersHint, formHasErrors
    case dateMissing, dateInvalid, timeInvalid, endBeforeStart, meetingExists
    case meetingCreated, detailsSaved, agendaSaved, itemAdded, itemDeleted, itemSaved, breakAdded
    case agendaItems, duration, durationMinutes, kind, kindNone, kindDecision, kindDiscussion, kindBriefing
    case breakTitle, addItem, addBreak, addItemIntro, titleMissing, durationInvalid, moveUp, moveDown, edit, delete
    case plannedEnd, overrun, lockedNotice, backlogTitle, backlogEmpty, backlogAdd, backlogProposedBy, backlogDue
    case lifeCycle, nextStep, noNextStep, stepAgendaPublished, stepHeld, stepMinutesDraft, stepMinutesApproved
    case confirmAgendaPublished, confirmHeld, confirmMinutesDraft, confirmMinutesApproved, confirm, cancel, stepDone, stepRefused
    case editItem, itemTitle, presenter, presenterMember, presenterOther, presenterHint, recommendation, description
    case decision, decisionHint, markdownHint, saveItem, correctionReason, correctionReasonHint, reasonMissing
    case conflictTitle, conflictIntro, conflictSaved, conflictMine, conflictKeepSaved
    case attachmentsTitle, attachmentTitle, attachmentFile, attachmentFileHint, upload, noAttachments
    case attachmentMissing, attachmentWrongType, attachmentTooLarge, attachmentMismatch, attachmentAdded, attachmentDeleted
    case attachmentPublicChoice, attachmentIsPublic, attachmentIsInternal, makePublic, makeInternal
    case attachmentMadePublic, attachmentMadeInternal
    case actionsTitle, actionText, actionOwner, actionOwnerOther, actionDue, addAction, noActions, actionTextMissing
    case actionOwnerMissing, actionAdded, actionOpen, actionDone, actionDropped, followUpFromPrevious
    case approvePrevious, approvePreviousText, previousApproved
    case auditTrail, auditStatus, auditField, auditReason, deleteItemTitle, deleteItemText, confirmDelete
    case attendanceLink, followUpLink, backlogLink, standardItemsLink, bodySettingsLink, secretariat
    case cprFoundTitle, cprFoundText, cprUnreadText, cprUncheckedTitle, cprUncheckedText, cprLine, cprAttachmentRefused, backToMeeting

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .newMeeting: ("Nyt møde", "New meeting")
        case .newMeetingIntro: ("Mødet får forummets standardpunkter på dagsordenen. Du kan ændre alt bagefter.",
                                "The meeting starts with the body's standard items. You can change everything afterwards.")
        case .createMeeting: ("Opret møde", "Create meeting")
        case .editMeeting: ("Rediger møde", "Edit meeting")
        case .editAgenda: ("Dagsorden og møde", "Agenda and meeting")
        case .viewMeeting: ("Se mødesiden", "View the meeting page")
        case .meetingDetails: ("Mødets oplysninger", "Meeting details")
        case .saveDetails: ("Gem oplysninger", "Save details")
        case .startTime: ("Starttidspunkt", "Start time")
        case .endTime: ("Sluttidspunkt", "End time")
        case .location: ("Sted", "Place")
        case .chair: ("Mødeleder", "Chair")
        case .minuteTakers: ("Referenter", "Minute takers")
        case .minuteTakersHint: ("Adskil flere navne med komma.", "Separate several names with commas.")
        case .formHasErrors: ("Der er fejl i formularen", "The form has errors")
        case .dateMissing: ("Skriv mødets dato.", "Enter the meeting's date.")
        case .dateInvalid: ("Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2025-03-14.", "Write the date as YYYY-MM-DD, e.g. 2025-03-14.")
        case .timeInvalid: ("Tidspunktet skal skrives som TT:MM, fx 09:30.", "Write the time as HH:MM, e.g. 09:30.")
        case .endBeforeStart: ("Sluttidspunktet skal ligge efter starttidspunktet.", "The end must be after the start.")
        case .meetingExists: ("Forummet har allerede et møde på den dato og det tidspunkt.", "The body already has a meeting at that date and time.")
        case .meetingCreated: ("Mødet er oprettet med forummets standardpunkter.", "The meeting was created with the body's standard items.")
        case .detailsSaved: ("Mødets oplysninger er gemt.", "The meeting's details are saved.")
        case .agendaSaved: ("Dagsordenen er gemt.", "The agenda is saved.")
        case .itemAdded: ("Punktet er tilføjet.", "The item was added.")
        case .itemDeleted: ("Punktet er slettet.", "The item was deleted.")
        case .itemSaved: ("Punktet er gemt.", "The item is saved.")
        case .breakAdded: ("Pausen er tilføjet.", "The break was added.")
        case .agendaItems: ("Dagsordenens punkter", "Agenda items")
        case .duration: ("Varighed", "Duration")
        case .durationMinutes: ("Varighed i minutter", "Duration in minutes")
        case .kind: ("Type", "Kind")
        case .kindNone: ("Ikke angivet", "Not given")
        case .kindDecision: ("Beslutning", "Decision")
        case .kindDiscussion: ("Drøftelse", "Discussion")
        case .kindBriefing: ("Orientering", "Briefing")
        case .breakTitle: ("Pause", "Break")
        case .addItem: ("Tilføj punkt", "Add item")
        case .addBreak: ("Tilføj pause", "Add break")
        case .addItemIntro: ("Nye punkter kommer før “Punkter til kommende møder” og “Eventuelt”.",
                             "New items go before “Items for coming meetings” and “Any other business”.")
        case .titleMissing: ("Skriv punktets titel.", "Enter the item's title.")
        case .durationInvalid: ("Varigheden skal være et helt antal minutter fra 1 til 480.", "The duration must be a whole number of minutes from 1 to 480.")
        case .moveUp: ("Flyt op", "Move up")
        case .moveDown: ("Flyt ned", "Move down")
        case .edit: ("Rediger", "Edit")
        case .delete: ("Slet", "Delete")
        case .plannedEnd: ("Dagsordenen slutter", "The agenda ends at")
        case .overrun: ("Dagsordenen går over mødets sluttidspunkt med", "The agenda runs past the meeting's end by")
        case .lockedNotice: ("Referatet er godkendt og låst. Rettelser af et punkt kræver en begrundelse og kommer i ændringsloggen.",
                             "The minutes are approved and locked. A correction of an item needs a reason and goes into the audit trail.")
        case .backlogTitle: ("Punkter til kommende møder", "Items for coming meetings")
        case .backlogEmpty: ("Der er ingen punkter, der venter.", "No items are waiting.")
        case .backlogAdd: ("Sæt på dagsordenen", "Put on the agenda")
        case .backlogProposedBy: ("Foreslået af", "Proposed by")
        case .backlogDue: ("Senest", "Due by")
        case .lifeCycle: ("Mødets forløb", "The meeting's progress")
        case .nextStep: ("Næste skridt", "Next step")
        case .noNextStep: ("Referatet er godkendt. Mødet er afsluttet.", "The minutes are approved. The meeting is complete.")
        case .stepAgendaPublished: ("Udsend dagsorden", "Publish the agenda")
        case .stepHeld: ("Markér mødet som afholdt", "Mark the meeting as held")
        case .stepMinutesDraft: ("Send udkast til referat", "Send the draft minutes")
        case .stepMinutesApproved: ("Godkend referatet", "Approve the minutes")
        case .confirmAgendaPublished: ("Dagsordenen bliver offentlig: alle kan læse den på Samspil, også uden at logge ind.",
                                       "The agenda becomes public: anyone can read it on Samspil, also without signing in.")
        case .confirmHeld: ("Mødet markeres som afholdt. Derefter kan du skrive referatet punkt for punkt.",
                            "The meeting is marked as held. Then you can write the minutes item by item.")
        case .confirmMinutesDraft: ("Udkastet til referat bliver synligt for forummets medlemmer, som kan kommentere det. Offentligheden ser det først, når det er godkendt.",
                                    "The draft minutes become visible to the body's members for comments. The public sees them once they are approved.")
        case .confirmMinutesApproved: ("Referatet bliver godkendt, offentligt og låst. Senere rettelser kræver en begrundelse og logges.",
                                       "The minutes become approved, public and locked. Later corrections need a reason and are logged.")
        case .confirm: ("Bekræft", "Confirm")
        case .cancel: ("Fortryd", "Cancel")
        case .stepDone: ("Mødets status er ændret.", "The meeting's status has changed.")
        case .stepRefused: ("Skridtet kan ikke tages fra mødets nuværende status. Måske har en anden allerede taget det.",
                            "The step cannot be taken from the meeting's current status. Someone may have taken it already.")
        case .editItem: ("Rediger punkt", "Edit item")
        case .itemTitle: ("Titel", "Title")
        case .presenter: ("Oplægsholder", "Presenter")
        case .presenterMember: ("Oplægsholder blandt medlemmerne", "Presenter among the members")
        case .presenterOther: ("Eller skriv navnet", "Or write the name")
        case .presenterHint: ("Fx “formandskabet” eller en gæst. Et navn her går forud for valget ovenfor.",
                              "E.g. “the chairs” or a guest. A name here takes precedence over the choice above.")
        case .recommendation: ("Indstilling", "Recommendation")
        case .description: ("Sagsfremstilling", "Case description")
        case .decision: ("Beslutning / referat", "Decision / minutes")
        case .decisionHint: ("Skrives, når mødet er afholdt.", "Written once the meeting is held.")
        case .markdownHint: ("Markdown: tom linje for nyt afsnit, “- ” for punktopstilling, **fed**, *kursiv*, [tekst](https://…).",
                             "Markdown: a blank line for a new paragraph, “- ” for bullets, **bold**, *italic*, [text](https://…).")
        case .saveItem: ("Gem punkt", "Save item")
        case .correctionReason: ("Begrundelse for rettelsen", "Reason for the correction")
        case .correctionReasonHint: ("Referatet er godkendt. Begrundelsen vises i ændringsloggen sammen med dit navn.",
                                     "The minutes are approved. The reason is shown in the audit trail with your name.")
        case .reasonMissing: ("Skriv en begrundelse for rettelsen.", "Give a reason for the correction.")
        case .conflictTitle: ("En anden har gemt punktet imens", "Someone else saved the item in the meantime")
        case .conflictIntro: ("Dit indhold er ikke gemt endnu. Felterne herunder er forskellige fra den gemte version: vælg for hvert felt, hvad der skal gælde, ret til og gem.",
                              "Your content is not saved yet. The fields below differ from the saved version: choose for each what should apply, edit and save.")
        case .conflictSaved: ("Den gemte version", "The saved version")
        case .conflictMine: ("Din version", "Your version")
        case .conflictKeepSaved: ("Behold den gemte version af dette felt", "Keep the saved version of this field")
        case .attachmentsTitle: ("Bilag", "Attachments")
        case .attachmentTitle: ("Bilagets titel", "Attachment title")
        case .attachmentFile: ("Fil", "File")
        case .attachmentFileHint: ("PDF, Word, Excel, PowerPoint, OpenDocument eller billede", "PDF, Word, Excel, PowerPoint, OpenDocument or image")
        case .upload: ("Upload bilag", "Upload attachment")
        case .noAttachments: ("Punktet har ingen bilag.", "The item has no attachments.")
        case .attachmentMissing: ("Vælg en fil.", "Choose a file.")
        case .attachmentWrongType: ("Filtypen kan ikke bruges som bilag. Brug PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG eller GIF.",
                                    "This type of file cannot be an attachment. Use PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG or GIF.")
        case .attachmentTooLarge: ("Filen er for stor. Den største tilladte størrelse er", "The file is too large. The largest size allowed is")
        case .attachmentMismatch: ("Filens indhold passer ikke til dens filtype. Gem den igen fra programmet, der lavede den.",
                                   "The file's content does not match its type. Save it again from the program that made it.")
        case .attachmentAdded: ("Bilaget er uploadet.", "The attachment was uploaded.")
        case .attachmentDeleted: ("Bilaget er fjernet.", "The attachment was removed.")
        case .attachmentPublicChoice: ("Offentligt bilag (vises i det offentlige arkiv)", "Public attachment (shown in the public archive)")
        case .attachmentIsPublic: ("Offentligt", "Public")
        case .attachmentIsInternal: ("Kun for medlemmer", "Members only")
        case .makePublic: ("Gør offentligt", "Make public")
        case .makeInternal: ("Gør ikke-offentligt", "Make members only")
        case .attachmentMadePublic: ("Bilaget vises nu i det offentlige arkiv.", "The attachment is now shown in the public archive.")
        case .attachmentMadeInternal: ("Bilaget vises ikke længere i det offentlige arkiv.", "The attachment is no longer shown in the public archive.")
        case .actionsTitle: ("Opfølgning", "Follow-up")
        case .actionText: ("Hvad skal gøres", "What is to be done")
        case .actionOwner: ("Ansvarlig", "Owner")
        case .actionOwnerOther: ("Eller skriv den ansvarlige", "Or write the owner")
        case .actionDue: ("Frist", "Due")
        case .addAction: ("Tilføj opfølgning", "Add follow-up")
        case .noActions: ("Punktet har ingen opfølgning.", "The item has no follow-up.")
        case .actionTextMissing: ("Skriv, hvad der skal gøres.", "Write what is to be done.")
        case .actionOwnerMissing: ("Vælg eller skriv, hvem der er ansvarlig.", "Choose or write who is responsible.")
        case .actionAdded: ("Opfølgningen er tilføjet.", "The follow-up was added.")
        case .actionOpen: ("Åben", "Open")
        case .actionDone: ("Udført", "Done")
        case .actionDropped: ("Droppet", "Dropped")
        case .followUpFromPrevious: ("Opfølgning fra sidste møde", "Follow-up from the last meeting")
        case .approvePrevious: ("Godkend referatet fra sidste møde", "Approve the minutes of the last meeting")
        case .approvePreviousText: ("Udkastet til referat fra mødet den", "The draft minutes of the meeting of")
        case .previousApproved: ("Referatet fra sidste møde er godkendt.", "The minutes of the last meeting are approved.")
        case .auditTrail: ("Ændringslog", "Audit trail")
        case .auditStatus: ("Status ændret", "Status changed")
        case .auditField: ("Rettet", "Corrected")
        case .auditReason: ("Begrundelse", "Reason")
        case .deleteItemTitle: ("Slet punktet?", "Delete the item?")
        case .deleteItemText: ("Punktet, dets tekster, bilag og opfølgning slettes. Det kan ikke fortrydes.",
                               "The item, its texts, attachments and follow-up are deleted. This cannot be undone.")
        case .confirmDelete: ("Slet punktet", "Delete the item")
        case .attendanceLink: ("Deltagere", "Attendance")
        case .followUpLink: ("Opfølgning", "Follow-up")
        case .backlogLink: ("Punkter til kommende møder", "Items for coming meetings")
        case .standardItemsLink: ("Standardpunkter", "Standard items")
        case .bodySettingsLink: ("Indstillinger og medlemmer", "Settings and members")
        case .secretariat: ("Sekretariat", "Secretariat")
        case .cprFoundTitle: ("Det kan ikke offentliggøres endnu", "This cannot be published yet")
        case .cprFoundText: ("Et CPR-nummer må aldrig offentliggøres. Herunder står, hvor der er et CPR-nummer (vist med fødselsdatoen alene), eller et offentligt bilag, der ikke kunne læses. Ret teksten, fjern bilaget eller gør det ikke-offentligt, og prøv igen.",
                             "A CPR number must never be published. Below is where there is a CPR number (shown with the birth date only), or a public attachment that could not be read. Edit the text, remove the attachment or make it non-public, and try again.")
        case .cprUnreadText: ("Bilaget kunne ikke kontrolleres for CPR-numre:", "The attachment could not be checked for CPR numbers:")
        case .cprUncheckedTitle: ("Kontrollér disse bilag selv", "Check these attachments yourself")
        case .cprUncheckedText: ("Teksten i disse offentlige bilag kan ikke læses automatisk (billeder, regneark, præsentationer, scannede sider), så de er ikke kontrolleret for CPR-numre.",
                                 "The text of these public attachments cannot be read automatically (images, spreadsheets, presentations, scanned pages), so they are not checked for CPR numbers.")
        case .cprLine: ("linje", "line")
        case .cprAttachmentRefused: ("Bilaget kan ikke gøres offentligt: et CPR-nummer må aldrig offentliggøres, og mødets dagsorden er offentlig. Ret filen eller titlen, eller lad bilaget være internt.",
                                     "The attachment cannot be made public: a CPR number must never be published, and the meeting's agenda is public. Correct the file or the title, or keep the attachment internal.")
        case .backToMeeting: ("Tilbage til mødet", "Back to the meeting")
        }
        return language == .da ? da : en
    }
}

extension Language {
    func work(_ key: MeetingWorkText) -> String { key.text(in: self) }

    /// A moment in Copenhagen time: "18. juni 2021 kl. 14.05" / "18 June 2021 14:05".
    func format(_ moment: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .copenhagen
        let parts = calendar.dateComponents([.hour, .minute], from: moment)
        let day = format(CalendarDay.today(in: .copenhagen, now: moment))
        guard let time = TimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0) else { return day }
        return self == .da ? "\(day) kl. \(time.danish)" : "\(day) \(time.description)"
    }

    func name(of field: ItemDraft.Field) -> String {
        switch field {
        case .title: work(.itemTitle)
        case .kind: work(.kind)
        case .presenter: work(.presenter)
        case .duration: work(.duration)
        case .recommendation: work(.recommendation)
        case .description: work(.description)
        case .decision: work(.decision)
        }
    }

    func name(of kind: AgendaItemKind?) -> String {
        switch kind {
        case nil: work(.kindNone)
        case .decision?: work(.kindDecision)
        case .discussion?: work(.kindDiscussion)
        case .briefing?: work(.kindBriefing)
        }
    }

    /// Where a published text is: "Punkt 3 · Sagsfremstilling", "Mødets oplysninger · Sted". Names and
    /// titles in it are masked: they are the secretary's text and could hold a CPR number themselves.
    func describe(_ place: PublicPlace) -> String {
        let parts: [String] = switch place {
        case let .meeting(field): [work(.meetingDetails), name(of: field)]
        case let .item(item, part): [item.number.map { "\(text(.item)) \($0)" } ?? item.title, name(of: part)]
        case let .attachment(title, _): [work(.attachmentsTitle), title]
        case let .attachmentText(title, fileName, _): [work(.attachmentsTitle), "\(title) (\(fileName))"]
        case let .attendance(name): [work(.attendanceLink), name]
        }
        return CPRNumbers.masking(parts.joined(separator: " · "))
    }

    private func name(of field: PublicPlace.MeetingField) -> String {
        switch field {
        case .location: work(.location)
        case .chair: work(.chair)
        case .minuteTakers: work(.minuteTakers)
        }
    }

    private func name(of part: PublicPlace.ItemPart) -> String {
        switch part {
        case .title: work(.itemTitle)
        case .presenter: work(.presenter)
        case .caseNumber: text(.caseNumber)
        case let .section(kind, heading): heading ?? self.heading(of: kind)
        case .followUp: work(.actionsTitle)
        }
    }

    /// A CPR number's place, with the line for a number in an attachment's text.
    func describe(_ finding: CPRFinding) -> String {
        describe(finding.place) + (finding.line.map { ", \(work(.cprLine)) \($0)" } ?? "")
    }

    /// Beside a field whose text the public would read at once (the agenda is out) and that holds a CPR
    /// number, shown masked.
    func cprInText(_ masked: String) -> String {
        self == .da
            ? "Teksten indeholder et CPR-nummer (\(masked)). Et CPR-nummer må aldrig offentliggøres: fjern det eller omskriv teksten."
            : "The text contains a CPR number (\(masked)). A CPR number must never be published: remove it or rewrite the text."
    }

    /// Why an attachment cannot be offered to the public: each CPR number with its place and the words
    /// around it, masked, and why a file could not be read, as the publication's refusal lists them.
    func attachmentRefusal(_ check: PublicationCheck) -> String {
        let found = check.findings.map { "\(describe($0)): \($0.excerpt)" }
        let unread = check.unreadable.map { [work(.cprUnreadText), $0.reason].compactMap { $0 }.joined(separator: " ") }
        return ([work(.cprAttachmentRefused)] + found + unread).joined(separator: " ")
    }

    /// The button that takes a meeting to `status`.
    func step(to status: MeetingStatus) -> String {
        switch status {
        case .planned: name(of: status)
        case .agendaPublished: work(.stepAgendaPublished)
        case .held: work(.stepHeld)
        case .minutesDraft: work(.stepMinutesDraft)
        case .minutesApproved: work(.stepMinutesApproved)
        }
    }

    /// What taking a meeting to `status` means, said before it is confirmed.
    func consequence(of status: MeetingStatus) -> String {
        switch status {
        case .planned: name(of: status)
        case .agendaPublished: work(.confirmAgendaPublished)
        case .held: work(.confirmHeld)
        case .minutesDraft: work(.confirmMinutesDraft)
        case .minutesApproved: work(.confirmMinutesApproved)
        }
    }
}

extension MeetingWorkText: PageNotice {
    static let notices: [MeetingWorkText] = [
        .meetingCreated, .detailsSaved, .agendaSaved, .itemAdded, .itemDeleted, .itemSaved, .breakAdded, .stepDone, .stepRefused,
        .attachmentAdded, .attachmentDeleted, .attachmentMadePublic, .attachmentMadeInternal, .actionAdded, .previousApproved,
    ]

}

import SamspilCore

/// The warnings a secretary should read before trusting a parse, in Danish (they are shown to users).
enum ParseWarnings {
    static func collect(header: MeetingHeader, items: [ParsedMinutes.Item], bodies: [ItemBody],
                        dateFromDecisions: Bool) -> [String] {
        var warnings: [String] = []
        if header.meeting.date == nil {
            var text = "Mødedatoen kunne ikke læses i teksten. Angiv datoen ved import (fx --date ÅÅÅÅ-MM-DD)."
            if let sent = header.sendingDate {
                text += " Datoen \(danish(sent)) øverst er formentlig datoen for udsendelsen, ikke for mødet."
            }
            warnings.append(text)
        } else if dateFromDecisions, let date = header.meeting.date {
            warnings.append("Mødedatoen (\(danish(date))) er læst ud af overskrifterne \"Beslutning i ... den ...\"; kontrollér den.")
        }

        let numbered = items.compactMap(\.number)
        if numbered.isEmpty {
            warnings.append("Der blev ikke fundet nogen nummererede dagsordenspunkter.")
        }
        for (before, after) in zip(numbered, numbered.dropFirst()) where after > before + 1 {
            let missing = after - before == 2 ? "punkt \(before + 1) mangler"
                : "punkt \(before + 1)-\(after - 1) mangler"
            warnings.append("Hul i punktnumrene: efter punkt \(before) kommer punkt \(after) (\(missing)).")
        }
        let numberedBodies = zip(items, bodies).filter { $0.0.number != nil }
        let noHeadingsAnywhere = numberedBodies.count > 1 && numberedBodies.allSatisfy { $0.1.headedSectionCount == 0 }
        if noHeadingsAnywhere {
            warnings.append("Ingen af punkterne har afsnitsoverskrifter (Indstilling, Sagsfremstilling, Beslutning ...); "
                            + "teksten under hvert punkt er gemt som ét afsnit.")
        }
        for (item, body) in numberedBodies where body.headedSectionCount == 0 {
            let name = "Punkt \(item.number.map(String.init) ?? "") (\(item.title))"
            if body.sections.isEmpty {
                warnings.append("\(name) har ingen tekst og ingen afsnit (Indstilling, Sagsfremstilling, Beslutning ...).")
            } else if !noHeadingsAnywhere {
                warnings.append("\(name) har ingen afsnitsoverskrifter (Indstilling, Sagsfremstilling, Beslutning ...); teksten er gemt som ét afsnit.")
            }
        }
        for name in header.unmatchedAbsentees {
            warnings.append("\(name) har meldt afbud, men står ikke på listen over inviterede.")
        }
        return warnings
    }

    static let monthNames = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                             "oktober", "november", "december"]

    /// `18. juni 2021`.
    static func danish(_ day: CalendarDay) -> String {
        "\(day.day). \(monthNames[day.month - 1]) \(day.year)"
    }
}

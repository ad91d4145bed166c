import Foundation
import SamspilCore

/// The comparison of `shared/tools/score_parse.py --strict`, in Swift: item numbers (F1), titles (at least
/// 0.9 similar after normalisation, by difflib's ratio), section kinds (F1, sections with text only,
/// `other` ignored), presenters, start times, the date, the status and the attendance counts.
struct ParseScore: CustomStringConvertible {
    var itemF1 = 1.0
    var titles = 1.0
    var sectionF1 = 1.0
    var presenters = (ok: 0, of: 0)
    var starts = (ok: 0, of: 0)
    var dateMatches = true
    var statusMatches = true
    var attendanceMatches = true
    var mismatches: [String] = []

    /// What `--strict` requires.
    var holdsStrictly: Bool {
        itemF1 == 1 && titles >= 0.9 && sectionF1 >= 0.9 && presenters.ok == presenters.of
            && starts.ok == starts.of && dateMatches && statusMatches && attendanceMatches
    }

    var description: String {
        "item_f1=\(itemF1) title=\(titles) section_f1=\(sectionF1) presenter=\(presenters.ok)/\(presenters.of) "
            + "start=\(starts.ok)/\(starts.of) date=\(dateMatches) status=\(statusMatches) "
            + "attendance=\(attendanceMatches) \(mismatches)"
    }

    /// `predicted` is the parse as JSON (what `samspil parse --json` prints); `gold` an expected.json.
    init(predicted: [String: Any], gold: [String: Any]) {
        let goldItems = (gold["items"] as? [[String: Any]]) ?? []
        var goldByNumber: [Int: [String: Any]] = [:]
        for item in goldItems { if let number = item["number"] as? Int { goldByNumber[number] = item } }
        var predictedByNumber: [Int: [String: Any]] = [:]
        var duplicates = 0
        for item in (predicted["items"] as? [[String: Any]]) ?? [] {
            guard let number = item["number"] as? Int else { continue }
            if predictedByNumber[number] != nil { duplicates += 1 } else { predictedByNumber[number] = item }
        }
        let goldNumbers = Set(goldByNumber.keys), predictedNumbers = Set(predictedByNumber.keys)
        itemF1 = Self.f1(truePositives: goldNumbers.intersection(predictedNumbers).count,
                         falsePositives: predictedNumbers.subtracting(goldNumbers).count + duplicates,
                         falseNegatives: goldNumbers.subtracting(predictedNumbers).count)

        var titlesOK = 0, sectionTP = 0, sectionFP = 0, sectionFN = 0
        for (number, goldItem) in goldByNumber {
            let goldSections = Set((goldItem["sections"] as? [String]) ?? [])
            guard let item = predictedByNumber[number] else {
                sectionFN += goldSections.count
                mismatches.append("item \(number) missing")
                continue
            }
            let goldTitle = Self.normalised(goldItem["title"] as? String ?? "")
            let title = Self.normalised(item["title"] as? String ?? "")
            if Self.ratio(goldTitle, title) >= 0.9 { titlesOK += 1 } else { mismatches.append("title \(number): \(title)") }
            if !goldSections.isEmpty {
                let sections = (item["sections"] as? [[String: Any]]) ?? []
                let kinds = Set(sections.filter { !((($0["text"] as? String) ?? "")
                    .trimmingCharacters(in: .whitespacesAndNewlines)).isEmpty }
                    .compactMap { $0["kind"] as? String }).subtracting(["other"])
                sectionTP += goldSections.intersection(kinds).count
                sectionFP += kinds.subtracting(goldSections).count
                sectionFN += goldSections.subtracting(kinds).count
                if kinds != goldSections { mismatches.append("sections \(number): \(kinds.sorted())") }
            }
            if let goldPresenter = goldItem["presenter"] as? String {
                presenters.of += 1
                if Self.normalised(goldPresenter) == Self.normalised(item["presenter"] as? String ?? "") {
                    presenters.ok += 1
                } else {
                    mismatches.append("presenter \(number): \(item["presenter"] ?? "nil")")
                }
            }
            if let goldStart = goldItem["start"] as? String {
                starts.of += 1
                if goldStart == (item["start"] as? String ?? "") { starts.ok += 1 } else { mismatches.append("start \(number)") }
            }
        }
        titles = Double(titlesOK) / Double(max(1, goldByNumber.count))
        sectionF1 = Self.f1(truePositives: sectionTP, falsePositives: sectionFP, falseNegatives: sectionFN)

        let goldMeeting = (gold["meeting"] as? [String: Any]) ?? [:]
        let meeting = (predicted["meeting"] as? [String: Any]) ?? [:]
        dateMatches = (goldMeeting["date"] as? String) == (meeting["date"] as? String)
        if goldMeeting.keys.contains("status") {
            statusMatches = (goldMeeting["status"] as? String) == (meeting["status"] as? String)
        }
        let goldAttendance = (gold["attendance"] as? [String: Int]) ?? [:]
        let attendance = (predicted["attendance"] as? [String: Any]) ?? [:]
        for (list, count) in goldAttendance where ((attendance[list] as? [Any]) ?? []).count != count {
            attendanceMatches = false
            mismatches.append("\(list): \(((attendance[list] as? [Any]) ?? []).count) != \(count)")
        }
    }

    static func f1(truePositives: Int, falsePositives: Int, falseNegatives: Int) -> Double {
        let precision = truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        let recall = truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// `norm` of score_parse.py: NFKC, lower case, quotes and `*#_` removed, non-word runs as one space.
    static func normalised(_ text: String) -> String {
        let removed: Set<Character> = ["\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "'", "\"", "`", "*", "#", "_"]
        var result = ""
        var pendingSpace = false
        for character in text.precomposedStringWithCompatibilityMapping.lowercased() where !removed.contains(character) {
            if character.isLetter || character.isNumber {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// difflib.SequenceMatcher(None, a, b).ratio() for short strings (no junk heuristics apply below 200).
    static func ratio(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return 2 * Double(matchingCharacters(x, 0, x.count, y, 0, y.count)) / Double(x.count + y.count)
    }

    private static func matchingCharacters(_ a: [Character], _ alo: Int, _ ahi: Int,
                                           _ b: [Character], _ blo: Int, _ bhi: Int) -> Int {
        guard alo < ahi, blo < bhi else { return 0 }
        // The longest matching block, earliest in a, then earliest in b (difflib's tie-break).
        var bestI = alo, bestJ = blo, bestSize = 0
        var previous = [Int](repeating: 0, count: bhi - blo + 1)
        for i in alo..<ahi {
            var current = [Int](repeating: 0, count: bhi - blo + 1)
            for j in blo..<bhi where a[i] == b[j] {
                let size = previous[j - blo] + 1
                current[j - blo + 1] = size
                if size > bestSize {
                    bestI = i - size + 1
                    bestJ = j - size + 1
                    bestSize = size
                }
            }
            previous = current
        }
        guard bestSize > 0 else { return 0 }
        return bestSize + matchingCharacters(a, alo, bestI, b, blo, bestJ)
            + matchingCharacters(a, bestI + bestSize, ahi, b, bestJ + bestSize, bhi)
    }
}

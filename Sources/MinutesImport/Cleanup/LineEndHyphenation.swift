/// Words broken at the end of a line: `sund-` + `hedsvæsenet` is one word. A hyphen before a conjunction
/// (`sundheds-` + `og omsorgschef`) is Danish for a shared word part and stays, the phrase joined again.
enum LineEndHyphenation {
    /// Words after which a line-end hyphen is a shared word part, not a break in a word.
    private static let conjunctions: Set<String> = ["og", "eller", "samt", "som", "til", "&", "and", "or"]

    static func join(_ lines: [DocumentLine]) -> [DocumentLine] {
        var lines = lines
        var index = 0
        while index < lines.count {
            if joinNext(into: index, of: &lines) { continue }  // the joined line may end with a hyphen again
            index += 1
        }
        return lines
    }

    /// Joins the continuation of line `index`, when it has one. Returns whether it did.
    private static func joinNext(into index: Int, of lines: inout [DocumentLine]) -> Bool {
        let text = lines[index].text
        guard text.hasSuffix("-"), text.count >= 3, let beforeHyphen = text.dropLast().last,
              beforeHyphen.isLetter else { return false }
        // The next line with text, across one blank line: a page or paragraph break inside a word is still one.
        var next = index + 1
        if next < lines.count, lines[next].isBlank { next += 1 }
        guard next < lines.count, !lines[next].isBullet,
              let firstWord = TextShape.words(lines[next].text).first, let first = firstWord.first else { return false }

        if conjunctions.contains(firstWord.lowercased()) {
            lines[index].text = text + " " + lines[next].text
            lines.removeSubrange((index + 1)...next)
            return true
        }
        guard first.isLetter, first.isLowercase else { return false }
        // Only the rest of the word moves up; the rest of the next line stays a line of its own.
        lines[index].text = String(text.dropLast()) + firstWord
        let remainder = TextShape.trimmed(lines[next].text.dropFirst(firstWord.count))
        if remainder.isEmpty {
            lines.removeSubrange((index + 1)...next)
        } else {
            lines[next].text = remainder
            if next > index + 1 { lines.remove(at: index + 1) }
        }
        return true
    }
}

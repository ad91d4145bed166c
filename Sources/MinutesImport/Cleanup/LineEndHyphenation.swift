/// Words broken at the end of a line: `sund-` + `hedsvæsenet` is one word. A hyphen before a conjunction
/// (`sundheds-` + `og omsorgschef`) is Danish for a shared word part and stays, the phrase joined again.
enum LineEndHyphenation {
    /// Words after which a line-end hyphen is a shared word part, not a break in a word.
    private static let conjunctions: Set<String> = ["og", "eller", "samt", "som", "til", "&", "and", "or"]

    static func join(_ lines: [DocumentLine]) -> [DocumentLine] {
        // Only a line ending with a hyphen is ever joined: without one there is nothing to do.
        guard lines.contains(where: { endsWithHyphen($0.text) }), var current = lines.first else { return lines }
        var following = FollowingLines(lines: lines, position: 1)
        var result: [DocumentLine] = []
        result.reserveCapacity(lines.count)
        while true {
            if joinNext(into: &current, from: &following) { continue }  // the joined line may end with a hyphen again
            result.append(current)
            guard following.count > 0 else { break }
            current = following[0]
            following.removeFirst(1)
        }
        return result
    }

    /// Joins the continuation of `line` from the lines that follow it, when it has one. Returns whether it did.
    private static func joinNext(into line: inout DocumentLine, from following: inout FollowingLines) -> Bool {
        let text = line.text
        guard endsWithHyphen(text), text.count >= 3, let beforeHyphen = text.dropLast().last,
              beforeHyphen.isLetter else { return false }
        // The next line with text, across one blank line: a page or paragraph break inside a word is still one.
        var next = 0
        if next < following.count, following[next].isBlank { next += 1 }
        guard next < following.count, !following[next].isBullet,
              let firstWord = TextShape.words(following[next].text).first, let first = firstWord.first else { return false }

        if conjunctions.contains(TextShape.lowercased(firstWord)) {
            line.text = text + " " + following[next].text
            following.removeFirst(next + 1)
            return true
        }
        guard first.isLetter, first.isLowercase else { return false }
        // Only the rest of the word moves up; the rest of the next line stays a line of its own.
        line.text = String(text.dropLast()) + firstWord
        let remainder = TextShape.trimmed(following[next].text.dropFirst(firstWord.count))
        if remainder.isEmpty {
            following.removeFirst(next + 1)
        } else {
            following.replaceText(at: next, with: remainder)
        }
        return true
    }

    /// `text.hasSuffix("-")`, looking only at the end.
    private static func endsWithHyphen(_ text: String) -> Bool {
        if let last = SimpleText.lastCharacter(text) { return last == UInt32(UInt8(ascii: "-")) }
        return text.hasSuffix("-")
    }

    /// The lines after the one being joined. A join only takes lines off their front or shortens the first line
    /// with text, so they are the input from `position` on with at most the first replaced: nothing is moved,
    /// and joining stays linear however many words are broken.
    private struct FollowingLines {
        let lines: [DocumentLine]
        var position: Int
        var replacedFirst: DocumentLine?

        init(lines: [DocumentLine], position: Int) {
            self.lines = lines
            self.position = position
        }

        var count: Int { lines.count - position }

        subscript(offset: Int) -> DocumentLine {
            offset == 0 ? replacedFirst ?? lines[position] : lines[position + offset]
        }

        mutating func removeFirst(_ count: Int) {
            position += count
            replacedFirst = nil
        }

        /// The line at `offset` with a new text becomes the first; the lines before it go.
        mutating func replaceText(at offset: Int, with text: String) {
            var line = self[offset]
            line.text = text
            position += offset
            replacedFirst = line
        }
    }
}

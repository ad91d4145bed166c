/// Case (journal) numbers printed with an item: `Sagsnr.: 1-52-100-22-09`, `J.nr. 22/1234`, `(Sags nr. 2021-3)`.
enum CaseNumbers {
    private static let labels = [
        "sagsnummer", "sagsnr", "sags nr", "sags-nr", "journalnummer", "journalnr", "journal nr", "j.nr",
        "j. nr", "jnr", "acadre-sag", "acadre sag", "sagnr", "sag nr",
    ]

    /// The case number in a text and the character offsets of the whole mention (label and number).
    static func find(in text: String) -> (value: String, range: Range<Int>)? {
        // Every label has `nr`, `nummer` or `sag` in it: most lines have none of them.
        let lowered = text.utf8.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        guard containsBytes(lowered, "nr") || containsBytes(lowered, "sag") || containsBytes(lowered, "nummer") else {
            return nil
        }
        return search(in: text)
    }

    private static func containsBytes(_ bytes: some Collection<UInt8>, _ needle: StaticString) -> Bool {
        let pattern = Array(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
        var matched = 0
        for byte in bytes {
            if byte == pattern[matched] {
                matched += 1
                if matched == pattern.count { return true }
            } else {
                matched = byte == pattern[0] ? 1 : 0
            }
        }
        return false
    }

    private static func search(in text: String) -> (value: String, range: Range<Int>)? {
        let characters = Array(text)
        let lowered = characters.map { Character($0.lowercased()) }
        for label in labels {
            let pattern = Array(label)
            var start = 0
            while start + pattern.count <= lowered.count {
                defer { start += 1 }
                guard lowered[start] == pattern[0], Array(lowered[start..<(start + pattern.count)]) == pattern,
                      start == 0 || !lowered[start - 1].isLetter else { continue }
                var index = start + pattern.count
                while index < characters.count, [".", ":", " "].contains(characters[index]) { index += 1 }
                let valueStart = index
                while index < characters.count,
                      characters[index].isLetter || characters[index].isNumber || ["-", "/", "."].contains(characters[index]) {
                    index += 1
                }
                var value = String(characters[valueStart..<index])
                while value.hasSuffix(".") { value.removeLast() }
                if value.count >= 3, TextShape.containsDigit(value) {
                    return (value, start..<index)
                }
            }
        }
        return nil
    }
}

/// Character-level noise in one line: the invisible and odd characters that Word and PDF exports leave,
/// which would otherwise make equal words compare unequal.
enum CharacterCleanup {
    /// Returns the cleaned line and whether it began with a bullet.
    ///
    /// - No-break and other typographic spaces and tabs become a space; runs of spaces one space.
    /// - Soft hyphens, zero-width characters, the BOM and control characters disappear.
    /// - A Private Use Area character (Word's Symbol font: U+F0B7 and friends) at the start of a line is a
    ///   bullet; elsewhere it is a glyph nobody can read, so it goes.
    static func clean(_ raw: some StringProtocol) -> (text: String, isBullet: Bool) {
        // Simple text (see `SimpleText`), nearly every line, has nothing to change but spaces to collapse and
        // trim: no controls, invisible characters, Private Use Area characters or odd spaces but U+00A0.
        if let collapsed = SimpleText.collapsingSpaces(raw) { return BulletMarkers.strip(collapsed) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        var sawPrivateUseBullet = false
        // Scalar by scalar: every rule here is about single code points, and it is much cheaper than
        // walking grapheme clusters.
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            if isSpace(value) || (value >= 0x80 && scalar.properties.isWhitespace) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if isInvisible(value) { continue }
            if (0xE000...0xF8FF).contains(value) {
                if bytes.isEmpty { sawPrivateUseBullet = true } else { pendingSpace = true }
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            if value < 0x80 { bytes.append(UInt8(value)) } else { bytes.append(contentsOf: scalar.utf8) }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if sawPrivateUseBullet { return (text, true) }
        let (withoutBullet, isBullet) = BulletMarkers.strip(text)
        return (withoutBullet, isBullet)
    }

    private static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == 0xA0 || (0x2000...0x200A).contains(value) || value == 0x202F
            || value == 0x205F || value == 0x3000
    }

    private static func isInvisible(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xAD || (0x200B...0x200F).contains(value)
            || value == 0x2060 || value == 0xFEFF || value == 0xFFFD || (0x202A...0x202E).contains(value)
    }
}

/// The marks that begin a bulleted line, in all the forms they survive a copy out of Word or PDF.
enum BulletMarkers {
    /// Characters that are a bullet wherever they start a line.
    private static let symbols: Set<Character> = [
        "•", "·", "◦", "▪", "▫", "■", "□", "●", "○", "►", "▶", "▸", "➢", "➤", "→", "✓", "✔", "❖", "◆", "◊",
    ]
    /// Characters that are a bullet only when a space follows: `- tekst`, `– tekst`, `* tekst`, `o tekst`.
    private static let symbolsBeforeSpace: Set<Character> = ["-", "–", "—", "*", "+", "o", "§"]
    /// The scalars of the simple characters among both sets.
    private static let simpleInitials: Set<UInt32> = Set(
        symbols.union(symbolsBeforeSpace).compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil }
            .filter(SimpleText.isSimpleScalar)
    )

    static func strip(_ text: String) -> (text: String, isBullet: Bool) {
        // Cheap first: a simple first character that no bullet starts with (only `·` and `•` are simple).
        if let first = SimpleText.firstCharacter(text), !simpleInitials.contains(first) { return (text, false) }
        guard let first = text.first else { return (text, false) }
        var rest = Substring(text)
        if symbols.contains(first) {
            rest = rest.dropFirst()
        } else if symbolsBeforeSpace.contains(first), text.dropFirst().first == " " {
            rest = rest.dropFirst(2)
        } else {
            return (text, false)
        }
        return (TextShape.trimmed(rest), true)
    }
}

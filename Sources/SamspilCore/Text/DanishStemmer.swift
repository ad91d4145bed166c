// The Snowball Danish stemming algorithm, exactly as specified at
// https://snowballstem.org/algorithms/danish/stemmer.html (Copyright (c) 2001 Dr Martin Porter,
// BSD licence; the reference vocabulary and its licence are in Tests/SamspilCoreTests/SnowballDanish).
//
// The algorithm only ever shortens a word (every step deletes at the end; "løst" -> "løs" deletes the
// "t"), so the stem is always a prefix of the input. The implementation therefore works on the word's
// UTF-8 bytes in place and only computes how many of them to keep: no regex, no Foundation, no
// allocation unless the word actually changes and is too long to be stored inline.
//
// All suffixes of the algorithm are ASCII except "løst". An ASCII byte is always the start of a Unicode
// scalar, so matching a suffix byte by byte from the end always lands on a scalar boundary, and R1 can
// be kept as a byte offset.

/// The Snowball Danish stemmer.
///
/// ```swift
/// DanishStemmer.stem("telemedicinske") // "telemedicinsk"
/// ```
public enum DanishStemmer {
    /// The stem of one lower-case Danish word (NFC, as typed: "æ", "ø", "å" precomposed).
    ///
    /// Upper-case letters are not vowels to the algorithm, so lower-case first (the tokeniser does).
    public static func stem(_ word: String) -> String {
        var word = word
        // Fewer than 4 scalars: R1 is empty and "igst" cannot match, so nothing changes.
        if word.utf8.count < 4 { return word }
        return word.withUTF8 { bytes -> String? in
            let keep = stemmedLength(bytes)
            if keep == bytes.count { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<keep]), as: UTF8.self)
        } ?? word
    }

    /// How many leading bytes of the UTF-8 word make its stem.
    static func stemmedLength(_ w: UnsafeBufferPointer<UInt8>) -> Int {
        let p1 = r1Start(w)
        var end = w.count
        mainSuffix(w, &end, p1)
        consonantPair(w, &end, p1)
        otherSuffix(w, &end, p1)
        undouble(w, &end, p1)
        return end
    }

    // MARK: - Regions

    /// R1: the region after the first non-vowel following a vowel, moved right so that at least three
    /// letters (scalars) come before it. The end of the word when there is no such non-vowel, or when the
    /// word has fewer than three letters (Snowball's `hop 3` fails and `p1` stays at the limit).
    static func r1Start(_ w: UnsafeBufferPointer<UInt8>) -> Int {
        let n = w.count
        // x: the byte offset after three scalars.
        var x = 0
        for _ in 0..<3 {
            guard x < n else { return n }
            x += scalarLength(w[x])
        }
        // gopast v
        var i = 0
        while i < n, !isVowel(w, at: i) { i += scalarLength(w[i]) }
        guard i < n else { return n }
        i += scalarLength(w[i])
        // gopast non-v
        while i < n, isVowel(w, at: i) { i += scalarLength(w[i]) }
        guard i < n else { return n }
        i += scalarLength(w[i])
        return max(i, x)
    }

    // MARK: - Steps

    /// Step 1: the longest of the main suffixes that lies in R1 is deleted; a final "s" only after a
    /// valid s-ending (which may lie before R1).
    static func mainSuffix(_ w: UnsafeBufferPointer<UInt8>, _ end: inout Int, _ p1: Int) {
        guard end > p1 else { return }
        let candidates: [StaticString]
        switch w[end - 1] {
        case UInt8(ascii: "d"): candidates = ["ethed", "ered", "hed"]
        case UInt8(ascii: "e"): candidates = ["erende", "erede", "ende", "erne", "ene", "ere", "e"]
        case UInt8(ascii: "n"): candidates = ["heden", "eren", "en"]
        case UInt8(ascii: "r"): candidates = ["heder", "erer", "er"]
        case UInt8(ascii: "t"): candidates = ["eret", "et"]
        case UInt8(ascii: "s"):
            candidates = ["erendes", "hedens", "endes", "ernes", "erens", "erets", "heds", "enes", "eres",
                          "ens", "ers", "ets", "es"]
        default: return
        }
        if let length = longestSuffix(candidates, w, end, p1) {
            end -= length
        } else if w[end - 1] == UInt8(ascii: "s"), end >= 2, precededBySEnding(w, end - 1) {
            end -= 1
        }
    }

    /// Step 2: if the word ends with "gd", "dt", "gt" or "kt" in R1, its last letter is deleted.
    static func consonantPair(_ w: UnsafeBufferPointer<UInt8>, _ end: inout Int, _ p1: Int) {
        guard end - 2 >= p1 else { return }
        let last = w[end - 1], before = w[end - 2]
        let pair = (before == UInt8(ascii: "g") && (last == UInt8(ascii: "d") || last == UInt8(ascii: "t")))
            || (last == UInt8(ascii: "t") && (before == UInt8(ascii: "d") || before == UInt8(ascii: "k")))
        if pair { end -= 1 }
    }

    /// Step 3: "igst" loses its "st" (anywhere); then the longest of "ig", "lig", "elig", "els" in R1 is
    /// deleted and step 2 runs again, or "løst" in R1 becomes "løs".
    static func otherSuffix(_ w: UnsafeBufferPointer<UInt8>, _ end: inout Int, _ p1: Int) {
        if hasSuffix("igst", w, end, 0) { end -= 2 }
        guard end > p1 else { return }
        switch w[end - 1] {
        case UInt8(ascii: "g"), UInt8(ascii: "s"):
            if let length = longestSuffix(["elig", "lig", "els", "ig"], w, end, p1) {
                end -= length
                consonantPair(w, &end, p1)
            }
        case UInt8(ascii: "t"):
            if hasSuffix("løst", w, end, p1) { end -= 1 }
        default:
            return
        }
    }

    /// Step 4: a word ending in a double consonant whose last letter is in R1 loses that letter.
    static func undouble(_ w: UnsafeBufferPointer<UInt8>, _ end: inout Int, _ p1: Int) {
        guard end - 1 >= p1, end >= 2 else { return }
        let last = w[end - 1]
        if isConsonant(last), w[end - 2] == last { end -= 1 }
    }

    // MARK: - Letters

    /// a e i o u y æ å ø
    @inline(__always)
    static func isVowel(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = w[i]
        if b < 0x80 {
            return b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79 // a e i o u y
        }
        guard b == 0xC3, i + 1 < w.count else { return false }
        let c = w[i + 1]
        return c == 0xA6 || c == 0xA5 || c == 0xB8 // æ å ø
    }

    /// The consonants of the specification: the ASCII letters a-z that are not vowels.
    @inline(__always)
    static func isConsonant(_ b: UInt8) -> Bool {
        guard b >= 0x61, b <= 0x7A else { return false }
        return !(b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79)
    }

    /// Whether the letter just before byte offset `s` (where a final "s" starts) is a valid s-ending:
    /// a b c d f g h j k l m n o p r t v y z å.
    static func precededBySEnding(_ w: UnsafeBufferPointer<UInt8>, _ s: Int) -> Bool {
        let b = w[s - 1]
        if b < 0x80 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "d"), UInt8(ascii: "f")...UInt8(ascii: "h"),
                 UInt8(ascii: "j")...UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"),
                 UInt8(ascii: "v"), UInt8(ascii: "y"), UInt8(ascii: "z"):
                return true
            default:
                return false
            }
        }
        return b == 0xA5 && s >= 2 && w[s - 2] == 0xC3 // å
    }

    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    // MARK: - Suffixes

    /// The byte length of the first (longest, as the candidates are ordered) suffix that ends at `end`
    /// and starts at or after `limit`.
    @inline(__always)
    static func longestSuffix(_ candidates: [StaticString], _ w: UnsafeBufferPointer<UInt8>,
                              _ end: Int, _ limit: Int) -> Int? {
        for suffix in candidates where hasSuffix(suffix, w, end, limit) {
            return suffix.utf8CodeUnitCount
        }
        return nil
    }

    @inline(__always)
    static func hasSuffix(_ suffix: StaticString, _ w: UnsafeBufferPointer<UInt8>,
                          _ end: Int, _ limit: Int) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard end - count >= limit else { return false }
        let s = suffix.utf8Start
        var i = 0
        while i < count {
            if w[end - count + i] != s[i] { return false }
            i += 1
        }
        return true
    }
}

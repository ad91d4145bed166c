/// Text made safe for XML and HTML: the five special characters escaped, and the characters XML 1.0
/// forbids (control characters such as the form feed a PDF's page break leaves in imported text) dropped.
enum XMLText {
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xFFFE...0xFFFF).contains(value) && !(0x7F...0x9F).contains(value)
                if allowed { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}

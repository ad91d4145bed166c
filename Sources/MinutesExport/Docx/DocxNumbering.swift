/// word/numbering.xml: one bullet list definition, the items' numbering, and one numbered list per
/// ordered list in the texts (each restarts at its own first number).
struct DocxNumbering {
    struct Reference: Equatable {
        let id: Int
    }

    private enum Definition: Int {
        case bullet = 1, items, ordered
    }

    /// numId -> (definition, start).
    private var instances: [(id: Int, definition: Definition, start: Int?)] = [(1, .bullet, nil)]

    var bulletList: Reference { Reference(id: 1) }

    mutating func addItemList(startingAt start: Int) -> Reference {
        add(.items, start: start)
    }

    mutating func addOrderedList(startingAt start: Int) -> Reference {
        add(.ordered, start: start)
    }

    private mutating func add(_ definition: Definition, start: Int) -> Reference {
        let id = (instances.last?.id ?? 0) + 1
        instances.append((id, definition, start))
        return Reference(id: id)
    }

    var xml: String {
        let abstracts = [
            abstract(.bullet, format: "bullet", text: "•", indent: 720, font: true),
            abstract(.items, format: "decimal", text: "%1.", indent: 567, font: false),
            abstract(.ordered, format: "decimal", text: "%1.", indent: 720, font: false),
        ].joined()
        let nums = instances.map { instance in
            let override = instance.start.map {
                "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\($0)\"/></w:lvlOverride>"
            } ?? ""
            return "<w:num w:numId=\"\(instance.id)\"><w:abstractNumId w:val=\"\(instance.definition.rawValue)\"/>\(override)</w:num>"
        }.joined()
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="\(DocxNamespace.main)">\(abstracts)\(nums)</w:numbering>
        """
    }

    private func abstract(_ definition: Definition, format: String, text: String, indent: Int, font: Bool) -> String {
        let runProperties = font ? "<w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\" w:hint=\"default\"/></w:rPr>" : ""
        // A bullet in the Symbol font is U+F0B7, the code Word itself writes.
        let levelText = font ? "\u{F0B7}" : text
        return """
        <w:abstractNum w:abstractNumId="\(definition.rawValue)"><w:multiLevelType w:val="singleLevel"/>\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="\(format)"/><w:lvlText w:val="\(levelText)"/>\
        <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="\(indent)" w:hanging="\(min(indent, 425))"/></w:pPr>\(runProperties)</w:lvl>\
        </w:abstractNum>
        """
    }
}

import Plot

/// Labelled form fields that show their error next to them (`aria-invalid`, `aria-describedby`) and
/// keep what was typed. Every field of every form is made here, so none lacks a label.
enum FormField {
    /// What a field shows: the name it posts, its label, the value to show, an error and a hint.
    struct Content {
        let name: String
        let label: String
        var value: String = ""
        var error: String?
        var hint: String?
        var required = false

        /// Set where a page has several forms with the same fields, to keep the ids apart.
        var idPrefix: String?

        /// Ids are the names, made safe for an id (`kind-1` for `kind[1]`).
        var id: String {
            let safe = name.replacingOccurrences(of: "[", with: "-").replacingOccurrences(of: "]", with: "")
            return idPrefix.map { "\($0)-\(safe)" } ?? safe
        }

        func withID(_ prefix: String) -> Content {
            var content = self
            content.idPrefix = prefix
            return content
        }
        fileprivate var described: String? {
            [error.map { _ in "\(id)-error" }, hint.map { _ in "\(id)-hint" }].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        }
    }

    /// An `<input>`; `extra` adds attributes such as `min`, `max` or `form`.
    static func input<Context>(_ field: Content, type: String = "text", extra: [(String, String)] = []) -> Node<Context> {
        var attributes: [(String, String)] = [("type", type), ("id", field.id), ("name", field.name), ("value", field.value)]
        if field.required { attributes.append(("required", "required")) }
        attributes += common(field)
        let control: Node<Context> = .selfClosedElement(
            named: "input", attributes: (attributes + extra).map { Attribute(name: $0.0, value: $0.1.attributeEscaped) })
        return wrapper(field, control: control)
    }

    /// The suggestions of an input's `list`: names a user picks from or types.
    static func datalist<Context>(id: String, _ options: [String]) -> Node<Context> {
        .element(named: "datalist", nodes: [.attribute(named: "id", value: id.attributeEscaped)] + options.map { option in
            .element(named: "option", nodes: [.attribute(named: "value", value: option.attributeEscaped)])
        })
    }

    static func textarea<Context>(_ field: Content, rows: Int = 6) -> Node<Context> {
        let attributes = [("id", field.id), ("name", field.name), ("rows", "\(rows)")] + common(field)
        return wrapper(field, control: .element(
            named: "textarea", nodes: attributes.map { .attribute(named: $0.0, value: $0.1.attributeEscaped) } + [.text(field.value)]))
    }

    /// A select of `options` (value, label); the option whose value is the field's value is selected.
    static func select<Context>(_ field: Content, options: [(value: String, label: String)]) -> Node<Context> {
        let attributes = [("id", field.id), ("name", field.name)] + common(field)
        let choices: [Node<Context>] = options.map { option in
            .element(named: "option", nodes: [
                .attribute(named: "value", value: option.value.attributeEscaped),
                .if(option.value == field.value, .attribute(named: "selected", value: "selected")),
                .escapedText(option.label),
            ])
        }
        return wrapper(field, control: .element(named: "select", nodes: attributes.map { .attribute(named: $0.0, value: $0.1.attributeEscaped) } + choices))
    }

    private static func common(_ field: Content) -> [(String, String)] {
        var attributes: [(String, String)] = []
        if let described = field.described { attributes.append(("aria-describedby", described)) }
        if field.error != nil { attributes.append(("aria-invalid", "true")) }
        return attributes
    }

    /// The list of a form's errors at its top, each a link to its field, as GOV.UK and DKFDS do.
    static func errorSummary(_ errors: [(id: String, message: String)], title: String) -> Node<HTML.BodyContext> {
        guard !errors.isEmpty else { return .empty }
        return .div(
            .class("alert alert--error"), .attribute(named: "role", value: "alert"),
            .p(.strong(.text(title))),
            .ul(.forEach(errors) { error in .li(.a(.href("#\(error.id)"), .text(error.message))) })
        )
    }

    /// The hidden field every posted form carries (see `CSRF`).
    static func csrf(_ context: PageContext) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRF.fieldName), .value(context.csrf))
    }

    private static func wrapper<Context>(_ field: Content, control: Node<Context>) -> Node<Context> {
        .element(named: "div", nodes: [
            .attribute(named: "class", value: field.error == nil ? "form-field" : "form-field form-field--error"),
            .element(named: "label", nodes: [.attribute(named: "for", value: field.id), .text(field.label)]),
            .unwrap(field.hint) { .element(named: "span", nodes: [.attribute(named: "class", value: "hint"),
                                                                  .attribute(named: "id", value: "\(field.id)-hint"), .text($0)]) },
            .unwrap(field.error) { .element(named: "p", nodes: [.attribute(named: "class", value: "field-error"),
                                                               .attribute(named: "id", value: "\(field.id)-error"), .text($0)]) },
            control,
        ])
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }

    /// The text made safe inside a double-quoted HTML attribute. Plot writes attribute values as they
    /// are (only text nodes are escaped), so every value that holds what a user typed goes through this.
    /// The text with `&`, `<`, `>`, `"` and `'` written as entities: safe as an element's text and as an
    /// attribute's value. One pass over the UTF-8 bytes, and the text itself when nothing needs escaping.
    var attributeEscaped: String {
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x26: bytes += "&amp;".utf8
            case 0x3C: bytes += "&lt;".utf8
            case 0x3E: bytes += "&gt;".utf8
            case 0x22: bytes += "&quot;".utf8
            case 0x27: bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

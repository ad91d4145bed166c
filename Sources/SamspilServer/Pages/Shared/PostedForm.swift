/// A form kept as the text that was posted, field by field, so that a refused form is shown again as
/// typed beside its errors.
protocol PostedForm {
    associatedtype Field: RawRepresentable & CaseIterable & Hashable where Field.RawValue == String
    var values: [Field: String] { get set }
    init()
}

extension PostedForm {
    subscript(_ field: Field) -> String { values[field] ?? "" }

    init(posted field: (String) -> String) {
        self.init()
        for key in Field.allCases { values[key] = field(key.rawValue) }
    }
}

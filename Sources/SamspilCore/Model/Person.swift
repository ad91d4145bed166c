import Foundation

/// Someone who sits in, presents to or writes the minutes of a body.
///
/// Phone and e-mail are contact details: shown to signed-in users only (see DOMAIN.md).
public struct Person: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var name: String
    public var email: String?
    public var phone: String?

    public init(id: UUID = UUID(), name: String, email: String? = nil, phone: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
    }
}

extension Person {
    /// Who a name typed in a form names: nobody, one person, or several with the same name. Case and
    /// spacing do not count ("maila  tandrup" is Maila Tandrup).
    public enum NameMatch: Equatable, Sendable {
        case none
        case one(Person)
        case several
    }

    public static func named(_ typed: String, among people: [Person]) -> NameMatch {
        let wanted = normalised(typed)
        guard !wanted.isEmpty else { return .none }
        let found = people.filter { normalised($0.name) == wanted }
        switch found.count {
        case 0: return .none
        case 1: return .one(found[0])
        default: return .several
        }
    }

    private static func normalised(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}

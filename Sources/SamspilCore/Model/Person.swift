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

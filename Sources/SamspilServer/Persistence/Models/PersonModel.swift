import Fluent
import Foundation
import SamspilCore

final class PersonModel: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Set on every save (nil on rows older than editing): what OParl reports as `modified`.
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ person: Person) {
        id = person.id
        name = person.name
        email = person.email
        phone = person.phone
    }

    func domain() throws -> Person {
        Person(id: try requireID(), name: name, email: email, phone: phone)
    }
}

import Foundation

/// A signed-in user's standing: an administrator may do everything; otherwise rights come from a role
/// per body. Anyone not signed in is the public.
public struct Viewer: Equatable, Sendable {
    public enum BodyRole: String, Sendable, Codable, CaseIterable {
        /// Edits the body's meetings, imports its minutes.
        case secretary
        /// Reads everything of the body: drafts and contact details included.
        case member
    }

    public let userID: UUID?
    public let name: String
    public let isAdministrator: Bool
    public let roles: [UUID: BodyRole]

    public init(userID: UUID?, name: String, isAdministrator: Bool, roles: [UUID: BodyRole]) {
        self.userID = userID
        self.name = name
        self.isAdministrator = isAdministrator
        self.roles = roles
    }

    public static let `public` = Viewer(userID: nil, name: "", isAdministrator: false, roles: [:])

    public var isSignedIn: Bool { userID != nil }

    /// What a viewer may do with a body's meetings.
    public enum Permission: Sendable, CaseIterable {
        /// Published agendas and approved minutes: everyone.
        case readPublished
        /// Drafts, unpublished agendas, contact details.
        case readEverything
        /// Plan meetings, write minutes, import old minutes.
        case edit
    }

    public func may(_ permission: Permission, in bodyID: UUID) -> Bool {
        if isAdministrator { return true }
        switch (permission, roles[bodyID]) {
        case (.readPublished, _): return true
        case (.readEverything, .member?), (.readEverything, .secretary?): return true
        case (.edit, .secretary?): return true
        default: return false
        }
    }

    /// The bodies whose minutes this viewer may import; nil means every body (an administrator).
    public var editableBodies: Set<UUID>? {
        isAdministrator ? nil : Set(roles.filter { $0.value == .secretary }.keys)
    }
}

/// The rules for a password chosen in Samspil.
public enum PasswordRule {
    public static let minimumLength = 12

    /// nil when the password is acceptable, else what is wrong with it (Danish, shown to the user).
    public static func problem(with password: String) -> String? {
        if password.count < minimumLength {
            return "Adgangskoden skal have mindst \(minimumLength) tegn."
        }
        if Set(password).count < 4 {
            return "Adgangskoden er for ensformig: brug flere forskellige tegn."
        }
        return nil
    }
}

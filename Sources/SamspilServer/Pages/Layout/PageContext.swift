import SamspilCore

/// What every page needs besides its model: the language, and who is looking (for the header's
/// sign-in or sign-out, and the forms' CSRF token).
struct PageContext: Equatable {
    struct SignedIn: Equatable {
        let name: String
        /// Whether the user may import minutes into some body: the header links to the import page.
        let mayImport: Bool
        /// The header links to the administration of the structure.
        var isAdministrator = false
    }

    let language: Language
    let signedIn: SignedIn?
    /// The token every form repeats (see `CSRF`).
    let csrf: String

    static func `public`(_ language: Language = .da) -> PageContext {
        PageContext(language: language, signedIn: nil, csrf: "")
    }
}

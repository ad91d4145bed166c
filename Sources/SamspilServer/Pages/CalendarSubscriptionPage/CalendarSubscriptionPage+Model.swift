/// The signed-in user's page for their personal calendar: whether they have an address, the address
/// itself right after it is made (it cannot be shown later: only its hash is stored), and how to
/// subscribe to it.
enum CalendarSubscriptionPage {
    struct Model: Equatable {
        /// The user has an address that works.
        var hasAddress: Bool
        /// The address just made, absolute (`https://…/kalender/TOKEN.ics`).
        var newAddress: String?
    }
}

extension CalendarSubscriptionPage.Model {
    /// The same address for apps that open `webcal:` links as subscriptions (Apple Calendar, Outlook).
    var webcalAddress: String? {
        guard let newAddress, let colon = newAddress.firstIndex(of: ":") else { return nil }
        return "webcal" + newAddress[colon...]
    }
}

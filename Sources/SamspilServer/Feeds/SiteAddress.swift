import Vapor

/// The scheme and host that make the site's paths absolute, for feeds read outside the site (calendar
/// apps, feed readers). Samspil has no setting for its public address, and the address a subscriber
/// used is by definition one that reaches the site: so it is the request's Host header, with https when
/// the request came over https or through a proxy that says so (`X-Forwarded-Proto`). A Host that is
/// not a plain host name or address with an optional port is not used, so a forged header cannot put
/// anything but a host into a feed.
struct SiteAddress: Equatable {
    let origin: String

    init(_ request: Request) {
        let host = request.headers.first(name: .host) ?? ""
        self.init(host: host, https: request.isHTTPS)
    }

    init(host: String, https: Bool) {
        let usable = !host.isEmpty && host.count <= 255 && host.unicodeScalars.allSatisfy(Self.hostCharacters.contains)
        origin = (https ? "https://" : "http://") + (usable ? host.lowercased() : "localhost")
    }

    /// Letters, digits, `-` and `.` of a name, `[`, `]` and `:` of an IPv6 address and a port.
    private static let hostCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.:[]")

    func absolute(_ url: SiteURL) -> String { origin + url.path }
}

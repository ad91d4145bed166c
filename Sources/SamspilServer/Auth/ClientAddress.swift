import Foundation
import Vapor

/// The address a request comes from, for limits per address. Behind a reverse proxy every request
/// comes from the proxy; the visitor's address is then the last one the proxy added to
/// `X-Forwarded-For`. That header is believed only from a configured proxy: anyone else could write
/// any address into it and so escape the limit.
enum ClientAddress {
    static func resolve(peer: String?, forwardedFor: String?, trusted: Set<String>) -> String? {
        guard let peer, trusted.contains(peer), let forwardedFor else { return peer }
        // From the right: the nearest hop first; skip the proxies we know, take the first we do not.
        let hops = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.reversed().first { !trusted.contains($0) } ?? peer
    }

    static func looksLikeIPAddress(_ text: String) -> Bool {
        var ipv4 = in_addr()
        var ipv6 = in6_addr()
        return inet_pton(AF_INET, text, &ipv4) == 1 || inet_pton(AF_INET6, text, &ipv6) == 1
    }
}

extension Request {
    /// The visitor's address, seen through the configured proxies.
    var clientAddress: String? {
        ClientAddress.resolve(peer: remoteAddress?.ipAddress, forwardedFor: headers.first(name: .xForwardedFor),
                              trusted: application.configuration.trustedProxies)
    }
}

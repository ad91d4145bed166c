@testable import SamspilServer
import Testing

@Suite("Client address behind a proxy")
struct ClientAddressTests {
    @Test func forwardedAddressesAreBelievedOnlyFromAConfiguredProxy() {
        let proxy: Set<String> = ["10.0.0.5"]
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: "203.0.113.7", trusted: proxy) == "203.0.113.7")
        // A visitor who writes the header themselves gets their own address counted.
        #expect(ClientAddress.resolve(peer: "198.51.100.2", forwardedFor: "203.0.113.7", trusted: proxy) == "198.51.100.2")
        // A forged first hop is passed over: the proxy appends the real one last.
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: "1.2.3.4, 203.0.113.7", trusted: proxy) == "203.0.113.7")
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: "203.0.113.7, 10.0.0.6",
                                      trusted: ["10.0.0.5", "10.0.0.6"]) == "203.0.113.7")
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: nil, trusted: proxy) == "10.0.0.5")
    }

    @Test func theSettingTakesAddressesOnly() throws {
        let configuration = try AppConfiguration.fromEnvironment(["SAMSPIL_TRUSTED_PROXIES": "10.0.0.5, ::1"])
        #expect(configuration.trustedProxies == ["10.0.0.5", "::1"])
        #expect(throws: ConfigurationError.self) {
            try AppConfiguration.fromEnvironment(["SAMSPIL_TRUSTED_PROXIES": "proxy.example.dk"])
        }
    }
}

import Crypto
import Foundation

extension UUID {
    /// Samspil's namespace for name-based UUIDs.
    static let samspilNamespace = UUID(uuid: (0x6d, 0x2b, 0x8e, 0x41, 0x5c, 0x0a, 0x4f, 0x1e,
                                              0x9b, 0x37, 0x2e, 0x6c, 0x55, 0xd0, 0x13, 0xa8))

    /// A name-based UUID (RFC 9562 version 5, SHA-1): the same name always gives the same id. Feed
    /// entries need ids that never change and do not depend on the address the site is served at.
    static func named(_ name: String, in namespace: UUID = .samspilNamespace) -> UUID {
        let space = withUnsafeBytes(of: namespace.uuid) { Array($0) }
        var bytes = Array(Insecure.SHA1.hash(data: space + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

import Foundation
import SamspilCore
import SamspilDemo
import Testing
@testable import MinutesImport

/// Random mutations of the real minutes, a few thousand of them: the parser must never crash or hang,
/// only return minutes or a `MinutesImportError`, and what it returns must keep the contract.
@Suite struct FuzzTests {
    /// SplitMix64: a small generator with a seed, so a failing case can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that steer mutations into the parser's interesting paths.
    static let shards: [String] = [
        "\n1. ", "\n12. ", "\nPunkt 3: ", "\nPkt. 49 ", "(kl. 8.30-", "(kl. 08:10-8.25)", " v/ ", " v. ", "\nIndstilling\n",
        "\nBeslutning:\n", "\nReferat: ", "\nSagsfremstilling\n", "\nBilag\n", "\nAfbud:\n", "\nGæster\n", "\nInviterede: ",
        "\nTidspunkt: 31. februar 2021 kl. 25:99", "\nUDKAST\n", "\u{000C}", "\u{F0B7} ", "sund-\n", "\n\n\n", "\t| ",
        "\u{0}", "\u{FFFD}", "\r\n", "Lukket: ", "#### **", "**", "[", "](mailto:", "\n- ", "\n1) ", "Side 3 af 9\n",
    ]

    static func mutate(_ bytes: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            let length = bytes.isEmpty ? 0 : Int.random(in: 0...min(200, bytes.count - position), using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0: bytes.removeSubrange(position..<position + length)
            case 1: bytes.insert(contentsOf: bytes[position..<position + length], at: Int.random(in: 0...bytes.count, using: &random))
            case 2: bytes.insert(contentsOf: Array(shards.randomElement(using: &random)!.utf8), at: position)
            case 3: for index in position..<position + length where index < bytes.count { bytes[index] = .random(in: 0...255, using: &random) }
            case 4: bytes.removeSubrange(min(position + length, bytes.count)...)
            case 5:
                let newlines = bytes.indices.filter { bytes[$0] == 10 }
                if newlines.count > 2, let a = newlines.randomElement(using: &random), let b = newlines.randomElement(using: &random) {
                    bytes.swapAt(a, b)
                    let from = min(a, b), to = max(a, b)
                    bytes[from...to].reverse()
                }
            default: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: length), at: position)
            }
        }
        return bytes
    }

    static let texts: [(name: String, bytes: [UInt8])] = DemoMinutes.documents.compactMap { document in
        (try? Data(contentsOf: document.url)).map { (document.fileName, Array($0)) }
    }

    /// A parse that returned must keep the contract: it encodes to JSON and decodes to the same value,
    /// and agenda numbers only rise.
    static func checkContract(_ minutes: ParsedMinutes, case name: String) throws {
        let data = try JSONEncoder().encode(minutes)
        #expect(try JSONDecoder().decode(ParsedMinutes.self, from: data) == minutes, "\(name)")
        let numbers = minutes.items.compactMap(\.number)
        #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }, "\(name): numbers \(numbers)")
    }

    @Test(arguments: 0..<8)
    func mutatedTextNeverCrashesOrHangs(batch: Int) throws {
        var random = SeededGenerator(state: UInt64(batch) &* 7919 &+ 1)
        let parser = MinutesParser()
        for index in 0..<400 {
            let source = Self.texts[index % Self.texts.count]
            // A window of the document keeps each case small enough for a debug build.
            let start = Int.random(in: 0..<max(1, source.bytes.count - 2048), using: &random)
            let window = Array(source.bytes[start..<min(source.bytes.count, start + Int.random(in: 256...6144, using: &random))])
            let mutated = Self.mutate(window, using: &random)
            let name = "\(source.name) batch \(batch) case \(index)"
            let started = ContinuousClock.now
            do {
                try Self.checkContract(try parser.parse(Data(mutated), fileName: source.name), case: name)
            } catch {
                // Refusing the input is fine; any error is a MinutesImportError by the function's type.
            }
            // A guard against hangs, far above any real parse of a few kilobytes.
            #expect(ContinuousClock.now - started < .seconds(10), "\(name) took too long")
        }
    }

    @Test func mutatedWordDocumentsNeverCrash() throws {
        let url = try #require(Bundle.module.url(forResource: "midtklyngen-2021-06-18", withExtension: "docx", subdirectory: "Documents"))
        let original = Array(try Data(contentsOf: url))
        var random = SeededGenerator(state: 2021)
        let parser = MinutesParser()
        for index in 0..<150 {
            var bytes = original
            // Flip bytes anywhere: headers, compressed data, the central directory.
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = .random(in: 0...255, using: &random)
            }
            if index % 10 == 0 { bytes.removeSubrange(Int.random(in: 0..<bytes.count, using: &random)...) }
            if let minutes = try? parser.parse(Data(bytes), fileName: "fuzz-\(index).docx") {
                try Self.checkContract(minutes, case: "docx case \(index)")
            }
        }
    }
}

import Testing
@testable import Kamerstuk
import MotieLedger
import TestSupport

@Suite("Scanner under random input")
struct ScannerFuzzTests {
    /// Pieces that make citations, near-citations and the awkward Unicode of PDF extraction.
    static let pieces: [String] = [
        "Kamerstuk", "Kamerstukken", "kst-", "Kst.", "TK", "T.K.", "EK", "Tweede Kamer", ", vergaderjaar ",
        "II", "I", " ", "  ", "\n", "\n\n \n", "\r\n", "\t", ",", ", ", ".", "-", "–", "—", "/", "(", ")", "nr.", "nrs.",
        "nummer", "en", "&", "blz.", "p.", "(R1519)", "21501", "21 501", "31.700", "02", "20", "V", "XIII", "IXB", "B",
        "J", "AI", "3236", "42e", "406", "2024/25", "2016-2017", "0", "9", "99999", "123456789", "\u{A0}", "\u{AD}",
        "\u{200B}", "\u{2011}", "\u{202F}", "\u{FEFF}", "Ư", "Ɵ", "Ō", "Ʃ", "\u{FB01}", "é", "ë", "’", "😀", "k", "K",
        "kam", "motie", "2026D03887", "EUR 750.000", "t/m", "tot en met", "3196-3198", "1-400",
        " en -", ", K", "Handelingen", "24/25", ":", "letter", " e",
        "e.v.",
    ]

    @Test("where a text stands in memory changes nothing: the same citations at every offset")
    func sameAtEveryOffset() {
        for text in ["Zie 2\u{AD}1501-02, nr. 3236 hier.", "(36 600-V, nr. 45) en Kamerstuk 21\u{A0}501-02, nr. 3236",
                     "TK 2019/20, 35 300 V, nr. 23; kst-36800-V-27 en 1Kamerstukken II 2024/25, 21 501-02, nr. 3236"] {
            let expected = CitationScanner.scan(text).map { $0.id?.canonical }
            #expect(!expected.isEmpty)
            for padding in 1..<16 {
                #expect(CitationScanner.scan(String(repeating: " ", count: padding) + text).map { $0.id?.canonical } == expected,
                        "\(padding) spaces before \(text.debugDescription)")
            }
        }
    }

    @Test("random citation-like text: no crash, every match within bounds and in order")
    func randomPieces() {
        var rng = SplitMix64(state: 42)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &rng) { text += Self.pieces.randomElement(using: &rng)! }
            Self.checkInvariants(Array(text.utf8))
        }
    }

    @Test("mutated seed document: no crash, every match within bounds and in order")
    func mutatedSeed() throws {
        let seed = try Fixture.bytes("2026D03887.txt")
        var rng = SplitMix64(state: 7)
        for _ in 0..<40 {
            var bytes = seed
            for _ in 0..<200 {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &rng)
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(contentsOf: Array(Self.pieces.randomElement(using: &rng)!.utf8), at: at)
                default: bytes.insert(UInt8.random(in: 0x30...0x39, using: &rng), at: at)
                }
            }
            Self.checkInvariants(bytes)
        }
    }

    @Test("random bytes of every value")
    func randomBytes() {
        var rng = SplitMix64(state: 99)
        for length in 0..<600 {
            Self.checkInvariants((0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) })
        }
    }

    static func checkInvariants(_ bytes: [UInt8]) {
        let matches = bytes.withUnsafeBufferPointer { CitationScanner.scan($0) }
        var previousStart = 0
        for match in matches {
            #expect(match.range.lowerBound >= previousStart && match.range.upperBound <= bytes.count)
            #expect(!match.range.isEmpty)
            previousStart = match.range.lowerBound
            if let id = match.id { #expect(KamerstukID(canonical: id.canonical) == id) }
        }
        // Where the bytes are text, every match starts on a character and places as one.
        if let source = try? SourceText(validating: bytes) {
            for citation in source.citations() {
                #expect(citation.location.line >= 1 && citation.location.line <= source.lineCount)
                #expect(citation.location.column >= 1)
                #expect(String(decoding: source.bytes[citation.match.range], as: UTF8.self) == citation.raw)
            }
        }
    }
}

import Testing
@testable import Kamerstuk
import MotieLedger
import TestSupport

/// The cheap test on its own: where it lets the grammar look, and that eight bytes at a time it
/// drops no place the quick look byte by byte would keep.
@Suite("Candidate prefilter")
struct CandidatesTests {
    /// Every place the prefilter offers in `bytes`, in order.
    static func candidates(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            var candidates = Candidates(base, count: buffer.count, from: 0, below: buffer.count)
            var found: [Int] = []
            while let at = candidates.next() { found.append(at) }
            return found
        }
    }

    /// The places the quick look keeps, tried at every byte.
    static func reference(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            let look = Candidates(base, count: buffer.count, from: 0, below: buffer.count)
            return buffer.indices.filter { look.mayStart(at: $0) }
        }
    }

    @Test("a `K` of a chamber, a `k` that opens a word, a digit that opens a dossier; not a `k` inside a word, a lone digit, nor one after a dash")
    func places() {
        let text = "Zie ook Kamerstuk 21 501-02 en TK 2019; 3 bakken, 12 km, kst-36800-V-27."
        let starts = Self.candidates(Array(text.utf8)).map { String(text.utf8.dropFirst($0).prefix(5))! }
        #expect(starts == ["Kamer", "21 50", "K 201", "kst-3"])
    }

    @Test("the last bytes, fewer than a word, are looked at one by one")
    func tail() {
        #expect(Self.candidates(Array("abcdefgh 21501".utf8)) == [9])
        #expect(Self.candidates(Array("21501".utf8)) == [0])
        #expect(Self.candidates(Array("kst".utf8)) == [0])
        #expect(Self.candidates(Array("km".utf8)).isEmpty)
        #expect(Self.candidates([]).isEmpty)
    }

    @Test("going on past a citation skips the candidates inside it")
    func resume() {
        let bytes = Array("Kamerstuk 21501-02, nr. 3236 en kst-36800-V-27".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var candidates = Candidates(buffer.baseAddress!, count: buffer.count, from: 0, below: buffer.count)
            #expect(candidates.next() == 0)
            candidates.resume(at: 28)
            // `3236` lies inside the citation; the dossier after `kst-` is the grammar's, not a start.
            #expect(candidates.next() == 32)
            #expect(candidates.next() == nil)
        }
    }

    @Test("eight bytes at a time offers exactly the places the quick look keeps byte by byte, on random text")
    func sameAsByteByByte() throws {
        var rng = SplitMix64(state: 5)
        let pieces = ["k", "K", "TK", "T.K", "ak", "Kamer", "kst", "kam", "1", "12", "21", "501", "21501", " ", ".", "-", "\n",
                      "é", "\u{A0}", "\u{AD}", "2\u{AD}1", "x", "ab", "3/", "#4", "0"]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &rng) { text += pieces.randomElement(using: &rng)! }
            let bytes = Array(text.utf8)
            #expect(Self.candidates(bytes) == Self.reference(bytes), "\(text.debugDescription)")
        }
        let seed = try Fixture.bytes("2026D03887.txt")
        #expect(Self.candidates(seed) == Self.reference(seed))
    }

    @Test("the eight-bytes-at-a-time byte classes are exact: every byte value at every place, among random neighbours")
    func byteClassesExact() {
        var rng = SplitMix64(state: 11)
        for place in 0..<8 {
            for value in 0...255 {
                var bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &rng) }
                bytes[place] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let bit: UInt64 = 0x80 << (8 * UInt64(place))
                let b = UInt8(value)
                #expect((ScanBytes.between(word, 0x4A, 0x4C) & bit != 0) == (b == UInt8(ascii: "K")), "K at \(place): \(b)")
                #expect((ScanBytes.between(word | 0x2020_2020_2020_2020, 0x6A, 0x6C) & bit != 0) == (b | 0x20 == UInt8(ascii: "k")),
                        "k or K at \(place): \(b)")
                #expect((ScanBytes.between(word | 0x2020_2020_2020_2020, 0x60, 0x7B) & bit != 0)
                        == ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A && b < 0x80), "letter at \(place): \(b)")
                #expect((ScanBytes.between(word, 0x2F, 0x3A) & bit != 0) == (b >= 0x30 && b <= 0x39), "digit at \(place): \(b)")
            }
        }
    }
}

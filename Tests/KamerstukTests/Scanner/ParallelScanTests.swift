import Testing
@testable import Kamerstuk
import MotieLedger
import TestSupport

@Suite("Scanning in parts on all cores")
struct ParallelScanTests {
    /// Several megabytes of the real fixtures, with citations broken over lines everywhere, so
    /// that cuts between parts fall inside citations.
    static let text: [UInt8] = {
        let documents = ["2026D03887.txt", "2026D07412.txt", "family-letter-crlf-ligatures.txt",
                         "family-annex-pdftotext-layout.txt", "family-citation-forms.txt"].map { try! Fixture.bytes($0) }
        let broken = Array("conform Kamerstuk 21 501-02,\nnr. 3236 en (Kamerstukken II 2024/25,\n36 600-V, nr.\n45) ".utf8)
        var text: [UInt8] = []
        var k = 0
        while text.count < 5 << 20 {
            text += documents[k % documents.count]
            for _ in 0..<200 { text += broken }
            k += 1
        }
        return text
    }()

    @Test("in parts, the same citations at the same places as in one pass, whatever the number of parts")
    func sameAsOnePass() throws {
        let expected = Self.text.withUnsafeBufferPointer { CitationScanner.placed($0) }
        #expect(expected.count > 10_000)
        for parts in [1, 2, 3, 7, 16, 64] {
            let found = try Self.text.withUnsafeBufferPointer { buffer throws(TextError) in
                try CitationScanner.validatedAndPlaced(buffer, parts: parts)
            }
            let bounds = Self.text.withUnsafeBufferPointer { CitationScanner.partBounds($0, parts: parts) }
            // Not a vacuous test: some citation runs across a cut.
            if parts >= 16 {
                #expect(expected.contains { match in bounds.contains { match.match.range.lowerBound < $0 && $0 < match.match.range.upperBound } })
            }
            #expect(found.parts.count == bounds.count - 1)
            let joined = found.joined
            #expect(joined.count == expected.count, "\(parts) parts")
            if let k = zip(joined, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("\(parts) parts: citation \(k) is \(joined[k]), not \(expected[k])")
            }
        }
    }

    @Test("the first bad byte is named with its place, whichever part it falls in")
    func firstProblemNamed() throws {
        var text = Self.text
        text[4_000_000] = 0xFF
        text[2_500_000] = 0x00
        text[3_000_000] = 0xC3
        let expected = #expect(throws: TextError.self) {
            try text.withUnsafeBufferPointer { buffer throws(TextError) in try SourceText.validate(buffer) }
        }
        #expect(expected?.kind == .binary && expected?.offset == 2_500_000)
        for parts in [1, 4, 16] {
            let error = #expect(throws: TextError.self) {
                try text.withUnsafeBufferPointer { buffer throws(TextError) in
                    _ = try CitationScanner.validatedAndPlaced(buffer, parts: parts)
                }
            }
            #expect(error == expected, "\(parts) parts")
        }
    }

    @Test("cuts fall just after line breaks, in order, and cover the text")
    func cutsAfterLineBreaks() {
        Self.text.withUnsafeBufferPointer { buffer in
            for parts in [1, 2, 5, 64, 100_000] {
                let bounds = CitationScanner.partBounds(buffer, parts: parts)
                #expect(bounds.first == 0 && bounds.last == buffer.count)
                #expect(zip(bounds, bounds.dropFirst()).allSatisfy { $0 < $1 })
                #expect(bounds.dropFirst().dropLast().allSatisfy { buffer[$0 - 1] == 0x0A })
            }
        }
        // A text without a line break is one part.
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 10_000)
        #expect(line.withUnsafeBufferPointer { CitationScanner.partBounds($0, parts: 8) } == [0, 10_000])
    }
}

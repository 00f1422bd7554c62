import Foundation
import Testing
@testable import Kamerstuk

/// A document on one line, as extractors that drop line breaks give it (issue 10): placing its
/// citations must take time in proportion to its length, not to its length times the number of
/// citations — the column of each was once counted from the line's start.
@Suite("A document on one line")
struct LongLineTests {
    @Test("400 KB on one line with 12 000 citations: every one placed, at its column, well within a generous bound")
    func oneLine() {
        let unit = "Kamerstuk 21501-02, nr. 3236 en "
        let text = Array(String(repeating: unit, count: 12_500).utf8)
        let clock = ContinuousClock()
        let start = clock.now
        let placed = text.withUnsafeBufferPointer { CitationScanner.placed($0) }
        let parts = text.withUnsafeBufferPointer { try? CitationScanner.validatedAndPlaced($0, parts: 4) }
        let elapsed = clock.now - start
        #expect(placed.count == 12_500)
        #expect(placed.allSatisfy { $0.location.line == 1 })
        #expect(placed.enumerated().allSatisfy { $0.element.location.column == 1 + $0.offset * unit.utf8.count })
        #expect(parts?.joined == placed)
        // Counting columns from the line's start took minutes here (12 500 × 200 KB on average).
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    @Test("a column after a byte-order mark and multi-byte characters on the same line counts characters")
    func columnsCarriedForward() {
        let text = Array("\u{FEFF}é Kamerstuk 36800-V, nr. 27 ë Kamerstuk 36800-V, nr. 28\nx Kamerstuk 36800-V, nr. 29".utf8)
        let placed = text.withUnsafeBufferPointer { CitationScanner.placed($0) }
        #expect(placed.map { "\($0.location.line):\($0.location.column)" } == ["1:3", "1:31", "2:3"])
    }
}

import Testing
import TestSupport
@testable import Kamerstuk

/// Every Kamerstuk citation in 2026D03887, the written answers of 28 January 2026: read off the
/// document by hand (line, column of the first character, canonical ID), not off the program.
@Suite("Citations in 2026D03887")
struct SeedCitationTests {
    static let expected: [(line: Int, column: Int, id: String)] = [
        (148, 2, "kst-21501-02-3196"),   // (Kamerstuk 21501-02, nr. 3196) — motie Van Campen/Boswijk
        (152, 54, "kst-21501-02-3236"),  // Kamerstuk 21 501-02, nr. ⏎3236 — motie Paternotte c.s.
        (153, 28, "kst-36800-V-27"),     // Kamerstuk 36 800-V, nr. 27 — motie Van Baarle
        (339, 3, "kst-28676-554"),       // footnote 1
        (452, 3, "kst-22112-4209"),      // footnote 2
        (564, 3, "kst-36800-V-30"),      // footnote 6 — motie Van der Werf
        (618, 3, "kst-32735-406"),       // footnote 7 — motie Piri c.s.
        (619, 3, "kst-36045-243"),       // footnote 8 — motie Klaver
        (674, 3, "kst-36200-V-J"),       // footnote 9: Kamerstukken 36200 V, J en 36200 V, M
        (674, 30, "kst-36200-V-M"),
        (846, 4, "kst-29754-765"),       // footnote 10 — motie Boswijk
        (899, 4, "kst-21501-20-2362"),   // footnote 11 — motie Boswijk
        (926, 33, "kst-32852-224"),      // Nationale Grondstoffenstrategie
        (982, 21, "kst-36600-V-27"),     // Motie van der Burg (Kamerstuk 36600-V-27)
        (1004, 45, "kst-21501-02-3000"), // motie van de leden Van der Burg en Piri
        (1287, 2, "kst-21501-02-3196"),
        (1291, 55, "kst-21501-02-3236"),
        (1292, 28, "kst-36800-V-27"),
        (1420, 27, "kst-36180-189"),     // Kamerbrief humanitaire hulp
        (1442, 36, "kst-35207-89"),      // motie van de leden Van Baarle en Paternotte
        (1501, 35, "kst-36600-V-45"),    // SGP-motie
        (1531, 2, "kst-21501-02-3196"),
        (1535, 54, "kst-21501-02-3236"),
        (1536, 28, "kst-36800-V-27"),
        (1543, 4, "kst-36600-V-45"),     // footnote 15
        (1600, 4, "kst-26150-242"),      // footnote 16 — kabinetsreactie
        (1601, 4, "kst-21501-20-2366"),  // footnote 17 — een motie
        (1678, 45, "kst-32735-422"),     // Kamerbrief van 26 januari 2026
        (1884, 4, "kst-21501-02-3305"),  // footnote 18 — motie Dobbe
        (1885, 4, "kst-32735-386"),      // footnote 19 — motie Dobbe
    ]

    @Test("the complete list: IDs, lines and columns")
    func completeList() throws {
        let source = try SourceText(validating: Fixture.bytes("2026D03887.txt"))
        let found = source.citations().map { ($0.location.line, $0.location.column, $0.id?.canonical ?? "unresolved") }
        #expect(found.count == Self.expected.count)
        for (got, want) in zip(found, Self.expected) {
            #expect(got.0 == want.line && got.1 == want.column && got.2 == want.id, "got \(got), want \(want)")
        }
    }

    @Test("raw is the exact slice of the input, line break and all")
    func rawSlices() throws {
        let source = try SourceText(validating: Fixture.bytes("2026D03887.txt"))
        let citations = source.citations()
        #expect(citations[1].raw == "Kamerstuk 21 501-02, nr. \n3236")
        #expect(citations[8].raw == "Kamerstukken 36200 V, J")
        #expect(citations[9].raw == "36200 V, M")
        for citation in citations {
            #expect(String(decoding: source.bytes[citation.match.range], as: UTF8.self) == citation.raw)
        }
    }
}

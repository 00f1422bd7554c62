import Testing
@testable import Kamerstuk

/// `pdftotext -layout` output: columns set apart by runs of spaces, unfolded cell by cell with
/// every offset still pointing at its place in the input.
@Suite("Columns unfolded")
struct ColumnLayoutTests {
    static func unfolded(_ text: String) throws -> CleanText {
        CleanText(try SourceText(validating: Array(text.utf8))).unfoldingColumns()
    }

    static let table = """
        Omschrijving                    Vindplaats            Stand van zaken

        Motie van het lid Boswijk       Kamerstuk 29 754,     Afgedaan. Het kabinet heeft
        over de inzet                   nr. 765               uitvoering gegeven.

        Motie van het lid Klaver        Kamerstuk 36 045,     In behandeling.
        over Oekraïne                   nr. 243

        """

    @Test("each block gives its columns one after the other, each cell on its own lines")
    func unfolds() throws {
        let text = try Self.unfolded(Self.table)
        #expect(text.string == """
            Omschrijving
            Vindplaats
            Stand van zaken

            Motie van het lid Boswijk
            over de inzet
            Kamerstuk 29 754,
            nr. 765
            Afgedaan. Het kabinet heeft
            uitvoering gegeven.

            Motie van het lid Klaver
            over Oekraïne
            Kamerstuk 36 045,
            nr. 243
            In behandeling.

            """)
    }

    @Test("every byte maps back to its line and column in the input")
    func placesStay() throws {
        let text = try Self.unfolded(Self.table)
        for (needle, line, column) in [("nr. 765", 4, 33), ("uitvoering", 4, 55), ("Oekraïne", 7, 6), ("In behandeling", 6, 55)] {
            let offset = try #require(text.string.utf8.firstRange(of: needle.utf8)).lowerBound
            let location = text.location(of: text.string.utf8.distance(from: text.string.utf8.startIndex, to: offset))
            #expect(location.line == line && location.column == column, "\(needle): \(location)")
        }
        // Citations read from the unfolded text are whole.
        #expect(CitationScanner.scan(text.string).map { $0.id?.canonical } == ["kst-29754-765", "kst-36045-243"])
    }

    @Test("ligatures and CRLF are cleaned first, and the map goes through both steps")
    func composesWithCleaning() throws {
        let crlf = Self.table.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "inzet ", with: "\u{FB01}nzet")
        let text = try Self.unfolded(crlf)
        #expect(text.string.contains("over de finzet\nKamerstuk 29 754,"))
        let offset = try #require(text.string.utf8.firstRange(of: "nr. 243".utf8)).lowerBound
        let location = text.location(of: text.string.utf8.distance(from: text.string.utf8.startIndex, to: offset))
        #expect(location.line == 7 && location.column == 33)
    }

    @Test("prose is left as it is: a gutter on one or two lines, or at places no other line shares")
    func proseStays() throws {
        let prose = """
            Het kabinet heeft   uitvoering gegeven aan de motie.
            De motie is   afgedaan.
            Zie ook de brief       van 3 maart.

                Ingesprongen tekst blijft staan.
            """
        let text = try Self.unfolded(prose)
        #expect(text.string == prose)
    }
}

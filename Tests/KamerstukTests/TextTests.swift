import Testing
import TestSupport
@testable import Kamerstuk

@Suite("Source text and clean-up")
struct TextTests {
    @Test("columns count Unicode scalars, not bytes")
    func columns() {
        let source = SourceText("Iraniërs — 😀 Kamerstuk 32735-406\ntweede regel")
        let citation = source.citations()[0]
        #expect(citation.location == SourceLocation(line: 1, column: 14))
        #expect(source.location(of: source.bytes.count) == SourceLocation(line: 2, column: 13))
    }

    @Test("on a line of many kilobytes a column is still every scalar before it, counted from the line's start")
    func longLineColumns() {
        // Several strides of a long line, with scalars of two, three and four bytes across the strides' edges.
        let line = String(repeating: "motie ë — 😀 ", count: 3_000)
        let source = SourceText("kop\n\u{FEFF}" + line + "\nstaart")
        let start = 4
        for offset in [start, start + 1, start + 4_095, start + 4_096, start + 4_097, start + 12_290, start + line.utf8.count] {
            let scalars = String(decoding: source.bytes[start..<offset], as: UTF8.self).unicodeScalars.count
            #expect(source.location(of: offset) == SourceLocation(line: 2, column: scalars + 1), "offset \(offset)")
        }
        #expect(source.location(of: source.bytes.count) == SourceLocation(line: 3, column: 7))
    }

    @Test("a byte-order mark at the start is not a column")
    func byteOrderMark() {
        let source = SourceText("\u{FEFF}Kamerstuk 32735-406")
        #expect(source.citations()[0].location == SourceLocation(line: 1, column: 1))
    }

    @Test("invalid UTF-8 is refused with its place", arguments: [
        ([0x61, 0x0A, 0xC3, 0xA9, 0xFF], 2, 2, 4),          // a stray 0xFF after é on line 2
        ([0x61, 0xC0, 0xAF], 1, 2, 1),                      // overlong '/'
        ([0xED, 0xA0, 0x80], 1, 1, 0),                      // a UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], 1, 1, 0),                // above U+10FFFF
        ([0x61, 0x62, 0xE2, 0x82], 1, 3, 2),                // truncated at the end
    ] as [([UInt8], Int, Int, Int)])
    func invalid(_ bytes: [UInt8], _ line: Int, _ column: Int, _ offset: Int) {
        #expect(throws: TextError(kind: .invalidUTF8, offset: offset, location: SourceLocation(line: line, column: column))) {
            try SourceText(validating: bytes)
        }
    }

    @Test("a NUL byte marks a binary file")
    func binary() {
        #expect(throws: TextError(kind: .binary, offset: 3, location: SourceLocation(line: 1, column: 4))) {
            try SourceText(validating: Array("abc\0def".utf8))
        }
    }

    @Test("ligatures, odd spaces and soft hyphens are cleaned; line-end hyphens stay")
    func cleaning() {
        let text = "eƯectief Ɵjdens schriŌelijke VoorziƩer \u{FB01}nancieel o\u{FB00}er\u{A0}a\u{AD}b\u{200B}c EU-\nlidstaten – \r\nx"
        let clean = CleanText(SourceText(text))
        #expect(clean.string == "effectief tijdens schriftelijke Voorzitter financieel offer abc EU-\nlidstaten – \nx")
    }

    @Test("a soft hyphen with a converter's spaces after it joins the word; before a capital or a digit the spaces are a table's gutter")
    func softHyphenAndSpaces() {
        // As pdftools gives it (NOTES-jaarverslag.md §4): `Kamer\u{AD} stukken`, `bedrijfs\u{AD}    voering`.
        let text = "(Kamer\u{AD} stukken II 2011/12, 33053, nr. 3) bedrijfs\u{AD}    voering Vastge\u{AD}   Realisatie 2\u{AD}  3 mo\u{AD}\ntie"
        let clean = CleanText(SourceText(text))
        #expect(clean.string == "(Kamerstukken II 2011/12, 33053, nr. 3) bedrijfsvoering Vastge   Realisatie 2  3 mo\u{AD}\ntie")
        // What follows the joint stands where it stood.
        let stukken = clean.string.utf8.count - "stukken II 2011/12, 33053, nr. 3) bedrijfsvoering Vastge   Realisatie 2  3 mo\u{AD}\ntie".utf8.count
        #expect(clean.location(of: stukken) == SourceLocation(line: 1, column: 9))
    }

    @Test("an edit of the clean text keeps the map: inserted bytes stand where the text after them stands, removed ones are skipped")
    func editing() {
        let text = "de motieBikker\u{A0}en Kamer-stuk 36 600"
        let clean = CleanText(SourceText(text))
        let b = Array(clean.bytes)
        let bikker = (0..<b.count).first { b[$0] == UInt8(ascii: "B") }!
        let hyphen = (0..<b.count).first { b[$0] == UInt8(ascii: "-") }!
        let edited = clean.editing([(bikker..<bikker, [0x20]), (hyphen..<(hyphen + 1), [])])
        #expect(edited.string == "de motie Bikker en Kamerstuk 36 600")
        let e = Array(edited.bytes)
        let at = { (needle: String) in (0...(e.count - needle.utf8.count)).first { Array(e[$0..<($0 + needle.utf8.count)]) == Array(needle.utf8) }! }
        #expect(edited.location(of: at(" Bikker")) == SourceLocation(line: 1, column: 9))
        #expect(edited.location(of: at("Bikker")) == SourceLocation(line: 1, column: 9))
        #expect(edited.location(of: at("en Kamer")) == SourceLocation(line: 1, column: 16))
        #expect(edited.location(of: at("stuk 36")) == SourceLocation(line: 1, column: 25))
        #expect(edited.location(of: e.count) == SourceLocation(line: 1, column: 36))
        #expect(clean.editing([]).string == clean.string)
    }

    @Test("every clean range maps back to the user's own text")
    func offsetMap() {
        let text = "a\u{AD}b o\u{FB00}er\u{A0}Kamerstuk\u{200B} 32735-406 eƯect\r\nz"
        let clean = CleanText(SourceText(text))
        func range(of needle: String) -> Range<Int> {
            let bytes = clean.bytes, target = Array(needle.utf8)
            let start = (0...(bytes.count - target.count)).first { Array(bytes[$0..<($0 + target.count)]) == target }!
            return start..<(start + target.count)
        }
        // Where a piece of the original starts, in bytes.
        func original(_ piece: String) -> Int {
            let bytes = Array(text.utf8), target = Array(piece.utf8)
            return (0...(bytes.count - target.count)).first { Array(bytes[$0..<($0 + target.count)]) == target }!
        }
        #expect(clean.originalOffset(range(of: "ab").lowerBound) == original("a\u{AD}b"))
        #expect(clean.originalOffset(range(of: "b o").lowerBound) == original("b o"))
        #expect(clean.originalOffset(range(of: "ffer").lowerBound) == original("\u{FB00}"))
        // The second letter of a ligature points at the glyph.
        #expect(clean.originalOffset(range(of: "fer").lowerBound) == original("\u{FB00}"))
        #expect(clean.originalOffset(range(of: "er Kamer").lowerBound) == original("er\u{A0}"))
        #expect(clean.originalOffset(range(of: " 32735-406").lowerBound) == original(" 32735-406"))
        #expect(clean.originalOffset(range(of: "ect").lowerBound) == original("ect"))
        #expect(clean.location(of: range(of: "z").lowerBound) == SourceLocation(line: 2, column: 1))
        #expect(clean.location(of: range(of: "Kamerstuk").lowerBound) == SourceLocation(line: 1, column: 10))
    }

    @Test("text without anything to clean is shared, not copied, and maps one to one")
    func identity() {
        let clean = CleanText(SourceText("niets bijzonders\nhier"))
        #expect(clean.string == "niets bijzonders\nhier")
        #expect(clean.originalOffset(7) == 7)
    }

    @Test("the seed's clean text keeps its lines")
    func seedLines() throws {
        let source = try SourceText(validating: Fixture.bytes("2026D03887.txt"))
        let clean = CleanText(source)
        #expect(clean.bytes.filter { $0 == 0x0A }.count == source.bytes.filter { $0 == 0x0A }.count)
        #expect(clean.string.contains("schriftelijke antwoorden"))
        #expect(clean.string.contains("begrotingsbehandeling Buitenlandse Zaken"))
        #expect(!clean.string.contains("Ư"))
    }
}

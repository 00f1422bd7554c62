import Testing
@testable import Kamerstuk

/// The character primitives on their own: what each reads, and that a read that fails leaves
/// the cursor where it was.
@Suite("Byte cursor")
struct ByteCursorTests {
    /// Runs `body` on a cursor at `at` in `text`.
    static func with<T>(_ text: String, at: Int = 0, _ body: (inout ByteCursor) -> T) -> T {
        var copy = text
        return copy.withUTF8 { buffer in
            var cursor = ByteCursor(buffer.baseAddress!, count: buffer.count, at: at)
            return body(&cursor)
        }
    }

    @Test("dashes: the hyphen and the dashes PDF text brings, each with its width; a dash-like letter is none",
          arguments: [("-", 1), ("\u{2010}", 3), ("\u{2011}", 3), ("\u{2012}", 3), ("\u{2013}", 3), ("\u{2014}", 3),
                      ("\u{2212}", 3), ("\u{2015}", nil), ("\u{2022}", nil), ("a", nil), ("_", nil)] as [(String, Int?)])
    func dashes(text: String, width: Int?) {
        #expect(Self.with(text) { $0.dashWidth(at: 0) } == width)
    }

    @Test("spaces: line breaks, form feeds and the fixed-width spaces of PDF extraction; a zero-width space is no space",
          arguments: [(" ", 1), ("\t", 1), ("\n", 1), ("\r", 1), ("\u{0C}", 1), ("\u{A0}", 2), ("\u{2009}", 3),
                      ("\u{202F}", 3), ("\u{205F}", 3), ("\u{3000}", 3), ("\u{200B}", nil), ("\u{AD}", nil),
                      ("\u{A9}", nil), ("x", nil)] as [(String, Int?)])
    func spaces(text: String, width: Int?) {
        #expect(Self.with(text) { $0.spaceWidth(at: 0) } == width)
    }

    @Test("ignorable: soft hyphen, zero-width characters, word joiner, byte-order mark; a space is not",
          arguments: [("\u{AD}", 2), ("\u{200B}", 3), ("\u{200C}", 3), ("\u{200D}", 3), ("\u{2060}", 3), ("\u{FEFF}", 3),
                      ("\u{A0}", nil), (" ", nil), ("\u{200E}", nil)] as [(String, Int?)])
    func ignorable(text: String, width: Int?) {
        #expect(Self.with(text) { $0.ignorableWidth(at: 0) } == width)
    }

    @Test("a character cut off by the end of the text has no width")
    func cutOffCharacters() {
        let bytes: [UInt8] = [0xE2, 0x80]
        bytes.withUnsafeBufferPointer { buffer in
            let cursor = ByteCursor(buffer.baseAddress!, count: 2)
            #expect(cursor.dashWidth(at: 0) == nil && cursor.spaceWidth(at: 0) == nil && cursor.ignorableWidth(at: 0) == nil)
        }
    }

    @Test("a word matches in any case and across a soft hyphen, also one that breaks the line; a failed match moves nothing")
    func matchWord() {
        for text in ["Kamerstuk", "KAMERSTUK", "kamerstuk", "Kamer\u{AD}stuk", "Kamer\u{AD}\nstuk", "Kamer\u{AD} \r\n  stuk"] {
            let end = Self.with(text) { cursor in cursor.matchWord("kamerstuk") ? cursor.i : nil }
            #expect(end == text.utf8.count, "\(text.debugDescription)")
        }
        for text in ["Kamerstu", "Kamer stuk", "Kamer-stuk", "\u{AD}Kamerstuk", "Kamer\u{AD}\n\nstuk"] {
            let at = Self.with(text) { cursor in (cursor.matchWord("kamerstuk"), cursor.i) }
            #expect(at == (false, 0), "\(text.debugDescription)")
        }
        // It matches a prefix: whether a letter follows is the caller's question.
        #expect(Self.with("Kamerstukken") { cursor in cursor.matchWord("kamerstuk") && cursor.atLetter })
    }

    @Test("exact bytes match only as written")
    func matchExact() {
        #expect(Self.with("T.K. 2019") { cursor in cursor.matchExact("T.K.") ? cursor.i : nil } == 4)
        #expect(Self.with("t.k. 2019") { cursor in cursor.matchExact("T.K.") ? cursor.i : nil } == nil)
        #expect(Self.with("T.K") { cursor in cursor.matchExact("T.K.") ? cursor.i : nil } == nil)
    }

    @Test("digits: a run up to its maximum, ignorable characters inside it skipped; a longer run is none at all")
    func digits() {
        #expect(Self.with("21501-02") { $0.readDigits(max: 6) } == 0..<5)
        #expect(Self.with("2\u{AD}1501 x") { $0.readDigits(max: 6) } == 0..<7)
        #expect(Self.with("2\u{AD}1501 x") { cursor in cursor.readDigits(max: 6).map { cursor.digitCount($0) } } == 5)
        #expect(Self.with("1234567") { cursor in (cursor.readDigits(max: 6), cursor.i) } == (nil, 0))
        // A soft hyphen after the run is not part of it.
        #expect(Self.with("12\u{AD}x") { $0.readDigits(max: 6) } == 0..<2)
        #expect(Self.with("x12") { $0.readDigits(max: 6) } == nil)
    }

    @Test("horizontal space stops at a line break; blank space stops past sixteen lines")
    func skipping() {
        #expect(Self.with(" \u{A0}\t\u{200B}x") { cursor in (cursor.skipHorizontalSpace(), cursor.i) } == (true, 7))
        #expect(Self.with("  \nx") { cursor in (cursor.skipHorizontalSpace(), cursor.i) } == (true, 2))
        #expect(Self.with("x") { cursor in (cursor.skipHorizontalSpace(), cursor.i) } == (false, 0))
        #expect(Self.with(" \n\u{0C}\r\n x") { cursor in cursor.skipBlank(); return cursor.i } == 6)
        let many = String(repeating: "\n", count: 20) + "x"
        #expect(Self.with(many) { cursor in cursor.skipBlank(); return cursor.i } == 16)
    }

    @Test("text of a range: its ASCII only, upper-cased when asked")
    func text() {
        #expect(Self.with("2\u{AD}1501-ixb") { cursor in cursor.text(0..<7) } == "21501")
        #expect(Self.with("2\u{AD}1501-ixb") { cursor in cursor.text(8..<11, uppercased: true) } == "IXB")
    }

    @Test("line breaks and form feeds in a range are counted where they are")
    func lineBreaks() {
        #expect(Self.with("a\n\nb\u{0C}\nc") { cursor in cursor.lineBreaks(in: 0..<7) } == 3)
        #expect(Self.with("a\n\nb\u{0C}\nc") { cursor in cursor.lineBreaks(in: 3..<7) } == 1)
        #expect(Self.with("a\n\nb\u{0C}\nc") { cursor in (cursor.hasFormFeed(0..<4), cursor.hasFormFeed(0..<5)) } == (false, true))
    }
}

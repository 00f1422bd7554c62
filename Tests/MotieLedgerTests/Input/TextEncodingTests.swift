import Testing
import Kamerstuk
@testable import MotieLedger

/// Text in other encodings: read where certain, with the lines and columns of the user's file;
/// otherwise an error that says how to convert it.
@Suite("Text in other encodings")
struct TextEncodingTests {
    static let letter = "Geachte voorzitter,\r\nZie de motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) — “uitgevoerd” 😀\r\nEn Kamerstuk 36 800-V, nr. 27.\r\n"

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        return bytes
    }

    static func places(_ document: SourceDocument) -> [String] {
        document.citations().citations.map { "\($0.location) \($0.id!.canonical)" }
    }

    @Test("UTF-16 with its mark, little and big endian: the same citations at the same places as in UTF-8", arguments: [false, true])
    func utf16(bigEndian: Bool) throws {
        let document = try SourceDocument.read(Self.utf16(Self.letter, bigEndian: bigEndian))
        #expect(document.origin == (bigEndian ? .utf16BE : .utf16LE))
        #expect(String(decoding: document.text.bytes, as: UTF8.self) == Self.letter)
        // Counted by hand: line 2 column 31 (after `Zie de motie Paternotte c.s. (`), line 3 column 4.
        #expect(Self.places(document) == ["2:31 kst-21501-02-3236", "3:4 kst-36800-V-27"])
        #expect(Self.places(try SourceDocument.read(Array(Self.letter.utf8))) == Self.places(document))
    }

    @Test("broken UTF-16: a lone surrogate and an odd byte are errors with their place")
    func brokenUTF16() {
        var lone = Self.utf16("ab\ncd", bigEndian: false)
        lone += [0x00, 0xD8, 0x41, 0x00]
        #expect(throws: InputError(.badData, "not UTF-16 text: a lone surrogate at byte offset 12", at: SourceLocation(line: 2, column: 3))) {
            try SourceDocument.read(lone)
        }
        let odd = Self.utf16("ab", bigEndian: true) + [0x00]
        #expect(throws: InputError(.badData, "not UTF-16 text: an odd number of bytes (the last one is half a character)",
                                   at: SourceLocation(line: 1, column: 3))) {
            try SourceDocument.read(odd)
        }
    }

    @Test("Windows-1252: Dutch letters and typographic quotes and dashes are certain; read with the file's places")
    func windows1252() throws {
        // "Financiën – “Kamerstuk 36 800-IX, nr. 12” geëvalueerd\n€ 5 ..." in Windows-1252.
        var bytes = Array("Financi".utf8) + [0xEB] + Array("n ".utf8) + [0x96] + Array(" ".utf8) + [0x93]
        bytes += Array("Kamerstuk 36 800-IX, nr. 12".utf8) + [0x94] + Array(" ge".utf8) + [0xEB] + Array("valueerd\n".utf8)
        bytes += [0x80] + Array(" 5 en Kamerstuk 21501-02, nr. 3236\n".utf8)
        let document = try SourceDocument.read(bytes)
        #expect(document.origin == .windows1252)
        #expect(String(decoding: document.text.bytes, as: UTF8.self)
            == "Financiën – “Kamerstuk 36 800-IX, nr. 12” geëvalueerd\n€ 5 en Kamerstuk 21501-02, nr. 3236\n")
        #expect(Self.places(document) == ["1:14 kst-36800-IX-12", "2:8 kst-21501-02-3236"])
    }

    @Test("not certain: an undefined byte, a lone symbol, a control character — the error names iconv", arguments: [
        [0x41, 0x81, 0x42] as [UInt8],
        Array("prijs ".utf8) + [0xB1] + Array(" 5".utf8),
        Array("caf".utf8) + [0xE9, 0x01],
    ])
    func uncertain(bytes: [UInt8]) {
        #expect {
            try SourceDocument.read(bytes)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.kind == .badData && error.message.hasPrefix("not UTF-8 text") && error.message.contains("iconv -f WINDOWS-1252 -t UTF-8")
        }
    }

    @Test("UTF-16 that lost its mark is named as such, not just binary")
    func utf16WithoutMark() {
        let bytes = Array(Self.utf16("Kamerstuk 21501-02, nr. 3236 en meer tekst", bigEndian: false).dropFirst(2))
        #expect {
            try SourceDocument.read(bytes)
        } throws: { error in
            (error as? InputError)?.message.contains("iconv -f UTF-16LE -t UTF-8") == true
        }
    }
}

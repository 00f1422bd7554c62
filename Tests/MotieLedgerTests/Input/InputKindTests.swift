import Testing
@testable import MotieLedger

/// A document's kind is told by its bytes, never by its name.
@Suite("Input kinds, by content")
struct InputKindTests {
    @Test("every kind, and text that only looks like markup", arguments: [
        ("%PDF-1.7\n%âãÏÓ\n1 0 obj", InputKind.pdf),
        ("junk before the header\n%PDF-1.4\n", .pdf),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<officiele-publicatie>", .xml),
        ("\u{FEFF}  <officiele-publicatie><metadata/>", .xml),
        ("<!-- copy -->\n<?xml-stylesheet href=\"x\"?>\n<kamerstuk>", .xml),
        ("<!DOCTYPE html>\n<html lang=\"nl\">", .html),
        ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", .html),
        ("<HTML><body>", .html),
        ("< 5 moties werden aangenomen", .text),
        ("Kamerstuk 21501-02, nr. 3236", .text),
        ("", .text),
    ])
    func kinds(text: String, kind: InputKind) {
        #expect(InputKind.of(Array(text.utf8)) == kind)
    }

    @Test("UTF-16 by its byte-order mark, either order")
    func utf16() {
        #expect(InputKind.of([0xFF, 0xFE, 0x4B, 0x00]) == .utf16(bigEndian: false))
        #expect(InputKind.of([0xFE, 0xFF, 0x00, 0x4B]) == .utf16(bigEndian: true))
    }
}

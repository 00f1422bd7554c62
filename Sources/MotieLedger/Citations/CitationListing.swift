import Dispatch
import Kamerstuk
import Synchronization

/// What `refs` prints for the citations of one input: a line a citation (`FILE:LINE:COLUMN:
/// ID  RAW`, the raw text on one line, or a JSON object), and a warning for each citation that
/// stays open. The lines are formatted on all cores, in chunks of citations, and kept in order.
package struct CitationListing: Sendable {
    /// The lines, a chunk of citations after another, in document order.
    package let chunks: [[UInt8]]
    /// The citations that stay open (and a document's links its text disagrees with), in the
    /// order of the text.
    package let warnings: [Finding]

    /// The lines of the citations `found` in `bytes`, the input named `file`; JSON objects
    /// (``CitationJSON``) with `json`.
    package init(_ found: PlacedParts, of bytes: UnsafeBufferPointer<UInt8>, file: String, json: Bool) {
        var chunks: [PlacedParts.Part] = []
        for part in found.parts {
            for from in stride(from: part.matches.startIndex, to: part.matches.endIndex, by: 4096) {
                chunks.append(PlacedParts.Part(matches: part.matches[from..<min(from + 4096, part.matches.endIndex)], linesBefore: part.linesBefore))
            }
        }
        let formatted = Mutex([Formatted](repeating: Formatted(), count: chunks.count))
        let shared = SharedInput(bytes: bytes, chunks: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { k in
            var out = CitationListing.format(shared.chunks[k], of: shared.bytes, file: file, json: json)
            formatted.withLock { swap(&$0[k], &out) }
        }
        let done = formatted.withLock { $0 }
        self.chunks = done.map(\.lines)
        warnings = done.flatMap(\.warnings)
    }

    /// The lines of the citations of a document the input stage read (PDF, XML, another
    /// encoding), with the publisher's links among them; the warnings in the order of the text.
    package init(_ document: SourceDocument, file name: String, json: Bool) {
        let (citations, findings) = document.citations()
        var warnings = findings
        var out: [UInt8] = []
        for citation in citations {
            if case .unresolved(let note) = citation.match.reading {
                warnings.append(note.at(citation.location))
            }
            if json {
                CitationJSON.object(citation, file: name, origin: document.origin).encode(into: &out, canonical: false)
            } else if let id = citation.id {
                out.append(contentsOf: "\(name):\(citation.location.line):\(citation.location.column): \(id.canonical)  ".utf8)
                Array(citation.raw.utf8).withUnsafeBufferPointer { CitationListing.appendOneLine($0, to: &out) }
            } else {
                continue
            }
            out.append(0x0A)
        }
        chunks = [out]
        // A finding about the whole document comes before those with a place.
        self.warnings = warnings.sorted { a, b in
            switch (a.location, b.location) {
            case let (a?, b?): a < b
            case (nil, _?): true
            default: false
            }
        }
    }

    /// Some citations formatted: their output lines, and a warning for each that stays open.
    private struct Formatted: Sendable {
        var lines: [UInt8] = []
        var warnings: [Finding] = []
    }

    /// What the threads that format share: the input, read only, and the chunks of its citations.
    private struct SharedInput: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let chunks: [PlacedParts.Part]
    }

    /// The output lines of some citations of one part of the input (`FILE:LINE:COLUMN: ID  RAW`,
    /// or JSON objects), and the warnings of those that stay open.
    private static func format(_ part: PlacedParts.Part, of bytes: UnsafeBufferPointer<UInt8>, file name: String, json: Bool) -> Formatted {
        let found = part.matches
        let nameBytes = Array(name.utf8)
        var out: [UInt8] = []
        var warnings: [Finding] = []
        out.reserveCapacity(found.count * (nameBytes.count + (json ? 400 : 80)))
        for index in found.indices {
            let placed = found[index]
            let raw = UnsafeBufferPointer(rebasing: bytes[placed.match.range])
            let location = part.location(of: placed)
            if case .unresolved(let note) = placed.match.reading {
                warnings.append(note.at(location))
            }
            if json {
                let citation = Citation(match: placed.match, location: location, raw: String(decoding: raw, as: UTF8.self))
                CitationJSON.object(citation, file: name, origin: .text).encode(into: &out, canonical: false)
            } else if let id = placed.match.id {
                out.append(contentsOf: nameBytes)
                out.append(UInt8(ascii: ":"))
                appendDecimal(location.line, to: &out)
                out.append(UInt8(ascii: ":"))
                appendDecimal(location.column, to: &out)
                out.append(contentsOf: ": ".utf8)
                id.appendCanonical(to: &out)
                out.append(contentsOf: "  ".utf8)
                // The page's footnotes and page number inside a citation broken over a page: `…`.
                var from = placed.match.range.lowerBound
                for gap in placed.match.gaps where gap.lowerBound >= from && gap.upperBound <= placed.match.range.upperBound {
                    appendOneLine(UnsafeBufferPointer(rebasing: bytes[from..<gap.lowerBound]), to: &out)
                    out.append(contentsOf: " … ".utf8)
                    from = gap.upperBound
                }
                appendOneLine(UnsafeBufferPointer(rebasing: bytes[from..<placed.match.range.upperBound]), to: &out)
            } else {
                continue
            }
            out.append(0x0A)
        }
        return Formatted(lines: out, warnings: warnings)
    }

    /// Appends `text` with every run of white space that holds a line break made one space, and
    /// a word broken at a soft hyphen (`Kamer\u{AD}⏎stuk`) made whole.
    private static func appendOneLine(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        // Most citations hold no line break, no soft hyphen and no other control: as they are.
        if !text.contains(where: { $0 < 0x20 || $0 == 0xC2 }) {
            output.append(contentsOf: text)
            return
        }
        var runStart: Int?
        var runHasBreak = false
        var joinWord = false
        for i in text.indices {
            let b = text[i]
            if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xAD {
                joinWord = true
                continue
            }
            if b == 0xAD, i > 0, text[i - 1] == 0xC2 { continue }
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0B || b == 0x0D || b == 0x0C {
                if runStart == nil { runStart = i }
                if b != 0x20 && b != 0x09 { runHasBreak = true }
                continue
            }
            if let start = runStart {
                if joinWord {
                    // The rest of the word broken at the soft hyphen follows the break directly.
                } else if runHasBreak {
                    output.append(0x20)
                } else {
                    output.append(contentsOf: text[start..<i])
                }
                runStart = nil
                runHasBreak = false
            }
            joinWord = false
            output.append(b)
        }
        if let start = runStart, !runHasBreak { output.append(contentsOf: text[start..<text.count]) }
    }

    /// Appends a non-negative number in decimal.
    private static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            } while n > 0
            output.append(contentsOf: buffer[(20 - count)...])
        }
    }
}

import Kamerstuk

/// Text from documents and people made safe for one line of a report: what a terminal, a
/// Markdown table or a spreadsheet shows is the text itself, never something it was made to do.
package enum ReportText {
    /// `text` on one line: a run of white space that holds a line break or a tab becomes one
    /// space, white space at either end goes, and control characters, bidirectional overrides
    /// and isolates (which can make a line show other than it reads, or steer a terminal)
    /// become U+FFFD.
    package static func line(_ text: String) -> String {
        if isLine(text) { return text }
        var output = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        var runBreaks = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                run.append(scalar)
                if isBreak(scalar) { runBreaks = true }
                continue
            }
            if !run.isEmpty {
                if !output.isEmpty {
                    if runBreaks { output.append(" ") } else { output.append(contentsOf: run) }
                }
                run.removeAll()
                runBreaks = false
            }
            output.append(isHazard(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(output)
    }

    /// Whether `text` is already what ``line(_:)`` makes of it: nothing to trim, and no break,
    /// control or bidirectional control inside. Most evidence is, so one pass over the UTF-8
    /// bytes spares building it anew.
    private static func isLine(_ text: String) -> Bool {
        if let first = text.unicodeScalars.first, isWhitespace(first) { return false }
        if let last = text.unicodeScalars.last, isWhitespace(last) { return false }
        return text.utf8.withContiguousStorageIfAvailable { holdsNoBreak(UnsafeRawBufferPointer($0)) } ?? false
    }

    /// Whether the text of `bytes`, valid UTF-8, is already what ``line(_:)`` makes of it, as
    /// for a `String`: what the page asks of every text it takes from a ledger line as it stands.
    static func isLine(utf8 bytes: UnsafeRawBufferPointer) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        // An ASCII end is white space only as a space or a control; another is decoded.
        if first < 0x80 {
            if first <= 0x20 { return false }
        } else {
            let head = String(decoding: UnsafeRawBufferPointer(rebasing: bytes.prefix(4)), as: UTF8.self)
            if let scalar = head.unicodeScalars.first, isWhitespace(scalar) { return false }
        }
        if last < 0x80 {
            if last <= 0x20 { return false }
        } else {
            var start = bytes.count - 1
            while start > 0, bytes.count - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let tail = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
            if let scalar = tail.unicodeScalars.last, isWhitespace(scalar) { return false }
        }
        return holdsNoBreak(bytes)
    }

    /// Whether UTF-8 `bytes` hold no line break, control or bidirectional control. Eight bytes
    /// of ASCII without a control are passed over at once.
    private static func holdsNoBreak(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count {
                let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & ByteWord.highs | ByteWord.bytes(word, below: 0x20) | ByteWord.bytes(word, equalTo: 0x7F) == 0 {
                    i += 8
                    continue
                }
            }
            for j in i..<min(i + 8, bytes.count) {
                switch bytes[j] {
                case 0x00...0x1F, 0x7F:
                    return false
                case 0xC2 where j + 1 < bytes.count && bytes[j + 1] < 0xA0:
                    return false // U+0080–U+009F: C1 controls, U+0085 among them
                case 0xE2 where j + 2 < bytes.count:
                    if bytes[j + 1] == 0x80 && (0xA8...0xAE).contains(bytes[j + 2]) { return false } // U+2028–U+202E
                    if bytes[j + 1] == 0x81 && (0xA6...0xA9).contains(bytes[j + 2]) { return false } // U+2066–U+2069
                default:
                    break
                }
            }
            i = min(i + 8, bytes.count)
        }
        return true
    }

    /// `text` on one line (as ``line(_:)``) and at most `limit` characters long: when it is
    /// longer, it ends at the last word boundary that leaves room for an ellipsis, without the
    /// punctuation that would dangle there, and with `…`. A boundary inside a Kamerstuk citation
    /// gives way to the one before the citation (and its bracket), so that no text ends in
    /// `(Kamerstuk 36 800-V, nr.…`, unless nothing comes before the citation. A URL is never cut
    /// nor run into the ellipsis, which a Markdown renderer or a terminal would take into the
    /// link: a URL that ends the text kept is followed by ` …`, one the cut would go into gives
    /// way to the boundary before it, and one that starts the text is kept whole even past the
    /// limit. Only a single other word longer than the whole limit is cut inside, as there is no
    /// boundary to cut at.
    package static func shortened(_ text: String, limit: Int = 160) -> String {
        precondition(limit >= 2, "a shortened text needs room for a character and the ellipsis")
        let whole = line(text)
        // Counting only as far as the limit: evidence can be long.
        guard whole.utf8.count > limit, let end = whole.index(whole.startIndex, offsetBy: limit, limitedBy: whole.endIndex),
              end != whole.endIndex
        else { return whole }
        var kept = Shortening.cutAtWord(whole, before: whole.index(before: end))
        if let citation = citationStart(cutAt: kept.endIndex, in: whole), holdsWords(whole[..<citation]) {
            kept = whole[..<citation]
        }
        if let url = lastURL(in: whole, before: kept.endIndex) {
            if whole[..<url.upperBound].count + 2 <= limit {
                return whole[..<url.upperBound] + " …"
            }
            guard holdsWords(whole[..<url.lowerBound]) else { return whole[..<url.upperBound] + " …" }
            kept = whole[..<url.lowerBound]
        }
        while let last = kept.last, last.isWhitespace || dangling.contains(last) {
            kept.removeLast()
        }
        return String(kept) + "…"
    }

    /// Whether `text` holds more than white space and dangling punctuation: something to keep.
    private static func holdsWords(_ text: Substring) -> Bool {
        text.contains { !$0.isWhitespace && !dangling.contains($0) }
    }

    /// The URL (as ``MarkdownText`` finds one) that starts in the last word of `text` before
    /// `cut`, if any: the one a cut there would go into or end with. A URL runs to the next
    /// space at most, so none that starts in an earlier word reaches the cut.
    private static func lastURL(in text: String, before cut: String.Index) -> Range<String.Index>? {
        let wordStart = text[..<cut].lastIndex(where: \.isWhitespace).map { text.index(after: $0) } ?? text.startIndex
        let bytes = Array(text.utf8)
        let from = text.utf8.distance(from: text.startIndex, to: wordStart)
        guard let url = MarkdownText.nextURL(in: bytes, from: from), url.lowerBound < text.utf8.distance(from: text.startIndex, to: cut)
        else { return nil }
        return text.utf8.index(text.startIndex, offsetBy: url.lowerBound)..<text.utf8.index(text.startIndex, offsetBy: url.upperBound)
    }

    /// Where the Kamerstuk citation starts that a cut of `text` at `cut` would go through (the
    /// `K` of `Kamerstuk 36 800-V, nr. 27` cut before `27`); `nil` when the cut is outside every one.
    private static func citationStart(cutAt cut: String.Index, in text: String) -> String.Index? {
        let offset = text.utf8.distance(from: text.startIndex, to: cut)
        guard let citation = CitationScanner.scan(text).first(where: { $0.range.lowerBound < offset && offset < $0.range.upperBound })
        else { return nil }
        return text.utf8.index(text.startIndex, offsetBy: citation.range.lowerBound)
    }

    /// Characters that say something follows; a text cut after them would end in mid-air.
    private static let dangling: Set<Character> = [",", ";", ":", "(", "[", "{", "\u{201C}", "\u{2018}", "\"", "'", "-", "\u{2013}", "\u{2014}", "/"]

    /// Unicode's White_Space, as a switch: the property lookup costs more than the rest of a line.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Line breaks and tabs: white space that a one-line report cannot keep.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.
    static func isHazard(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

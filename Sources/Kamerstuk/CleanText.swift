/// Text as PDF extraction should have given it, with a map back to the user's input.
///
/// What changes (the marks extraction leaves, as “The documents” in MotieLedger's Domain article,
/// `Sources/MotieLedger/MotieLedger.docc/Domain.md`, tells them):
/// - ligature glyphs of one PDF font (`Ư` ff, `Ɵ` ti, `Ō` ft, `Ʃ` tt) and the Unicode ligatures
///   U+FB00–FB06 become their letters;
/// - no-break, thin and other fixed-width spaces become a plain space;
/// - soft hyphens (but one that breaks a word over a line), with the spaces a converter left
///   after one, zero-width spaces and joiners, word joiners and stray byte-order marks go;
/// - the Unicode hyphens U+2010/U+2011 become `-`; a `\r` before `\n` goes.
///
/// What stays: hyphens at line ends (real Dutch: `EU-⏎lidstaten`), en and em dashes, quotes,
/// every line break — so a line number in the clean text is the line number in the input
/// (until ``unfoldingColumns(rowStart:)`` reorders lines; the offset map always holds).
package struct CleanText: Sendable {
    /// The input as the user gave it.
    package let source: SourceText
    /// The cleaned bytes (UTF-8).
    package let bytes: [UInt8]
    /// Points where the offset between clean and original text changes: from `clean` on,
    /// original = clean + `shift`, until the next point. Sorted by `clean`.
    let shifts: [(clean: Int, shift: Int)]

    package init(_ source: SourceText) {
        self.source = source
        let (bytes, shifts) = source.bytes.withUnsafeBufferPointer(CleanText.clean)
        self.bytes = bytes ?? source.bytes
        self.shifts = shifts
    }

    init(source: SourceText, bytes: [UInt8], shifts: [(clean: Int, shift: Int)]) {
        self.source = source
        self.bytes = bytes
        self.shifts = shifts
    }

    /// The clean text as a string.
    package var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The offset in the original input of the character that produced clean byte `offset`
    /// (or of the end, for `bytes.count`).
    package func originalOffset(_ offset: Int) -> Int {
        var lo = 0, hi = shifts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if shifts[mid].clean <= offset { lo = mid + 1 } else { hi = mid }
        }
        var original = offset + (lo == 0 ? 0 : shifts[lo - 1].shift)
        // Inside a glyph that became several letters: point at the glyph.
        while original > 0, original < source.bytes.count, source.bytes[original] & 0xC0 == 0x80 { original -= 1 }
        return original
    }

    /// Where clean byte `offset` stands in the user's input.
    package func location(of offset: Int) -> SourceLocation {
        source.location(of: originalOffset(offset))
    }

    /// What one character at `i` becomes, if it changes: its byte length, and the replacement.
    static func replacement(at i: Int, in p: UnsafeBufferPointer<UInt8>) -> (Int, StaticString)? {
        let n = p.count
        let b = p[i]
        switch b {
        case 0x0D:
            return i + 1 < n && p[i + 1] == 0x0A ? (1, "") : nil
        case 0xC2:
            guard i + 1 < n else { return nil }
            if p[i + 1] == 0xA0 { return (2, " ") }
            if p[i + 1] == 0xAD {
                // A soft hyphen that breaks a word over a line stays, so that readers can join
                // the word across the break (`Kamer\u{AD}⏎stuk`); lines are never joined here.
                // One followed by spaces and the word's lower-case rest is a line break a
                // converter made spaces of (`Kamer\u{AD}   stukken`): it goes with the spaces,
                // and the word is whole. Before a capital or a digit the spaces are a table's
                // gutter (`Vastge\u{AD}   Realisatie`): they stay.
                var k = i + 2
                while k < n, p[k] == 0x20 || p[k] == 0x0D { k += 1 }
                if k < n && p[k] == 0x0A { return nil }
                let lowercase = k < n && (ASCII.isLower(p[k]) || (p[k] == 0xC3 && k + 1 < n && p[k + 1] >= 0x9F))
                return k - i > 2 && lowercase ? (k - i, "") : (2, "")
            }
            return nil
        case 0xC5:
            return i + 1 < n && p[i + 1] == 0x8C ? (2, "ft") : nil
        case 0xC6:
            guard i + 1 < n else { return nil }
            switch p[i + 1] {
            case 0xAF: return (2, "ff")
            case 0x9F: return (2, "ti")
            case 0xA9: return (2, "tt")
            default: return nil
            }
        case 0xE2:
            guard i + 2 < n else { return nil }
            let (c1, c2) = (p[i + 1], p[i + 2])
            if c1 == 0x80 {
                switch c2 {
                case 0x80...0x8A, 0xAF: return (3, " ")
                case 0x8B...0x8D: return (3, "")
                case 0x90, 0x91: return (3, "-")
                default: return nil
                }
            }
            if c1 == 0x81, c2 == 0x9F { return (3, " ") }
            if c1 == 0x81, c2 == 0xA0 { return (3, "") }
            return nil
        case 0xE3:
            return i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0x80 ? (3, " ") : nil
        case 0xEF:
            guard i + 2 < n else { return nil }
            if p[i + 1] == 0xBB, p[i + 2] == 0xBF { return (3, "") }
            guard p[i + 1] == 0xAC else { return nil }
            switch p[i + 2] {
            case 0x80: return (3, "ff")
            case 0x81: return (3, "fi")
            case 0x82: return (3, "fl")
            case 0x83: return (3, "ffi")
            case 0x84: return (3, "ffl")
            case 0x85, 0x86: return (3, "st")
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The clean bytes (`nil` when nothing changes) and the shift points.
    static func clean(_ p: UnsafeBufferPointer<UInt8>) -> ([UInt8]?, [(clean: Int, shift: Int)]) {
        var out: [UInt8]?
        var shifts: [(clean: Int, shift: Int)] = []
        var copiedUpTo = 0
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            guard b == 0x0D || b >= 0xC2, let (length, replacement) = replacement(at: i, in: p) else {
                i += 1
                continue
            }
            if out == nil { out = []; out!.reserveCapacity(n) }
            out!.append(contentsOf: UnsafeBufferPointer(rebasing: p[copiedUpTo..<i]))
            replacement.withUTF8Buffer { out!.append(contentsOf: $0) }
            i += length
            copiedUpTo = i
            if replacement.utf8CodeUnitCount != length {
                shifts.append((clean: out!.count, shift: i - out!.count))
            }
        }
        if out != nil { out!.append(contentsOf: UnsafeBufferPointer(rebasing: p[copiedUpTo..<n])) }
        return (out, shifts)
    }
}

extension CleanText {
    /// This text with `edits` made — each a range of this text and the bytes that take its
    /// place, in order and apart — and its map back to the user's input kept: inserted bytes
    /// stand where the text they come before stands, and what follows a removed byte where it
    /// stood. For repairs that readers of a later stage make, where the repair is certain.
    package func editing(_ edits: [(range: Range<Int>, replacement: [UInt8])]) -> CleanText {
        guard !edits.isEmpty else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + edits.count)
        var segments: [(new: Int, clean: Int)] = []
        var copied = 0
        for edit in edits {
            if copied < edit.range.lowerBound {
                segments.append((out.count, copied))
                out.append(contentsOf: bytes[copied..<edit.range.lowerBound])
            }
            if !edit.replacement.isEmpty {
                segments.append((out.count, edit.range.lowerBound))
                out.append(contentsOf: edit.replacement)
            }
            copied = edit.range.upperBound
        }
        if copied < bytes.count {
            segments.append((out.count, copied))
            out.append(contentsOf: bytes[copied...])
        }
        return CleanText(source: source, bytes: out, shifts: composed(segments, length: out.count))
    }
}

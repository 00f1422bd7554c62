/// Byte-level helpers for the clean text of a document: its lines, words and sentences.
/// Offsets are UTF-8 offsets into the clean text; its lines are the input's lines.
enum TextBytes {
    // Kamerstuk's `ASCII` holds the same four tests; these stay, for they run on every byte of a
    // document and a `package` function is not inlined into another module.
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    /// White space within and between the lines of clean text, a form feed included.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    /// Whether the character starting at `i` is a letter (ASCII or accented Latin).
    static func isLetter(at i: Int, in t: [UInt8]) -> Bool {
        let b = t[i]
        if b < 0x80 { return isASCIILetter(b) }
        // Latin-1 supplement and Latin Extended-A letters: é, ë, ö, ç, ł …
        if b == 0xC3 { return i + 1 < t.count && t[i + 1] != 0x97 && t[i + 1] != 0xB7 }
        return b == 0xC4 || b == 0xC5
    }

    /// Whether the character ending just before `i` is a letter.
    static func isLetter(before i: Int, in t: [UInt8]) -> Bool {
        guard i > 0 else { return false }
        var start = i - 1
        while start > 0, t[start] & 0xC0 == 0x80 { start -= 1 }
        return isLetter(at: start, in: t)
    }

    /// ASCII text lowercased, without going through Unicode scalars.
    static func folded(ascii bytes: some Collection<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (i, b) in bytes.enumerated() { buffer[i] = isUpper(b) ? b + 0x20 : b }
            return bytes.count
        }
    }

    /// Text with every run of white space made one space, and trimmed.
    static func collapsed(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        // A word broken at a soft hyphen over a line (`mo\u{AD}⏎tie`) is made whole.
        var joining = false
        for b in bytes {
            if isSpace(b) {
                pendingSpace = !out.isEmpty && !joining
            } else if b == 0xAD, out.last == 0xC2 {
                out.removeLast()
                joining = true
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                joining = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` lowercased, with its diacritics taken off (`Iraniërs` → `iraniers`), for matching
    /// names and words however they are written.
    static func folded(_ text: some StringProtocol) -> String {
        var ascii = true
        for b in text.utf8 where b >= 0x80 {
            ascii = false
            break
        }
        if ascii { return folded(ascii: text.utf8) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "A"..."Z": out.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case "à", "á", "â", "ã", "ä", "å", "À", "Á", "Â", "Ã", "Ä", "Å": out.append("a")
            case "è", "é", "ê", "ë", "È", "É", "Ê", "Ë": out.append("e")
            case "ì", "í", "î", "ï", "Ì", "Í", "Î", "Ï": out.append("i")
            case "ò", "ó", "ô", "õ", "ö", "Ò", "Ó", "Ô", "Õ", "Ö": out.append("o")
            case "ù", "ú", "û", "ü", "Ù", "Ú", "Û", "Ü": out.append("u")
            case "ç", "Ç": out.append("c")
            case "ñ", "Ñ": out.append("n")
            case "ý", "ÿ", "Ý": out.append("y")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

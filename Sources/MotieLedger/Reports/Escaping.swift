import Kamerstuk

/// Text from documents and people made safe for one line of a report: what a terminal, a
/// Markdown table or a spreadsheet shows is the text itself, never something it was made to do.
public enum ReportText {
    /// `text` on one line: a run of white space that holds a line break or a tab becomes one
    /// space, white space at either end goes, and control characters, bidirectional overrides
    /// and isolates (which can make a line show other than it reads, or steer a terminal)
    /// become U+FFFD.
    public static func line(_ text: String) -> String {
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
        let clean = text.utf8.withContiguousStorageIfAvailable { bytes in
            for i in bytes.indices {
                switch bytes[i] {
                case 0x00...0x1F, 0x7F:
                    return false
                case 0xC2 where i + 1 < bytes.count && bytes[i + 1] < 0xA0:
                    return false // U+0080–U+009F: C1 controls, U+0085 among them
                case 0xE2 where i + 2 < bytes.count:
                    if bytes[i + 1] == 0x80 && (0xA8...0xAE).contains(bytes[i + 2]) { return false } // U+2028–U+202E
                    if bytes[i + 1] == 0x81 && (0xA6...0xA9).contains(bytes[i + 2]) { return false } // U+2066–U+2069
                default:
                    break
                }
            }
            return true
        }
        return clean ?? false
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
    public static func shortened(_ text: String, limit: Int = 160) -> String {
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

/// Text made safe for GitHub-flavoured Markdown, above all for a table cell: whatever it holds,
/// the row keeps its cells and the cell shows the text as written.
public enum MarkdownText {
    /// `text` as the content of one table cell (or inline text in a paragraph): on one line
    /// (``ReportText/line(_:)``), and with every character escaped that would otherwise end the
    /// cell (`|`), start markup (`` ` `` `*` `_` `[` `]` `~` `\`) or HTML (`<` `>` `&`, written as
    /// entities). GFM splits a row at pipes before it reads any inline markup, so `\|` is the one
    /// form that survives inside code spans and links as well; the backslash itself is escaped
    /// so that text ending in `\` cannot swallow the escape of a pipe that follows.
    ///
    /// GFM's autolinker reads a URL from the text as written, escapes and all, so a URL
    /// (`http://`, `https://` or `www.`, up to the next space, as ``nextURL(in:from:)`` finds
    /// it) becomes an explicit link (``link(_:to:)``), in which no autolink is made; the `:` of
    /// any other `://` (an `ftp://`) gets a backslash, so that no autolink starts there.
    public static func cell(_ text: String) -> String {
        let line = ReportText.line(text)
        // Over the bytes in one go, as most cells have nothing to escape.
        let plain = line.utf8.withContiguousStorageIfAvailable(isPlain) ?? Array(line.utf8).withUnsafeBufferPointer(isPlain)
        guard !plain else { return line }
        let input = Array(line.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(input.count + 16)
        var position = 0
        while let url = nextURL(in: input, from: position) {
            escape(input[position..<url.lowerBound], guardingAutolinks: true, into: &bytes)
            let address = String(decoding: input[url], as: UTF8.self)
            bytes += link(address, to: address.hasPrefix("www.") ? "http://" + address : address).utf8
            position = url.upperBound
        }
        escape(input[position...], guardingAutolinks: true, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` on one line and escaped as ``cell(_:)`` escapes it, with no URL made a link: the
    /// text of a link, which cannot hold another.
    private static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        escape(Array(ReportText.line(text).utf8)[...], guardingAutolinks: false, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped as ``cell(_:)`` escapes it; the `:` of a `://` gets a backslash
    /// only when `guardingAutolinks` (the text of a link needs none, as GFM makes no autolink there).
    private static func escape(_ text: ArraySlice<UInt8>, guardingAutolinks: Bool, into bytes: inout [UInt8]) {
        for i in text.indices {
            let byte = text[i]
            switch byte {
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case _ where isSyntax(byte) || (guardingAutolinks && byte == UInt8(ascii: ":") && text[i...].starts(with: "://".utf8)):
                bytes += [UInt8(ascii: "\\"), byte]
            default: bytes.append(byte)
            }
        }
    }

    /// Whether ``cell(_:)`` has nothing to do for `bytes`: no byte to escape, no `://`, no `www.`.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in bytes.indices {
            switch bytes[i] {
            case UInt8(ascii: ":") where bytes[i...].starts(with: "://".utf8): return false
            case UInt8(ascii: "w") where bytes[i...].starts(with: "www.".utf8): return false
            case let byte where isSyntax(byte): return false
            default: break
            }
        }
        return true
    }

    /// The bytes ``cell(_:)`` escapes; all ASCII, so no byte of a longer character is one of them.
    private static func isSyntax(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
            true
        default:
            false
        }
    }

    /// The next URL in `bytes` from `start` on, where GFM's autolinker would find one: `www.`
    /// at the start or after a space, `*`, `_`, `~` or `(`; `http://` or `https://`, in any
    /// case, not right after a letter. It runs to the next space, less what GFM leaves out of
    /// a link at its end: `?` `!` `.` `,` `:` `*` `_` `~` `'` `"`, a `)` that no `(` in the URL
    /// opened, and an entity (`&amp;`). Its `<`, `>` and `|` stay in it, made harmless by ``link(_:to:)``.
    static func nextURL(in bytes: [UInt8], from start: Int) -> Range<Int>? {
        let wwwFollows: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "(")]
        for i in start..<bytes.count {
            var first = i
            let prefixEnd: Int
            if bytes[i...].starts(with: "www.".utf8), i == 0 || wwwFollows.contains(bytes[i - 1]) {
                prefixEnd = i + 4
            } else if bytes[i...].starts(with: "://".utf8) {
                while first > start, isLetter(bytes[first - 1]) { first -= 1 }
                let scheme = String(decoding: bytes[first..<i], as: UTF8.self).lowercased()
                guard scheme == "http" || scheme == "https" else { continue }
                prefixEnd = i + 3
            } else {
                continue
            }
            let spaceOrEnd = bytes[prefixEnd...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
            return first..<urlEnd(bytes, first..<spaceOrEnd, keeping: prefixEnd)
        }
        return nil
    }

    /// The end of the URL `run` once what GFM leaves out of a link at its end is taken off
    /// (as ``nextURL(in:from:)`` says); never before `minimum`, the end of its `www.` or `://`.
    private static func urlEnd(_ bytes: [UInt8], _ run: Range<Int>, keeping minimum: Int) -> Int {
        var end = run.upperBound
        while end > minimum {
            switch bytes[end - 1] {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "*"),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ";"):
                var name = end - 1
                while name > minimum, isLetter(bytes[name - 1]) { name -= 1 }
                end = name < end - 1 && name > minimum && bytes[name - 1] == UInt8(ascii: "&") ? name - 1 : end - 1
            case UInt8(ascii: ")"):
                let url = bytes[run.lowerBound..<end]
                guard url.count(where: { $0 == UInt8(ascii: ")") }) > url.count(where: { $0 == UInt8(ascii: "(") }) else { return end }
                end -= 1
            default:
                return end
            }
        }
        return end
    }

    /// An ASCII letter: what GFM's autolinker reads as part of a URL's scheme.
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    /// A link `[text](url)` for a cell, with the text escaped as ``cell(_:)`` escapes it (no link
    /// inside: GFM makes none in a link's text) and the URL as ``destination(_:)``. Only `http`
    /// and `https` URLs are linked: anything else (a `javascript:` URL) gives the text alone.
    public static func link(_ text: String, to url: String) -> String {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return cell(text) }
        return "[\(escaped(text))](\(destination(url)))"
    }

    /// `url` as a link destination: every byte that could end the destination, split a table
    /// row or be read as markup (space, controls, `(` `)` `<` `>` `|` `\` `` ` `` `"` `[` `]` `{`
    /// `}` `^`), and every byte beyond ASCII, percent-encoded; `&` written `&amp;`, since
    /// Markdown decodes entities in destinations.
    public static func destination(_ url: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"):
                bytes += "&amp;".utf8
            case 0x21, 0x23...0x27, 0x2A...0x3B, 0x3D, 0x3F...0x5A, 0x5F, 0x61...0x7A, 0x7E:
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One table row from cells already escaped: `| a | b |` and a line break.
    public static func row(_ cells: [String]) -> String {
        "|" + cells.map { $0.isEmpty ? " |" : " \($0) |" }.joined() + "\n"
    }

    /// A table's header: the row of its heads, escaped already, and the delimiter row under it.
    public static func header(_ heads: [String]) -> String {
        row(heads) + "|" + String(repeating: " --- |", count: heads.count) + "\n"
    }
}

/// Text made safe for CSV as RFC 4180 writes it, and for the spreadsheets that open it.
public enum CSVText {
    /// `text` as one field. A field that a spreadsheet would take for a formula (it starts with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return) gets a `'` in front, which the spreadsheet
    /// shows instead of running it (OWASP's CSV injection guard). A field is quoted when it
    /// holds `"`, the separator (`,`, or `;` for a spreadsheet), a line break, space at either
    /// end, or got that guard; a `"` inside is doubled. Line breaks inside a quoted field are
    /// kept: RFC 4180 allows them.
    public static func field(_ text: String, separator: UInt8 = UInt8(ascii: ",")) -> String {
        let guarded = text.utf8.first.map(formulaStarts.contains) ?? false
        let quoted = guarded || text.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == separator || $0 == 0x0A || $0 == 0x0D }
            || (text.unicodeScalars.first.map(ReportText.isWhitespace) ?? false)
            || (text.unicodeScalars.last.map(ReportText.isWhitespace) ?? false)
        guard quoted else { return text }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        if guarded { bytes.append(UInt8(ascii: "'")) }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One record: the fields, each made safe by ``field(_:)``, joined by commas and ended by
    /// CRLF as RFC 4180 asks.
    public static func record(_ fields: [String]) -> String {
        CSVDialect.rfc4180.record(fields)
    }

    /// The first bytes that make a spreadsheet read a field as a formula.
    private static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
}

/// How a CSV file is written: as RFC 4180 says, for other programs, or as a spreadsheet on a
/// Dutch desktop opens it by a double click — Excel and LibreOffice there take `;` as the list
/// separator (the comma is the decimal sign) and read the file as UTF-8 only after a byte-order
/// mark. Lines end in CRLF either way.
public struct CSVDialect: Hashable, Sendable {
    /// The byte between fields.
    public let separator: UInt8
    /// Whether the file opens with the UTF-8 byte-order mark.
    public let byteOrderMark: Bool

    /// Commas, no byte-order mark.
    public static let rfc4180 = CSVDialect(separator: UInt8(ascii: ","), byteOrderMark: false)
    /// Semicolons, after a byte-order mark: what `--excel` writes.
    public static let spreadsheet = CSVDialect(separator: UInt8(ascii: ";"), byteOrderMark: true)

    /// What the file starts with, before its header.
    public var start: [UInt8] { byteOrderMark ? [0xEF, 0xBB, 0xBF] : [] }

    /// One record: the fields, each made safe by ``CSVText/field(_:separator:)``, joined by
    /// the separator and ended by CRLF.
    public func record(_ fields: [String]) -> String {
        fields.map { CSVText.field($0, separator: separator) }.joined(separator: String(UnicodeScalar(separator))) + "\r\n"
    }

    /// A flag in a column of its own: `ja` or `nee` (`yes`, `no`), so that a spreadsheet can
    /// filter on it.
    public func flag(_ value: Bool, _ language: Language) -> String {
        value ? language.pick("ja", "yes") : language.pick("nee", "no")
    }
}

/// Text made safe for HTML: whatever a document or a person wrote shows as text, in an element
/// or an attribute, and never becomes markup, script or a link of its own.
public enum HTMLText {
    /// `text` as the content of an element: on one line (``ReportText/line(_:)``, which also
    /// makes controls and bidirectional overrides U+FFFD), with `&`, `<` and `>` as entities.
    public static func text(_ text: String) -> String {
        escaped(ReportText.line(text), quotes: false)
    }

    /// `text` as the value of a double-quoted attribute: as ``text(_:)``, and `"` and `'` as
    /// entities too, so that no value can end its attribute.
    public static func attribute(_ text: String) -> String {
        escaped(ReportText.line(text), quotes: true)
    }

    private static func escaped(_ line: String, quotes: Bool) -> String {
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || (quotes && ($0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'"))) })
        else { return line }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count + 16)
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\"") where quotes: bytes += "&quot;".utf8
            case UInt8(ascii: "'") where quotes: bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// JSON made safe to stand between `<script type="application/json">` and `</script>`:
    /// `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, so that no `</script>` or
    /// `<!--` can end or bend the block, and U+2028 and U+2029 become `\u2028` and `\u2029`,
    /// which older JavaScript took for line ends. Outside strings JSON holds none of these
    /// bytes, so a pass over the bytes changes only strings, and the value reads the same.
    public static func scriptData(_ json: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.count + json.count / 64)
        var i = 0
        while i < json.count {
            let byte = json[i]
            switch byte {
            case UInt8(ascii: "<"): bytes += #"\u003c"#.utf8
            case UInt8(ascii: ">"): bytes += #"\u003e"#.utf8
            case UInt8(ascii: "&"): bytes += #"\u0026"#.utf8
            case 0xE2 where i + 2 < json.count && json[i + 1] == 0x80 && (json[i + 2] == 0xA8 || json[i + 2] == 0xA9):
                bytes += (json[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                i += 2
            default: bytes.append(byte)
            }
            i += 1
        }
        return bytes
    }

    /// `value` as one value of a URL's query or fragment (`#open=VALUE`): every byte but
    /// ASCII letters, digits, `-`, `.`, `_` and `~` percent-encoded, as JavaScript's
    /// `encodeURIComponent` does, so that `&`, `=`, `#` and `+` in it stay part of the value.
    /// The result holds nothing an attribute needs escaped.
    public static func fragmentValue(_ value: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Text made safe for GitHub-flavoured Markdown, above all for a table cell: whatever it holds,
/// the row keeps its cells and the cell shows the text as written.
package enum MarkdownText {
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
    package static func cell(_ text: String) -> String {
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
    package static func link(_ text: String, to url: String) -> String {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return cell(text) }
        return "[\(escaped(text))](\(destination(url)))"
    }

    /// `url` as a link destination: every byte that could end the destination, split a table
    /// row or be read as markup (space, controls, `(` `)` `<` `>` `|` `\` `` ` `` `"` `[` `]` `{`
    /// `}` `^`), and every byte beyond ASCII, percent-encoded; `&` written `&amp;`, since
    /// Markdown decodes entities in destinations.
    package static func destination(_ url: String) -> String {
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
    package static func row(_ cells: [String]) -> String {
        "|" + cells.map { $0.isEmpty ? " |" : " \($0) |" }.joined() + "\n"
    }

    /// A table's header: the row of its heads, escaped already, and the delimiter row under it.
    package static func header(_ heads: [String]) -> String {
        row(heads) + "|" + String(repeating: " --- |", count: heads.count) + "\n"
    }

    /// A report's Markdown: `sentence` on a line, then, when there are rows, a blank line and the
    /// table of `heads` and `rows` (cells escaped already).
    package static func table(_ heads: [String], _ rows: [[String]], under sentence: String) -> String {
        guard !rows.isEmpty else { return sentence + "\n" }
        return sentence + "\n\n" + header(heads) + rows.map(row).joined()
    }
}

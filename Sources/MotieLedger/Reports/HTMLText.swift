/// Text made safe for HTML: whatever a document or a person wrote shows as text, in an element
/// or an attribute, and never becomes markup, script or a link of its own.
package enum HTMLText {
    /// `text` as the content of an element: on one line (``ReportText/line(_:)``, which also
    /// makes controls and bidirectional overrides U+FFFD), with `&`, `<` and `>` as entities.
    package static func text(_ text: String) -> String {
        escaped(ReportText.line(text), quotes: false)
    }

    /// `text` as the value of a double-quoted attribute: as ``text(_:)``, and `"` and `'` as
    /// entities too, so that no value can end its attribute.
    package static func attribute(_ text: String) -> String {
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
    package static func scriptData(_ json: [UInt8]) -> [UInt8] {
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
    package static func fragmentValue(_ value: String) -> String {
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

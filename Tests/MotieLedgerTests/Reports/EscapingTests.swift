import Testing
import TestSupport
@testable import MotieLedger

/// The escapers each report relies on, case by case: what goes in, what must come out.
@Suite struct ReportEscapingTests {
    @Test(arguments: [
        ("one line", "one line"),
        ("a\nb", "a b"),
        ("a \r\n   b", "a b"),
        ("  both ends \n", "both ends"),
        ("two  spaces stay", "two  spaces stay"),
        ("tab\there", "tab here"),
        ("line\u{2028}separator, next\u{85}line", "line separator, next line"),
        ("no-break\u{A0}space stays", "no-break\u{A0}space stays"),
        ("bell\u{07} and escape\u{1B}[31m", "bell\u{FFFD} and escape\u{FFFD}[31m"),
        ("right-to-left \u{202E}override\u{202C} and \u{2067}isolate\u{2069}", "right-to-left \u{FFFD}override\u{FFFD} and \u{FFFD}isolate\u{FFFD}"),
        ("delete\u{7F} and C1\u{9B}", "delete\u{FFFD} and C1\u{FFFD}"),
        ("", ""),
        (" \n\t ", ""),
    ])
    func line(input: String, expected: String) {
        #expect(ReportText.line(input) == expected)
    }

    @Test(arguments: [
        ("short enough", 160, "short enough"),
        ("exactly ten", 11, "exactly ten"),
        ("aaaa bbbb cccc", 10, "aaaa bbbb…"),
        ("aaaa bbbb cccc", 8, "aaaa…"),
        ("een, twee drie", 8, "een…"),
        ("zie (Kamerstuk 36 800-V, nr. 27)", 16, "zie…"),
        ("zie (Kamerstuk 36 800-V, nr. 27)", 8, "zie…"),
        // Never into a citation: back to before it, and before its bracket.
        ("de motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) en motie Van Baarle (Kamerstuk 36 800-V, nr. 27) ook", 99,
         "de motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) en motie Van Baarle…"),
        ("de motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) en motie Van Baarle (Kamerstuk 36 800-V, nr. 27) ook", 106,
         "de motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) en motie Van Baarle (Kamerstuk 36 800-V, nr. 27)…"),
        // A text that starts with the citation has nothing before it to keep.
        ("Kamerstuk 36 800-V, nr. 27 is uitgevoerd", 20, "Kamerstuk 36 800-V…"),
        ("zo – en verder", 6, "zo…"),
        ("eenwoordvanveertienletters", 5, "eenw…"),
        ("line\nbreaks count as one space each", 20, "line breaks count…"),
        ("café\u{301} crème brûlée", 12, "café\u{301} crème…"),
        // Never into a URL, and no ellipsis where a URL would take it in: a URL ending at the cut
        // keeps its own end and the ellipsis stands apart; one the cut goes into is left out.
        ("zie https://x.nl/brief/ en verder", 26, "zie https://x.nl/brief/ …"),
        ("zie https://x.nl/brief/ en verder", 24, "zie…"),
        ("zie https://x.nl/een/lange/brief en verder", 20, "zie…"),
        ("lees www.x.nl/moties, daarna meer", 22, "lees www.x.nl/moties …"),
        ("(zie https://x.nl/a_(b)) en verder", 24, "(zie…"),
        ("(zie https://x.nl/a_(b)) en verder", 27, "(zie https://x.nl/a_(b) …"),
        // A text that starts with a URL longer than the limit keeps it whole.
        ("https://x.nl/een/lange/brief en verder", 12, "https://x.nl/een/lange/brief …"),
    ])
    func shortened(input: String, limit: Int, expected: String) {
        #expect(ReportText.shortened(input, limit: limit) == expected)
    }

    /// Every cut of a real document's sentences: never longer than asked, never inside a word,
    /// never losing what comes before the cut.
    @Test func shortenedNeverCutsInsideAWord() throws {
        let text = ReportText.line(String(decoding: try Fixture.bytes("2026D03887.txt"), as: UTF8.self))
        let sentences = text.split(separator: ". ").map(String.init).filter { $0.count > 40 }
        #expect(sentences.count > 100)
        for sentence in sentences {
            for limit in [20, 41, 80, 160] {
                let short = ReportText.shortened(sentence, limit: limit)
                #expect(short.count <= limit)
                guard short.hasSuffix("…") else {
                    #expect(short == ReportText.line(sentence))
                    continue
                }
                let kept = String(short.dropLast())
                let whole = ReportText.line(sentence)
                #expect(whole.hasPrefix(kept))
                let next = whole.dropFirst(kept.count).first
                let hasBoundary = whole.prefix(limit).dropFirst().contains(where: \.isWhitespace)
                #expect(!hasBoundary || next?.isWhitespace == true || next?.isPunctuation == true, "\(short)")
            }
        }
    }

    /// Evidence with URLs, shortened at every limit and made a Markdown cell: every link goes
    /// to a URL of the text, whole, and no ellipsis is ever part of one.
    @Test func aShortenedTextLinksOnlyWholeURLs() {
        let urls = ["https://zoek.officielebekendmakingen.nl/kst-36800-V-27.html", "www.rijksoverheid.nl/moties/", "http://x.nl/a_(b)"]
        let texts = [
            "Zie \(urls[0]) voor de brief, en \(urls[1]), en ook (\(urls[2])) voor de rest.",
            "\(urls[0]) is de brief; \(urls[1]) is de site.",
        ]
        for text in texts {
            for limit in 2...text.count + 1 {
                let cell = MarkdownText.cell(ReportText.shortened(text, limit: limit))
                var rest = cell[...]
                while let open = rest.range(of: "](") {
                    let close = rest[open.upperBound...].firstIndex(of: ")")!
                    let destination = String(rest[open.upperBound..<close])
                    #expect(urls.map { MarkdownText.destination($0.hasPrefix("www.") ? "http://" + $0 : $0) }.contains(destination),
                            "limit \(limit): \(cell)")
                    rest = rest[close...]
                }
            }
        }
    }

    @Test(arguments: [
        ("plain words", "plain words"),
        ("a|b", #"a\|b"#),
        (#"already \| escaped"#, #"already \\\| escaped"#),
        (#"ends in a backslash \"#, #"ends in a backslash \\"#),
        ("`code` and ``more``", #"\`code\` and \`\`more\`\`"#),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("&amp; &#124; &lt;", "&amp;amp; &amp;#124; &amp;lt;"),
        ("*em* _em_ ~~del~~ [link](javascript:x) ![img](y)", #"\*em\* \_em\_ \~\~del\~\~ \[link\](javascript:x) !\[img\](y)"#),
        ("  padded  ", "padded"),
        ("first line\nsecond | line\r\nthird", #"first line second \| line third"#),
        ("EUR 1,3 miljard: 36 800-V, nr. 27", "EUR 1,3 miljard: 36 800-V, nr. 27"),
        // URLs: an explicit link, as GFM's autolinker would take escapes into the address.
        ("zie www.rijksoverheid.nl/moties_2026.", #"zie [www.rijksoverheid.nl/moties\_2026](http://www.rijksoverheid.nl/moties_2026)."#),
        ("https://www.rijksoverheid.nl/brief?a=1&b=<2>",
         "[https://www.rijksoverheid.nl/brief?a=1&amp;b=&lt;2&gt;](https://www.rijksoverheid.nl/brief?a=1&amp;b=%3C2%3E)"),
        ("(zie https://x.nl/a_(b)).", #"(zie [https://x.nl/a\_(b)](https://x.nl/a_%28b%29))."#),
        ("HTTPS://X.NL/a|b `c`", #"[HTTPS://X.NL/a\|b](HTTPS://X.NL/a%7Cb) \`c\`"#),
        ("*www.x.nl/~a~*", #"\*[www.x.nl/\~a](http://www.x.nl/~a)\~\*"#),
        ("https://x.nl/a&amp;", #"[https://x.nl/a](https://x.nl/a)&amp;amp;"#),
        ("http:// leeg", "[http://](http://) leeg"),
        // No link where GFM makes none, and no autolink where a link is not wanted.
        ("awww.x.nl en wwwx.nl", "awww.x.nl en wwwx.nl"),
        ("ftp://x.nl/a_b xhttps://y.nl javascript://z", #"ftp\://x.nl/a\_b xhttps\://y.nl javascript\://z"#),
    ])
    func markdownCell(input: String, expected: String) {
        #expect(MarkdownText.cell(input) == expected)
    }

    @Test(arguments: [
        ("https://zoek.officielebekendmakingen.nl/kst-36200-V-J.html", "https://zoek.officielebekendmakingen.nl/kst-36200-V-J.html"),
        ("https://example.nl/a b", "https://example.nl/a%20b"),
        ("https://example.nl/(a)|b", "https://example.nl/%28a%29%7Cb"),
        ("https://example.nl/?a=1&b=2#x", "https://example.nl/?a=1&amp;b=2#x"),
        ("https://example.nl/<>\"`\\[]{}^", "https://example.nl/%3C%3E%22%60%5C%5B%5D%7B%7D%5E"),
        ("https://example.nl/é\n", "https://example.nl/%C3%A9%0A"),
    ])
    func markdownDestination(input: String, expected: String) {
        #expect(MarkdownText.destination(input) == expected)
    }

    @Test func markdownLinkAndRow() {
        #expect(MarkdownText.link("kst-32735-406", to: "https://zoek.officielebekendmakingen.nl/kst-32735-406.html")
            == "[kst-32735-406](https://zoek.officielebekendmakingen.nl/kst-32735-406.html)")
        #expect(MarkdownText.link("a]b|c", to: "https://example.nl/x)") == #"[a\]b\|c](https://example.nl/x%29)"#)
        #expect(MarkdownText.link("click", to: "javascript:alert(1)") == "click")
        #expect(MarkdownText.link("HTTP too", to: "HTTP://example.nl") == "[HTTP too](HTTP://example.nl)")
        #expect(MarkdownText.link("www.x.nl", to: "https://example.nl") == "[www.x.nl](https://example.nl)")
        #expect(MarkdownText.row(["a", "", "c"]) == "| a | | c |\n")
        #expect(MarkdownText.header(["a", "b", "c"]) == "| a | b | c |\n| --- | --- | --- |\n")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("crlf\r\ninside", "\"crlf\r\ninside\""),
        (" leading space", "\" leading space\""),
        ("trailing space ", "\"trailing space \""),
        ("a=b is no formula", "a=b is no formula"),
        ("2026-01-28", "2026-01-28"),
        // OWASP's CSV injection: a leading =, +, -, @, tab or carriage return.
        ("=SUM(A1:A9)", "\"'=SUM(A1:A9)\""),
        ("=HYPERLINK(\"http://x\",\"klik\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\""),
        ("+31 70 318 22 11", "\"'+31 70 318 22 11\""),
        ("-2+3", "\"'-2+3\""),
        ("@SUM(1)", "\"'@SUM(1)\""),
        ("\t=1", "\"'\t=1\""),
        ("\r=1", "\"'\r=1\""),
    ])
    func csvField(input: String, expected: String) {
        #expect(CSVText.field(input) == expected)
    }

    @Test func csvRecordEndsInCRLF() {
        #expect(CSVText.record(["Motie", "a,b", "=1"]) == "Motie,\"a,b\",\"'=1\"\r\n")
        #expect(CSVText.record([""]) == "\r\n")
    }
}

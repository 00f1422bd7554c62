/// The rows of a table of motions whose columns run into each other on one line, as a PDF
/// converter that joins a page's lines leaves an annual report's annex (`Omschrijving van de
/// motie | Vindplaats | Stand van zaken`): each row opens with its motion, capitalised and
/// followed by what it asks — `Motie van het lid Westerveld; De Tweede Kamer verzoekt …`,
/// `De motie Peters en Bisschop; De Tweede Kamer …`, `Motie van het lid Simons c.s. De
/// Tweede Kamer …` — and runs to the next row, or to the next table (`Tabel 131 …`).
enum TableRows {
    /// Fewer openers make no table.
    static let least = 3

    static func rows(of mentions: [Mention], in body: [UInt8]) -> [Range<Int>] {
        let starts = mentions.compactMap { opening($0, in: body) }
        guard starts.count >= least else { return [] }
        return starts.indices.map { k in
            let end = tableEnd(after: starts[k], in: body)
            return starts[k]..<(k + 1 < starts.count ? min(starts[k + 1], end) : end)
        }
    }

    /// Where a row opens, if the mention opens one: a named mention, capitalised (`Motie …`,
    /// `De motie …`, `Gewijzigde motie …`), and after its name (and `;` or `.`) the words of a
    /// motion's text: `De Tweede Kamer`, `De Eerste Kamer`, `verzoekt`, `overwegende`,
    /// `constaterende`.
    static func opening(_ mention: Mention, in body: [UInt8]) -> Int? {
        guard [.named, .party].contains(mention.kind), !mention.inFootnote else { return nil }
        var start = mention.range.lowerBound
        let before = Words.split(body, in: max(0, start - 32)..<start).suffix(2)
        if let word = before.last, ["de", "gewijzigde"].contains(word.folded), TextBytes.isUpper(body[word.range.lowerBound]),
           body[word.range.upperBound..<start].allSatisfy({ $0 == 0x20 }) {
            start = word.range.lowerBound
            if let first = before.dropLast().last, first.folded == "nader", body[first.range.upperBound..<start].allSatisfy({ $0 == 0x20 }) {
                start = first.range.lowerBound
            }
        } else if !TextBytes.isUpper(body[start]) {
            return nil
        }
        var i = mention.range.upperBound
        while i < body.count, body[i] == 0x20 { i += 1 }
        // A name the reader cut short (`Westerveld en kwint;`): its `;` a few words on.
        if let end = nameEnd(after: i, in: body) { i = end }
        let semicolon = i < body.count && body[i] == UInt8(ascii: ";")
        if i < body.count, body[i] == UInt8(ascii: ";") || body[i] == UInt8(ascii: ".") { i += 1 }
        let next = Words.split(body, in: i..<min(body.count, i + 40)).prefix(3).map(\.folded)
        // `De Tweede` alone, or `De` alone after the name's `;`: the next printed line's pieces
        // of the other columns stand between. After the `;` the Vindplaats column may come
        // first, where the description's line holds the name alone (`… Van Meenen; ⎵ Debat
        // [12-02-2019] - …`).
        let motionText = next.starts(with: ["de", "tweede"]) || next.starts(with: ["de", "eerste"])
            || (semicolon && (next.first == "de" || next.first == "debat"))
            || ["verzoekt", "overwegende", "constaterende"].contains(next.first ?? "")
        return motionText ? start : nil
    }

    /// The `;` that ends a row's name within a few words of lower-case letters after where the
    /// reader stopped (`en kwint;`), if there is one.
    static func nameEnd(after offset: Int, in body: [UInt8]) -> Int? {
        var i = offset
        while i < min(body.count, offset + 24) {
            if body[i] == UInt8(ascii: ";") { return i > offset ? i : nil }
            guard body[i] == 0x20 || TextBytes.isLower(body[i]) else { return nil }
            i += 1
        }
        return nil
    }

    /// What the title of the table each row stands in says of its motions: the last line
    /// before the row that opens with `Tabel N`, up to the table's column heads
    /// (`Omschrijving`). One pass over the text before the last row.
    static func headings(of rows: [Range<Int>], in body: [UInt8]) -> [(heading: TableHeading?, adopted: Bool)] {
        var current: (heading: TableHeading?, adopted: Bool) = (nil, false)
        var k = 0
        return rows.map { row in
            while k < row.lowerBound {
                if k == 0 || body[k - 1] == 0x0A, body[k] == UInt8(ascii: "T") || body[k] == UInt8(ascii: "t") {
                    let title = Words.split(body, in: k..<min(row.lowerBound, k + 240)).map(\.folded)
                    if title.first == "tabel" {
                        let words = Array(title.prefix { $0 != "omschrijving" })
                        current = (TableHeading.read(words), words.contains { ["aanvaarde", "aangenomen"].contains($0) })
                    }
                }
                k += 1
            }
            return current
        }
    }

    /// The tables of toezeggingen that follow the motions' tables at `offset`: from the first
    /// title (`Tabel 131 Door bewindslieden gedane toezeggingen die zijn afgerond`) up to the
    /// next title of another table or `Bijlage`.
    static func commitmentTables(at offset: Int, in body: [UInt8]) -> Range<Int>? {
        var start = offset
        while start < body.count, TextBytes.isSpace(body[start]) { start += 1 }
        guard isCommitments(title: start, in: body) else { return nil }
        var i = start
        while i < body.count {
            if body[i] == 0x0A, i + 1 < body.count, !TextBytes.isSpace(body[i + 1]) {
                let head = TextBytes.folded(String(decoding: body[(i + 1)..<min(body.count, i + 9)], as: UTF8.self))
                if head.hasPrefix("bijlage") || head.hasPrefix("tabel ") && !isCommitments(title: i + 1, in: body) {
                    return start..<i
                }
            }
            i += 1
        }
        return start..<body.count
    }

    /// Whether a table's title at `offset` (`Tabel N …`, up to its column heads) is of toezeggingen.
    static func isCommitments(title offset: Int, in body: [UInt8]) -> Bool {
        let title = Words.split(body, in: offset..<min(body.count, offset + 240)).map(\.folded)
        return title.first == "tabel" && title.prefix { $0 != "omschrijving" }.contains { $0.hasPrefix("toezegging") }
    }

    /// The end of a table's last row: the next `Tabel N` heading or `Bijlage`, else the end of
    /// the row's line and the line after (a row goes on over one page break at most).
    static func tableEnd(after start: Int, in body: [UInt8]) -> Int {
        var i = start
        var lines = 0
        while i < body.count {
            if body[i] == 0x0A {
                lines += 1
                var j = i + 1
                while j < body.count, body[j] == 0x20 || body[j] == 0x0A { j += 1 }
                let head = TextBytes.folded(String(decoding: body[j..<min(body.count, j + 8)], as: UTF8.self))
                if head.hasPrefix("tabel ") || head.hasPrefix("bijlage") || lines > 4 { return i }
            }
            i += 1
        }
        return body.count
    }
}

import Kamerstuk

/// A citation in an annex row whose columns run into each other (``TableRows``), with what the
/// text around it tells of the column it stands in.
struct RowCitation {
    let match: CitationMatch
    /// Its session as digits (`20182019`): stated in it; else just before it, where the
    /// columns cut the formal prefix off the number (`(Kamerstukken II, ⎵ … 2020/21, 31497, nr.
    /// 380)`); else at the opening of the bracket it closes (`(Kamerstukken 2018/19 II, … ⎵
    /// 31497, nr. 292)`).
    let session: String?
    /// It ends a sentence (`… met de brief van 4 november 2022 (Kamerstukken II 2022/23,
    /// 32820, nr. 483).`): prose of the status column, where the Vindplaats column, which
    /// holds the motion's own, is no sentence.
    let closesSentence: Bool

    init(_ match: CitationMatch, in body: [UInt8]) {
        self.match = match
        session = match.session.map { String($0.filter(\.isNumber)) }
            ?? RowCitation.sessionBefore(match.range.lowerBound, in: body)
            ?? RowCitation.bracketSession(before: match.range.lowerBound, in: body)
        var i = match.range.upperBound
        while i < body.count, body[i] == 0x20 { i += 1 }
        guard i < body.count, body[i] == UInt8(ascii: ")") else {
            closesSentence = false
            return
        }
        i += 1
        while i < body.count, body[i] == 0x20 { i += 1 }
        closesSentence = i < body.count && body[i] == UInt8(ascii: ".")
    }

    /// `2020/21, ` or `2019/20 II, ` right before the citation's number.
    static func sessionBefore(_ offset: Int, in body: [UInt8]) -> String? {
        let words = Words.split(body, in: max(0, offset - 24)..<offset).suffix(2)
        guard let last = words.last,
              body[last.range.upperBound..<offset].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: ",") })
        else { return nil }
        if let session = AanhangselHeader.sessionDigits(last.folded) { return session }
        guard ["i", "ii"].contains(last.folded), let year = words.dropLast().last,
              body[year.range.upperBound..<last.range.lowerBound].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: ",") })
        else { return nil }
        return AanhangselHeader.sessionDigits(year.folded)
    }

    /// The session the open bracket before a citation starts with (`(Kamerstukken 2018/19 II,`,
    /// `(Kamerstukken II 2022/23,`), within the 400 bytes before it.
    static func bracketSession(before offset: Int, in body: [UInt8]) -> String? {
        var depth = 0
        var k = offset - 1
        while k >= max(0, offset - 400) {
            if body[k] == UInt8(ascii: ")") {
                depth += 1
            } else if body[k] == UInt8(ascii: "(") {
                if depth == 0 { break }
                depth -= 1
            }
            k -= 1
        }
        guard k >= 0, body[k] == UInt8(ascii: "(") else { return nil }
        let words = Words.split(body, in: (k + 1)..<min(offset, k + 40)).prefix(3).map(\.folded)
        guard let first = words.first, first.hasPrefix("kamerstuk") else { return nil }
        return words.dropFirst().lazy.compactMap(AanhangselHeader.sessionDigits).first
    }
}

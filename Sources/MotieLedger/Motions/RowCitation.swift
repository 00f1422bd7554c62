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
    /// It is a letter of the status column: it ends a sentence (`… met de brief van 4 november
    /// 2022 (Kamerstukken II 2022/23, 32820, nr. 483).`), where the Vindplaats column, which
    /// holds the motion's own, is no sentence; or its bracket follows a day (`geïnformeerd op
    /// 17 december 2021 (Kamerstukken II 2021/22, … 31524, nr. 502) en zal …`), where the
    /// Vindplaats dates its debate in square brackets at its start.
    let inStatusColumn: Bool

    init(_ match: CitationMatch, in body: [UInt8]) {
        self.match = match
        let bracket = RowCitation.openBracket(before: match.range.lowerBound, in: body)
        session = match.session.map { String($0.filter(\.isNumber)) }
            ?? RowCitation.sessionBefore(match.range.lowerBound, in: body)
            ?? bracket.flatMap { RowCitation.session(opening: $0, before: match.range.lowerBound, in: body) }
        inStatusColumn = RowCitation.closesSentence(match.range.upperBound, in: body)
            || RowCitation.followsDay(bracket ?? match.range.lowerBound, in: body)
    }

    /// A `)` and a full stop right after the citation.
    static func closesSentence(_ end: Int, in body: [UInt8]) -> Bool {
        var i = end
        while i < body.count, body[i] == 0x20 { i += 1 }
        guard i < body.count, body[i] == UInt8(ascii: ")") else { return false }
        i += 1
        while i < body.count, body[i] == 0x20 { i += 1 }
        return i < body.count && body[i] == UInt8(ascii: ".")
    }

    /// A day, month and year (`17 december 2021`) right before an offset.
    static func followsDay(_ offset: Int, in body: [UInt8]) -> Bool {
        let words = Array(Words.split(body, in: max(0, offset - 32)..<offset).suffix(3))
        guard words.count == 3, body[words[2].range.upperBound..<offset].allSatisfy({ $0 == 0x20 }) else { return false }
        return words[0].folded.count <= 2 && words[0].folded.allSatisfy(\.isNumber) && DutchDate.month(words[1].folded) != nil
            && words[2].folded.count == 4 && words[2].folded.allSatisfy(\.isNumber)
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

    /// The open bracket a citation stands in, within the 400 bytes before it.
    static func openBracket(before offset: Int, in body: [UInt8]) -> Int? {
        var depth = 0
        var k = offset - 1
        while k >= max(0, offset - 400) {
            if body[k] == UInt8(ascii: ")") {
                depth += 1
            } else if body[k] == UInt8(ascii: "(") {
                if depth == 0 { return k }
                depth -= 1
            }
            k -= 1
        }
        return nil
    }

    /// The session an open bracket starts with (`(Kamerstukken 2018/19 II,`, `(Kamerstukken II
    /// 2022/23,`).
    static func session(opening bracket: Int, before offset: Int, in body: [UInt8]) -> String? {
        let words = Words.split(body, in: (bracket + 1)..<min(offset, bracket + 40)).prefix(3).map(\.folded)
        guard let first = words.first, first.hasPrefix("kamerstuk") else { return nil }
        return words.dropFirst().lazy.compactMap(AanhangselHeader.sessionDigits).first
    }
}

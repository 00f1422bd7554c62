#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds Kamerstuk citations in UTF-8 text and reads each into its canonical ID.
///
/// The scanner works on the raw bytes, so offsets are the caller's own. A word-at-a-time filter
/// looks for the bytes a citation can start with — a `k`/`K` (`Kamerstuk`, `kst-`, `TK`,
/// `Tweede Kamer, vergaderjaar`) or a digit (a bare `36 600-V, nr. 45`) — and a small exact
/// parser runs only where a quick look around such a byte says it may. Odd characters of PDF
/// extraction are read in place: no-break and thin spaces count as spaces, soft hyphens and
/// zero-width characters are skipped, en dashes count as hyphens, and a citation may break over
/// lines (`nr. ⏎3236`) or over a page break's blank lines.
public enum CitationScanner {
    /// How much the scanner may assume about the text.
    public enum Mode: Sendable {
        /// Running text: a citation needs a word such as `Kamerstuk`, or a bare form that cannot
        /// be anything else (`21501-02, nr. 3236`, `36600-V-27`).
        case document
        /// The text is meant as one citation (an argument to `normalize`, a query): bare forms
        /// such as `32735-406` and `35300 F` are accepted too.
        case citation
    }

    /// Every citation in `text`, in order of position.
    public static func scan(_ text: UnsafeBufferPointer<UInt8>, mode: Mode = .document) -> [CitationMatch] {
        guard let base = text.baseAddress, !text.isEmpty else { return [] }
        var scanner = Scanner(base: base, count: text.count)
        scanner.scanAll(from: 0, candidatesBelow: text.count)
        if mode == .citation, scanner.matches.isEmpty { scanner.scanWholeAsBare() }
        return scanner.matches
    }

    /// The citations that start in `range` of `text` (they may run on past its end): one part
    /// of a text scanned in parts.
    static func scan(_ text: UnsafeBufferPointer<UInt8>, startingIn range: Range<Int>) -> [CitationMatch] {
        guard let base = text.baseAddress, !range.isEmpty else { return [] }
        var scanner = Scanner(base: base, count: text.count)
        scanner.scanAll(from: range.lowerBound, candidatesBelow: range.upperBound)
        return scanner.matches
    }

    /// Every citation in `text` with its line and column, found in one forward pass: for
    /// inputs too large to index every line.
    public static func placed(_ text: UnsafeBufferPointer<UInt8>, mode: Mode = .document) -> [PlacedMatch] {
        var cursor = LineCursor()
        return scan(text, mode: mode).map { PlacedMatch(match: $0, location: cursor.advance(to: $0.range.lowerBound, in: text)) }
    }

    /// Every citation in `text`, in order of position; offsets are UTF-8 offsets into `text`.
    public static func scan(_ text: String, mode: Mode = .document) -> [CitationMatch] {
        var copy = text
        return copy.withUTF8 { scan($0, mode: mode) }
    }
}

/// The parser state over one buffer. Each `read…` function either consumes what it reads and
/// succeeds, or leaves `i` where it was and fails.
private struct Scanner {
    let p: UnsafePointer<UInt8>
    let n: Int
    var i = 0
    var matches: [CitationMatch] = []
    /// Footnote blocks skipped inside citations that broke over a page.
    var skippedBlocks: [Range<Int>] = []
    /// What lay between the two pages of such citations (footnotes, page numbers).
    var pageGaps: [Range<Int>] = []
    /// Why the document number just read may be no document number, or not the whole of one: it
    /// stands past a line break, or a letter follows it after a space (`42 e.v.`).
    var numberDoubt: String?

    init(base: UnsafePointer<UInt8>, count: Int) {
        p = base
        n = count
    }

    // MARK: - Candidates

    /// Scans for citations that start at `start` up to (not including) `limit`; a citation
    /// may read on to the end of the text.
    mutating func scanAll(from start: Int, candidatesBelow limit: Int) {
        var pos = start
        while pos + 8 <= limit {
            let word = UnsafeRawPointer(p + pos).loadUnaligned(as: UInt64.self)
            // Most words hold neither a `k` nor a digit: two tests and on.
            let ks = ScanBytes.between(word | 0x2020_2020_2020_2020, 0x6A, 0x6C)
            let digits = ScanBytes.between(word, 0x2F, 0x3A)
            guard ks | digits != 0 else {
                pos += 8
                continue
            }
            // The bytes before each byte: the word one byte back (at the start, nothing).
            let previous = pos > 0 ? UnsafeRawPointer(p + pos - 1).loadUnaligned(as: UInt64.self) : word << 8
            let upperK = ScanBytes.between(word, 0x4A, 0x4C)
            let letterBefore = ScanBytes.between(previous | 0x2020_2020_2020_2020, 0x60, 0x7B)
            let digitBefore = ScanBytes.between(previous, 0x2F, 0x3A)
            // Any `K` (`TK`, `Kamerstuk`); a `k` only where a word starts; a digit only where a
            // run starts that goes on with a digit, for a dossier opens with two, or with a
            // non-ASCII byte, which the full parser judges (the last byte's next is in the next
            // word, so it stays a candidate).
            var candidates = upperK | (ks & ~upperK & ~letterBefore)
                | (digits & ~digitBefore & (((digits | (word & 0x8080_8080_8080_8080)) >> 8) | 0x8000_0000_0000_0000))
            var resumeAt = pos + 8
            while candidates != 0 {
                let at = pos + candidates.trailingZeroBitCount >> 3
                candidates &= candidates &- 1
                let before = matches.count
                if let next = tryCandidate(at: at) {
                    scanSkippedBlocks(within: at..<next, matchesFrom: before)
                    resumeAt = max(next, at + 1)
                    break
                }
            }
            pos = resumeAt
        }
        while pos < limit {
            let before = matches.count
            if let next = tryCandidate(at: pos) {
                scanSkippedBlocks(within: pos..<next, matchesFrom: before)
                pos = max(next, pos + 1)
            } else {
                pos += 1
            }
        }
    }

    /// The footnotes a citation broke around hold citations of their own: scanned here, and
    /// put in order among the matches from `first` on.
    mutating func scanSkippedBlocks(within citation: Range<Int>, matchesFrom first: Int) {
        let blocks = skippedBlocks.filter { citation.contains($0.lowerBound) && $0.upperBound <= citation.upperBound }
        skippedBlocks.removeAll(keepingCapacity: true)
        let gaps = pageGaps.filter { citation.contains($0.lowerBound) && $0.upperBound <= citation.upperBound }
        pageGaps.removeAll(keepingCapacity: true)
        for k in matches.indices.dropFirst(first) {
            matches[k].gaps = gaps.filter { matches[k].range.contains($0.lowerBound) }.sorted { $0.lowerBound < $1.lowerBound }
        }
        guard !blocks.isEmpty else { return }
        for block in blocks {
            var inner = Scanner(base: p + block.lowerBound, count: block.count)
            inner.scanAll(from: 0, candidatesBelow: block.count)
            for var match in inner.matches {
                match.range = (match.range.lowerBound + block.lowerBound)..<(match.range.upperBound + block.lowerBound)
                matches.append(match)
            }
        }
        let sorted = matches[first...].enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
        matches.replaceSubrange(first..., with: sorted)
    }

    /// Tries a citation at a candidate byte; returns where scanning resumes after a match.
    @inline(__always)
    mutating func tryCandidate(at pos: Int) -> Int? {
        // What a failed candidate crossed is not this one's.
        if !skippedBlocks.isEmpty { skippedBlocks.removeAll(keepingCapacity: true) }
        if !pageGaps.isEmpty { pageGaps.removeAll(keepingCapacity: true) }
        let b = p[pos]
        if b | 0x20 == UInt8(ascii: "k") {
            return mayStartTrigger(at: pos) ? tryTrigger(at: pos) : nil
        }
        guard ASCII.isDigit(b), pos == 0 || !Scanner.blocksBareCitation(p[pos - 1]), mayStartDossier(at: pos),
              !followsHandelingen(pos)
        else { return nil }
        i = pos
        return citation(start: pos, prefix: Prefix(), bare: true)
    }

    /// A quick look around a `k`: most are inside ordinary words and rejected here.
    func mayStartTrigger(at pos: Int) -> Bool {
        let previous = pos > 0 ? p[pos - 1] : 0x20
        if ASCII.isLetter(previous) || previous == UInt8(ascii: ".") {
            // Only the `K` of `TK`, `EK`, `T.K.`, `E.K.`.
            guard p[pos] == UInt8(ascii: "K") else { return false }
            let letter = previous == UInt8(ascii: ".") ? (pos >= 2 ? p[pos - 2] : 0) : previous
            return letter == UInt8(ascii: "T") || letter == UInt8(ascii: "E")
        }
        // `kam…` (Kamerstuk, Kamer, vergaderjaar) or `kst`; odd bytes go to the full parser.
        guard pos + 2 < n else { return false }
        let (second, third) = (p[pos + 1] | 0x20, p[pos + 2] | 0x20)
        if second == UInt8(ascii: "a") { return third == UInt8(ascii: "m") || p[pos + 2] >= 0xC2 }
        if second == UInt8(ascii: "s") { return third == UInt8(ascii: "t") }
        return p[pos + 1] >= 0xC2
    }

    /// A quick look at a digit run: a dossier is five digits, or two and three apart
    /// (`21 501`, `31.700`). Anything odd after the run goes to the full parser.
    func mayStartDossier(at pos: Int) -> Bool {
        var end = pos
        while end < n, end - pos < 6, ASCII.isDigit(p[end]) { end += 1 }
        let length = end - pos
        if length == 5 { return true }
        guard end < n else { return false }
        if p[end] >= 0xC2 { return true }
        guard length == 2, p[end] == UInt8(ascii: " ") || p[end] == UInt8(ascii: ".") else { return false }
        var k = end + 1
        while k < n, k - end <= 4, ASCII.isDigit(p[k]) { k += 1 }
        return k - end - 1 == 3
    }

    /// Whether `Handelingen [I|II] [SESSION],` stands right before `pos`: what follows cites a
    /// debate, not a Kamerstuk (`Handelingen II 2008/09, 31 700 V, nr. 12`).
    func followsHandelingen(_ pos: Int) -> Bool {
        var k = pos - 1
        while k >= max(0, pos - 48) {
            if p[k] | 0x20 == UInt8(ascii: "h"), k == 0 || !ASCII.isLetter(p[k - 1]) {
                var scanner = Scanner(base: p, count: n)
                scanner.i = k
                guard scanner.matchWord("handelingen"), !scanner.atLetter else { return false }
                scanner.skipSpace()
                // `Handelingen TK 2019/20, …` is checked at its `TK`.
                if scanner.i == pos { return true }
                if scanner.readChamber() != nil { scanner.skipSpace() }
                if scanner.readSession() != nil { scanner.skipHorizontalSpace() }
                if scanner.i < n, p[scanner.i] == UInt8(ascii: ",") { scanner.i += 1 }
                scanner.skipSpace()
                return scanner.i == pos
            }
            k -= 1
        }
        return false
    }

    /// A bare citation never continues a code, a number or an ISBN: `2026D03887`, `TZ202603-130`,
    /// `978-90-12345-67-8`.
    static func blocksBareCitation(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "_"),
             UInt8(ascii: "#"):
            true
        default:
            ASCII.isAlnum(b)
        }
    }

    /// In `.citation` mode: the whole text, trimmed, as one bare citation (`32735-406`).
    mutating func scanWholeAsBare() {
        i = 0
        skipSpace()
        let start = i
        guard let body = readBody(bare: false) else { return }
        let end = i
        while i < n, spaceWidth(at: i) != nil || isClosingPunctuation(p[i]) { i += spaceWidth(at: i) ?? 1 }
        guard i == n else { return }
        emit(body, from: start, to: end, prefix: Prefix())
    }

    func isClosingPunctuation(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ")") || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";")
    }

    // MARK: - Prefixes

    /// A citation starting at a `k`/`K`: `Kamerstuk…`, `kst-…`, `Kst. …`, `TK …`,
    /// `Tweede Kamer, vergaderjaar …`.
    mutating func tryTrigger(at pos: Int) -> Int? {
        if pos > 0, ASCII.isLetter(p[pos - 1]) || p[pos - 1] == UInt8(ascii: ".") {
            return tryChamberAbbreviation(at: pos)
        }
        i = pos
        if matchWord("kamerstuk") {
            if matchWord("ken") {}
            guard !atLetter else { return nil }
            return citationAfterPrefix(start: pos)
        }
        if matchWord("kst") {
            if i < n, p[i] == UInt8(ascii: "-") {
                i += 1
                return tryCanonical(start: pos)
            }
            if i < n, p[i] == UInt8(ascii: ".") { i += 1 }
            guard !atLetter, skipSpace() else { return nil }
            return citationAfterPrefix(start: pos)
        }
        if matchWord("kamer"), !atLetter {
            return tryHeading(kamerAt: pos)
        }
        return nil
    }

    /// `TK 2019/20, 35 300, nr. 5`, `T.K. …`, `EK …`, `E.K. …`: the trigger is the `K`. Without
    /// a session (`EK 36 450, F`) only a citation that names a document.
    mutating func tryChamberAbbreviation(at pos: Int) -> Int? {
        guard p[pos] == UInt8(ascii: "K") else { return nil }
        var start = pos - 1
        if p[start] == UInt8(ascii: "."), start >= 1 { start -= 1 }
        let letter = p[start]
        guard letter == UInt8(ascii: "T") || letter == UInt8(ascii: "E") else { return nil }
        if start > 0, ASCII.isAlnum(p[start - 1]) || followsHandelingen(start) { return nil }
        i = pos + 1
        if i < n, p[i] == UInt8(ascii: ".") { i += 1 }
        guard !atLetter, skipSpace() else { return nil }
        let prefix = Prefix(chamber: letter == UInt8(ascii: "T") ? .tweede : .eerste, session: readSession())
        if prefix.session != nil { return citationAfterSession(start: start, prefix: prefix) }
        return citation(start: start, prefix: prefix, bare: false, needsDocument: true)
    }

    /// `Tweede Kamer, vergaderjaar 2015–2016, 34 300 V, nr. 10` or `Tweede Kamer der
    /// Staten-Generaal, vergaderjaar …`: the heading style of the papers themselves. The citation starts at `Tweede`/`Eerste` when that word precedes.
    mutating func tryHeading(kamerAt pos: Int) -> Int? {
        skipHorizontalSpace()
        let afterKamer = i
        if !(matchWord("der") && skipHorizontalSpace() && matchWord("staten") && readDash() && matchWord("generaal")) {
            i = afterKamer
        }
        if i < n, p[i] == UInt8(ascii: ",") { i += 1 }
        skipSpace()
        guard matchWord("vergaderjaar"), !atLetter, skipSpace(), let session = readSession() else { return nil }
        var prefix = Prefix(session: session)
        var start = pos
        let afterSession = i
        if pos >= 7, p[pos - 1] == UInt8(ascii: " "), pos == 7 || !ASCII.isAlnum(p[pos - 8]) {
            i = pos - 7
            if matchWord("tweede") {
                start = pos - 7
                prefix.chamber = .tweede
            } else if matchWord("eerste") {
                start = pos - 7
                prefix.chamber = .eerste
            }
        }
        i = afterSession
        return citationAfterSession(start: start, prefix: prefix)
    }

    /// After `Kamerstuk(ken)` or `Kst.`: an optional chamber and session year, then the citation.
    /// A comma or colon may stand before the dossier too (`Kamerstukken II, 21501-02, …`,
    /// `Kamerstuk: 36 800-V, …`): the citation still starts at `Kamerstuk`.
    mutating func citationAfterPrefix(start: Int) -> Int? {
        var prefix = Prefix()
        skipSpace()
        if let chamber = readChamber() {
            prefix.chamber = chamber
            skipSpace()
        }
        if i < n, p[i] == UInt8(ascii: ",") || p[i] == UInt8(ascii: ":") {
            i += 1
            skipSpace()
        }
        let beforeSession = i
        if matchWord("vergaderjaar") { skipSpace() }
        if let session = readSession() {
            prefix.session = session
            return citationAfterSession(start: start, prefix: prefix)
        }
        i = beforeSession
        return citation(start: start, prefix: prefix, bare: false)
    }

    mutating func citationAfterSession(start: Int, prefix: Prefix) -> Int? {
        skipHorizontalSpace()
        if i < n, p[i] == UInt8(ascii: ",") { i += 1 }
        skipSpace()
        return citation(start: start, prefix: prefix, bare: false)
    }

    /// `kst-21501-02-3236`, `kst-36200-V-J`, `kst-32735-406`, in any case (also inside a URL).
    mutating func tryCanonical(start: Int) -> Int? {
        guard let dossier = readDigits(max: 6) else { return nil }
        var segments: [Range<Int>] = []
        while segments.count < 3, i + 1 < n, p[i] == UInt8(ascii: "-"), ASCII.isAlnum(p[i + 1]) {
            let segmentStart = i + 1
            i = segmentStart
            while i < n, ASCII.isAlnum(p[i]) { i += 1 }
            segments.append(segmentStart..<i)
        }
        guard (1...2).contains(segments.count), i - segments.last!.lowerBound <= 8 else { return nil }
        var body = Body(dossier: text(dossier))
        let toevoeging = segments.count == 2 ? text(segments[0]) : nil
        if let id = KamerstukID(dossier: body.dossier, toevoeging: toevoeging, number: text(segments.last!)) {
            body.ids = [id]
        } else {
            body.finding = (.incompleteCitation, "'\(text(start..<i))' is not a well-formed Kamerstuk ID")
        }
        emit(body, from: start, to: i, prefix: Prefix())
        return i
    }

    // MARK: - The citation proper

    struct Prefix {
        var chamber: Chamber?
        var session: String?
    }

    /// What one citation body names: documents, or a finding instead. A list item that names no
    /// document (`3300-3200` in `nrs. 3196, 3300-3200 en 3236`) gives a finding of its own,
    /// beside the other items' documents: one bad item does not lose the good ones.
    struct Body {
        var dossier: String
        var ids: [KamerstukID] = []
        var finding: (Finding.Category, String)?
        var itemFindings: [(Finding.Category, String)] = []
        var page: String?
        var rijkswet: String?
        /// Whether anything beyond the dossier was read (a dash, `nr.`, a chapter).
        var hasTail = false
        /// Where the listed documents of a list cut at `Scanner.maxDocuments` end.
        var cut: Int?
    }

    /// A body at `i`, then any list continuation (`36200 V, J en 36200 V, M`).
    /// A `bare` citation (no `Kamerstuk` before it) must have a form that cannot be anything else;
    /// one that `needsDocument` must read more than a dossier.
    mutating func citation(start: Int, prefix: Prefix, bare: Bool, needsDocument: Bool = false) -> Int? {
        guard let body = readBody(bare: bare), body.hasTail || !needsDocument else { return nil }
        emit(body, from: start, to: i, prefix: prefix)
        var end = i
        while true {
            i = end
            skipHorizontalSpace()
            guard readListSeparator() else { break }
            skipSpace()
            let nextStart = i
            guard atDigit, let next = readBody(bare: false), next.hasTail else { break }
            emit(next, from: nextStart, to: i, prefix: prefix)
            end = i
        }
        return end
    }

    /// A cut list's documents and its items' findings span the list up to the cut; the finding
    /// for the rest spans the whole citation.
    mutating func emit(_ body: Body, from start: Int, to end: Int, prefix: Prefix) {
        func match(_ reading: CitationMatch.Reading, to end: Int) -> CitationMatch {
            CitationMatch(range: start..<end, reading: reading, dossier: body.dossier, chamber: prefix.chamber,
                          session: prefix.session, page: body.page, rijkswet: body.rijkswet)
        }
        if let (category, message) = body.finding {
            matches.append(match(.unresolved(category, message), to: end))
            return
        }
        for id in body.ids { matches.append(match(.kamerstuk(id), to: body.cut ?? end)) }
        for (category, message) in body.itemFindings {
            matches.append(match(.unresolved(category, message), to: body.cut ?? end))
        }
        if body.cut != nil {
            let message = "the list names more than \(Scanner.maxDocuments) documents: those after the \(Scanner.maxDocuments)th are not read"
            matches.append(match(.unresolved(.incompleteCitation, message), to: end))
        }
    }

    /// Dossier, Rijkswet number, toevoeging and number(s), and a page reference.
    mutating func readBody(bare: Bool) -> Body? {
        let start = i
        guard let dossier = readDossier(bare: bare) else { return nil }
        var body = Body(dossier: dossier)
        let afterDossier = i
        body.rijkswet = readRijkswet()
        let tailStart = i
        var tail: Tail?
        let dashedSegment = readDash() ? readSegment() : nil
        if dashedSegment == nil { i = tailStart }
        if let segment = dashedSegment {
            body.hasTail = true
            tail = readTail(after: segment, dossier: dossier, dashed: true, bare: bare, body: &body)
        } else if let letters = readChapterToken(bare: bare) {
            body.hasTail = true
            tail = readTail(after: letters, dossier: dossier, dashed: false, bare: bare, body: &body)
        } else if let numbers = readNumberPart(body: &body) {
            body.hasTail = true
            tail = Tail(toevoeging: nil, numbers: numbers, explicit: true)
        } else if let letters = readCommaLetters(), bare ? closesBrackets(from: start, letters) : closesCitation(at: i) {
            // An Eerste Kamer letter straight after the dossier: `Kamerstukken I 2025/26, 36 500, AB`
            // — where the citation ends with it, not `36 725, CDA en VVD` — or letters: `36 500, A,
            // B en C`.
            body.hasTail = true
            let numbers = bare ? [letters] : readList(ListItem(documents: [letters]), body: &body) { $0.readLetterListItem() }
            tail = Tail(toevoeging: nil, numbers: numbers, explicit: bare)
        } else {
            i = afterDossier
            body.finding = (.incompleteCitation, "dossier \(dossier) is cited without a document number")
        }

        if let doubt = numberDoubt {
            numberDoubt = nil
            if tail != nil, body.finding == nil { body.finding = (.ambiguousCitation, doubt) }
        }
        if bare, tail?.explicit != true {
            i = start
            return nil
        }
        if let tail, body.finding == nil {
            body.ids = tail.numbers.compactMap { KamerstukID(dossier: dossier, toevoeging: tail.toevoeging, number: $0) }
            guard body.ids.count == tail.numbers.count else {
                body.ids = []
                body.finding = (.incompleteCitation, "'\(text(start..<i))' does not form a valid Kamerstuk ID")
                return body
            }
            body.page = readPage()
        }
        return body
    }

    /// Toevoeging and numbers after the dossier. `explicit` tells whether the form is one a bare
    /// citation may have (`…, nr. N`, or three dashed parts with a trustworthy toevoeging).
    struct Tail {
        var toevoeging: String?
        var numbers: [String]
        var explicit: Bool
    }

    /// After the dossier and a first segment (`-02`, `-V`, ` V`, `-406`): decides toevoeging
    /// versus document number. Returns nil, with `body.finding` set, when the form stays open.
    mutating func readTail(after segment: Segment, dossier: String, dashed: Bool, bare: Bool,
                           body: inout Body) -> Tail? {
        let afterSegment = i
        // Segment, dash, segment: `21501-08-692`, `36600-V-27`, `36600-B-K`.
        if dashed, readDash(), let second = readSegment(), !second.leadingZero {
            guard segment.isToevoeging else {
                body.finding = (.ambiguousCitation,
                                "'\(dossier)-\(segment.text)-\(second.text)' does not read as dossier-toevoeging-number")
                return nil
            }
            // Bare in running text, `12345-67-890` could be any code: a series is trusted when
            // written with its leading zero (`21501-02-3236`) or in a known series dossier.
            let trusted = segment.isLetters || segment.leadingZero || KnownSeries.dossiers.contains(dossier)
            return Tail(toevoeging: segment.text, numbers: [second.text], explicit: !bare || (trusted && !atDash))
        }
        i = afterSegment
        if let numbers = readNumberPart(body: &body) {
            guard segment.isToevoeging else {
                body.finding = (.ambiguousCitation,
                                "'\(segment.text)' in dossier \(dossier) is neither a toevoeging nor a document number")
                return nil
            }
            return Tail(toevoeging: segment.text, numbers: numbers, explicit: true)
        }
        // A chapter and an Eerste Kamer letter: `36200 V, J`, or letters: `36200 V, J, K en L`.
        if segment.isLetters, segment.isToevoeging, let letters = readCommaLetters() {
            let numbers = readList(ListItem(documents: [letters]), body: &body) { $0.readLetterListItem() }
            return Tail(toevoeging: segment.text, numbers: numbers, explicit: false)
        }
        guard var tail = loneSegment(segment, dossier: dossier, body: &body) else { return nil }
        if dashed, !segment.isLetters {
            tail.numbers = readList(ListItem(documents: tail.numbers), body: &body) { $0.readDashedListItem() }
        }
        return tail
    }

    /// A segment with nothing behind it: `32735-406` (a document), `21501-02` (a series, no
    /// document), `35300-F` (an Eerste Kamer document), `36800-V` (chapter V or document V?).
    func loneSegment(_ segment: Segment, dossier: String, body: inout Body) -> Tail? {
        let text = segment.text
        if segment.isLetters {
            if text.utf8.count == 1, Roman.value(text.utf8) != nil {
                body.finding = (.ambiguousCitation,
                                "'\(dossier)-\(text)' may be budget chapter \(text), naming no document, or Eerste Kamer document \(text)")
                return nil
            }
            if segment.isToevoeging, text.utf8.count > 1 {
                body.finding = (.incompleteCitation, "'\(dossier)-\(text)' names chapter \(text) but no document in it")
                return nil
            }
            return Tail(toevoeging: nil, numbers: [text], explicit: false)
        }
        if segment.leadingZero {
            body.finding = (.incompleteCitation, "'\(dossier)-\(text)' names series \(text) but no document in it")
            return nil
        }
        if segment.digitCount == 2, !segment.hasLetterSuffix {
            if KnownSeries.dossiers.contains(dossier) {
                body.finding = (.incompleteCitation, "'\(dossier)-\(text)' names series \(text) but no document in it")
            } else {
                body.finding = (.ambiguousCitation,
                                "'\(dossier)-\(text)' may be document \(text) of dossier \(dossier), or series \(text) without a document number")
            }
            return nil
        }
        return Tail(toevoeging: nil, numbers: [text], explicit: false)
    }

    // MARK: - Tokens

    /// A dossier number: five digits, written `21501`, `21 501` or `31.700`. After `Kamerstuk`
    /// the two groups may also stand on two lines (`21 ⏎501`); bare, they may not.
    mutating func readDossier(bare: Bool) -> String? {
        let start = i
        guard let first = readDigits(max: 6) else { return nil }
        let count = digitCount(first)
        if count == 5, !atAlnum { return text(first) }
        if count == 2, i < n {
            if p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: " ") {
                i += 1
            } else if let width = spaceWidth(at: i), width > 1 {
                i += width
            }
            if !bare, i > first.upperBound {
                let afterSeparator = i
                skipHorizontalSpace()
                if i < n, p[i] == 0x0A {
                    i += 1
                    skipHorizontalSpace()
                } else {
                    i = afterSeparator
                }
            }
            if i > first.upperBound, let second = readDigits(max: 3), digitCount(second) == 3, !atAlnum {
                return text(first) + text(second)
            }
        }
        i = start
        return nil
    }

    /// `(R1519)` after the dossier.
    mutating func readRijkswet() -> String? {
        let start = i
        skipHorizontalSpace()
        if i + 2 < n, p[i] == UInt8(ascii: "("), p[i + 1] == UInt8(ascii: "R") {
            i += 2
            if let digits = readDigits(max: 6), i < n, p[i] == UInt8(ascii: ")") {
                i += 1
                return "R" + text(digits)
            }
        }
        i = start
        return nil
    }

    /// A run of at most `max` ASCII digits, soft hyphens and zero-width characters between them
    /// skipped; a longer run is no match at all.
    mutating func readDigits(max: Int) -> Range<Int>? {
        let start = i
        var count = 0
        while i < n {
            if ASCII.isDigit(p[i]) {
                count += 1
                i += 1
                if count > max { i = start; return nil }
            } else if count > 0, let width = ignorableWidth(at: i), i + width < n, ASCII.isDigit(p[i + width]) {
                i += width
            } else {
                break
            }
        }
        return count == 0 ? nil : start..<i
    }

    func digitCount(_ range: Range<Int>) -> Int {
        var count = 0
        for k in range where ASCII.isDigit(p[k]) { count += 1 }
        return count
    }

    /// The ASCII letters and digits of a range, as text (ignorable characters dropped).
    func text(_ range: Range<Int>, uppercased: Bool = false) -> String {
        let bytes = UnsafeBufferPointer(start: p + range.lowerBound, count: range.count)
        return String(unsafeUninitializedCapacity: range.count) { out in
            var count = 0
            for b in bytes where b < 0x80 {
                out[count] = uppercased && ASCII.isLower(b) ? b - 0x20 : b
                count += 1
            }
            return count
        }
    }

    /// What follows a dash or stands after a space: digits with at most one lowercase letter,
    /// or letters (upper-cased).
    struct Segment {
        let text: String
        let isLetters: Bool
        let digitCount: Int
        let leadingZero: Bool
        let hasLetterSuffix: Bool
        /// A two-digit series (`02`, `20`), a Roman chapter (`V`, `IXB`) or a fund letter (`B`).
        let isToevoeging: Bool

        init(text: String, isLetters: Bool, digitCount: Int = 0, leadingZero: Bool = false, hasLetterSuffix: Bool = false) {
            self.text = text
            self.isLetters = isLetters
            self.digitCount = digitCount
            self.leadingZero = leadingZero
            self.hasLetterSuffix = hasLetterSuffix
            isToevoeging = isLetters ? KamerstukID.normalizedToevoeging(text) != nil : digitCount == 2 && !hasLetterSuffix
        }
    }

    mutating func readSegment() -> Segment? {
        let start = i
        if let digits = readDigits(max: 6) {
            let suffix = atLetterSuffix
            if suffix { i += 1 }
            guard !atAlnum else { i = start; return nil }
            return Segment(text: text(start..<i), isLetters: false, digitCount: digitCount(digits),
                           leadingZero: p[digits.lowerBound] == UInt8(ascii: "0"), hasLetterSuffix: suffix)
        }
        while i < n, ASCII.isLetter(p[i]), i - start <= 5 { i += 1 }
        guard i > start, i - start <= 5, !atAlnum else { i = start; return nil }
        return Segment(text: text(start..<i, uppercased: true), isLetters: true)
    }

    /// A chapter or Eerste Kamer letter written after a space: `36200 V`, `34 550 XIII`; after
    /// `Kamerstuk` also on a next line or page. Capitals only, so that an ordinary next word is
    /// never taken for one.
    mutating func readChapterToken(bare: Bool) -> Segment? {
        let start = i
        guard bare ? skipHorizontalSpace() : skipSpace() else { return nil }
        let lettersStart = i
        while i < n, ASCII.isUpper(p[i]), i - lettersStart <= 5 { i += 1 }
        let segment = Segment(text: text(lettersStart..<i), isLetters: true)
        guard i > lettersStart, !atAlnum, !atDash, segment.isToevoeging else { i = start; return nil }
        return segment
    }

    /// Whether a citation may end at `j`: the text's end, a line end, or closing punctuation
    /// (after spaces on the line).
    func closesCitation(at j: Int) -> Bool {
        var k = j
        while k < n, p[k] == 0x20 || p[k] == 0x09 { k += 1 }
        return k == n || [0x0A, 0x0D, 0x0C, UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"),
                          UInt8(ascii: ":")].contains(p[k])
    }

    /// Whether a bare dossier and Eerste Kamer letter stand alone in brackets, `(36 450, F)`: a
    /// letter alone after the dossier, and in running text no more than two, so that `AB` reads
    /// as a document and `CDA` or `SGP` as no citation.
    func closesBrackets(from start: Int, _ letters: String) -> Bool {
        guard start > 0, p[start - 1] == UInt8(ascii: "("), letters.utf8.count <= 2 else { return false }
        var k = i
        while k < n, p[k] == 0x20 || p[k] == 0x09 { k += 1 }
        return k < n && p[k] == UInt8(ascii: ")")
    }

    /// `, J` after a chapter or a dossier: an Eerste Kamer document letter.
    mutating func readCommaLetters() -> String? {
        let start = i
        skipHorizontalSpace()
        if i < n, p[i] == UInt8(ascii: ",") {
            i += 1
            skipSpace()
            let lettersStart = i
            while i < n, ASCII.isUpper(p[i]), i - lettersStart <= 3 { i += 1 }
            if (1...3).contains(i - lettersStart), !atAlnum, !atDash { return text(lettersStart..<i) }
        }
        i = start
        return nil
    }

    /// `, nr. 3236`, `nrs. 3196 en 3236`, `nummer 5`, `nr. F`, `nr. 3196 en nr. 3236`,
    /// `nrs. 3196-3198`, `letter E`. A range that does not read as a few documents adds to
    /// `body.itemFindings`; a list past `maxDocuments`, `body.cut`.
    mutating func readNumberPart(body: inout Body) -> [String]? {
        let start = i
        skipHorizontalSpace()
        if i < n, p[i] == UInt8(ascii: ",") { i += 1 }
        skipSpace()
        let letterWord = readLetterWord()
        guard let plural = letterWord ? false : readNumberWord() else { i = start; return nil }
        let afterWord = i
        skipSpace()
        guard let first = readNumber(), !letterWord || ASCII.isUpper(first.utf8.first!) else { i = start; return nil }
        let breaks = lineBreaks(in: afterWord..<i)
        if breaks >= 1, let doubt = doubtAboutNumber(first, afterPageBreak: breaks >= 2) { numberDoubt = doubt }
        let item = readRange(from: first)
        let lettered = !ASCII.isDigit(first.utf8.first!)
        return readList(item, body: &body) { $0.readNumberListItem(plural: plural, lettered: lettered) }
    }

    /// The next item of a `nr.` list, after its separator: `nr.` repeated, or a number of the
    /// list's kind (`lettered` or not), so that `nrs. 23 en 24, T.K. 34 775` ends at 24. After a
    /// singular `nr.` a number without `nr.` of its own continues the list (`nr. 27 en 28`) only
    /// where it ends an item and is no year: in `nr. 189, 2026` and `nr. 189, 12 januari` the
    /// list has ended. A doubt about a number not taken is undone.
    mutating func readNumberListItem(plural: Bool, lettered: Bool) -> ListItem? {
        let saved = i
        let doubt = numberDoubt
        skipHorizontalSpace()
        guard readListSeparator() else { i = saved; return nil }
        skipSpace()
        let repeated = readNumberWord() != nil
        if repeated { skipSpace() }
        guard i < n, repeated || ASCII.isDigit(p[i]) != lettered, let number = readNumber(),
              plural || repeated || endsListItem(at: i) && !Scanner.isYear(number)
        else {
            i = saved
            numberDoubt = doubt
            return nil
        }
        return readRange(from: number)
    }

    /// Four digits that read as a year (`2026`): after a singular `nr.`, a date's, not a document's.
    static func isYear(_ number: String) -> Bool {
        number.utf8.count == 4 && Int(number).map { (1800...2200).contains($0) } == true
    }

    /// Whether an item of a list may end at `j`: where the citation may, or before the next
    /// separator.
    func endsListItem(at j: Int) -> Bool {
        guard !closesCitation(at: j) else { return true }
        var scanner = Scanner(base: p, count: n)
        scanner.i = j
        scanner.skipHorizontalSpace()
        return scanner.readListSeparator()
    }

    /// The next Eerste Kamer letter of a list after a chapter or dossier: `, K` and `en L` in
    /// `36200 V, J, K en L`. Only capitals that end an item, so that `J en U ontvangt` ends at J.
    mutating func readLetterListItem() -> ListItem? {
        let saved = i
        skipHorizontalSpace()
        guard readListSeparator() else { i = saved; return nil }
        skipSpace()
        let start = i
        while i < n, ASCII.isUpper(p[i]), i - start <= 3 { i += 1 }
        guard (1...3).contains(i - start), !atAlnum, !atDash, endsListItem(at: i) else { i = saved; return nil }
        return ListItem(documents: [text(start..<i)])
    }

    /// The next document of a dossier cited with a dashed number: `en -422` in
    /// `32735-406 en -422`. Only a number that cannot be a series or chapter and that ends the
    /// item: `32735-406 en -3 graden` ends at 406.
    mutating func readDashedListItem() -> ListItem? {
        let saved = i
        skipHorizontalSpace()
        guard readListSeparator() else { i = saved; return nil }
        skipSpace()
        guard readDash(), let segment = readSegment(), !segment.isLetters, !segment.isToevoeging, !segment.leadingZero,
              !atDash, endsListItem(at: i)
        else { i = saved; return nil }
        return ListItem(documents: [segment.text])
    }

    /// What one item of a list names: documents, or why it names none.
    struct ListItem {
        var documents: [String]
        var finding: (Finding.Category, String)?
    }

    /// A list from its first item on, `next` reading each further one; an item's finding goes to
    /// `body.itemFindings`. Past `maxDocuments` documents and findings the list is cut
    /// (`body.cut`): its rest is read over but not listed.
    mutating func readList(_ first: ListItem, body: inout Body, next: (inout Scanner) -> ListItem?) -> [String] {
        var documents = first.documents
        var findings = first.finding.map { [$0] } ?? []
        var end = i
        var cut: Int?
        while let item = next(&self) {
            let listed = documents.count + findings.count + item.documents.count + (item.finding == nil ? 0 : 1)
            guard cut == nil, listed <= Scanner.maxDocuments else {
                cut = cut ?? end
                continue
            }
            if let finding = item.finding { findings.append(finding) }
            documents += item.documents
            end = i
        }
        body.cut = cut
        body.itemFindings = findings
        return documents
    }

    /// The most documents one citation is read as, an item's finding counting as one. Each
    /// match spans the whole citation, so a list of thousands (a table pasted as text) would
    /// repeat its text for each: quadratic output.
    static let maxDocuments = 200

    /// A number and, when `-3198`, `t/m 3198` or `tot en met 3198` follows it, the range it
    /// opens. A range names each of its documents only when it is small and runs upwards; any
    /// other is a finding, for its first number alone would be a guess. What reads as a date
    /// after the number opens no range: a day before a month name (`nr. 12 – 15 januari`,
    /// `nr. 3236 - 2 maart 2026`), or a year after a spaced dash (`nr. 27 - 2025`); the
    /// citation ends before it.
    mutating func readRange(from first: String) -> ListItem {
        let afterFirst = i
        guard readRangeWord() else { return ListItem(documents: [first]) }
        let lastStart = i
        guard let last = readNumber(), !startsMonth(at: i),
              !(Scanner.isYear(last) && isSpacedDash(afterFirst..<lastStart))
        else {
            i = afterFirst
            return ListItem(documents: [first])
        }
        let written = "\(first)-\(last)"
        guard let from = Int(first), let to = Int(last) else {
            return ListItem(documents: [], finding: (.ambiguousCitation, "'\(written)' is not a range of numbered documents"))
        }
        guard from < to else {
            return ListItem(documents: [], finding: (.ambiguousCitation, "the range '\(written)' does not run upwards"))
        }
        guard to - from < Scanner.maxRange else {
            let message = "the range '\(written)' spans \(to - from + 1) documents; only ranges of up to \(Scanner.maxRange) are listed"
            return ListItem(documents: [], finding: (.incompleteCitation, message))
        }
        return ListItem(documents: (from...to).map(String.init))
    }

    /// Whether the range word over `gap` is a dash with space around it (`27 - 2025`, as a date
    /// set off from a citation is), not one joining two numbers (`3196-3198`).
    func isSpacedDash(_ gap: Range<Int>) -> Bool {
        guard let dash = gap.first(where: { dashWidth(at: $0) != nil }) else { return false }
        return gap.count > dashWidth(at: dash)!
    }

    /// Whether a month name follows at `j`, after spaces on the line: `januari`, `maart`, or
    /// abbreviated with a dot (`jan.`, `mrt.`). A number before one is a day, never a document.
    func startsMonth(at j: Int) -> Bool {
        var scanner = Scanner(base: p, count: n)
        scanner.i = j
        scanner.skipHorizontalSpace()
        let wordStart = scanner.i
        for month: StaticString in ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                    "september", "oktober", "november", "december"] {
            scanner.i = wordStart
            if scanner.matchWord(month), !scanner.atLetter { return true }
        }
        for abbreviation: StaticString in ["jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
                                           "dec"] {
            scanner.i = wordStart
            if scanner.matchWord(abbreviation), scanner.i < n, p[scanner.i] == UInt8(ascii: ".") { return true }
        }
        return false
    }

    /// The most documents a range is read as: `nrs. 1-3` is three documents, `nrs. 1-400` more
    /// likely a typing error than a citation of each.
    static let maxRange = 50

    /// `-`, `–`, `t/m` or `tot en met` between the two ends of a range.
    mutating func readRangeWord() -> Bool {
        let start = i
        skipHorizontalSpace()
        if let width = dashWidth(at: i) {
            i += width
        } else if !(matchExact("t/m") || matchWord("tot") && skipHorizontalSpace() && matchWord("en")
                    && skipHorizontalSpace() && matchWord("met")) || atLetter {
            i = start
            return false
        }
        skipSpace()
        return true
    }

    /// A number read on the line after `nr.` that may be the page's: a footnote's number (text
    /// that reads like a footnote follows it) or, past a blank line, a page number (it stands
    /// alone, and after another blank line a number follows). Returns why, or nil when it reads
    /// as the document's.
    func doubtAboutNumber(_ number: String, afterPageBreak: Bool) -> String? {
        var k = i
        while k < n, p[k] == 0x20 || p[k] == 0x09 { k += 1 }
        if k < n, p[k] != 0x0A, p[k] != 0x0D, readsLikeFootnote(at: k) {
            return "'nr.' is followed, on the next line, by \(number) and a footnote's text: the document number is not sure"
        }
        var breaks = 0
        while k < n, p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0D || p[k] == 0x0A || p[k] == 0x0C {
            if p[k] == 0x0A { breaks += 1 }
            k += 1
        }
        if afterPageBreak, breaks >= 2, k < n, ASCII.isDigit(p[k]) {
            return "'nr.' is followed by \(number) alone on a line, then another number: a page number may stand between"
        }
        return nil
    }

    /// `letter`, as in `36 450, letter E`: an Eerste Kamer document follows.
    mutating func readLetterWord() -> Bool {
        let start = i
        if matchWord("letter"), !atLetter { return true }
        i = start
        return false
    }

    /// `nr`, `nr.`, `nrs.`, `nummer`, `nummers`, `no.`; returns whether it is plural.
    mutating func readNumberWord() -> Bool? {
        let start = i
        if matchWord("nummer") {
            let plural = matchWord("s")
            if !atLetter { return plural }
        } else if matchWord("nr") {
            let plural = matchWord("s")
            if !atLetter {
                if i < n, p[i] == UInt8(ascii: ".") { i += 1 }
                return plural
            }
        } else if matchWord("no"), i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            return false
        }
        i = start
        return nil
    }

    /// A document number: `3236`, `42e`, `42 e`, `F`, `AI`.
    mutating func readNumber() -> String? {
        let start = i
        if let digits = readDigits(max: 6) {
            if p[digits.lowerBound] != UInt8(ascii: "0") {
                if atLetterSuffix {
                    i += 1
                    if !atAlnum { return text(start..<i) }
                } else if !atAlnum {
                    let number = text(start..<i)
                    return readSpacedSuffix(of: number).map { number + $0 } ?? number
                }
            }
        } else {
            while i < n, ASCII.isUpper(p[i]), i - start <= 3 { i += 1 }
            if (1...3).contains(i - start), !atAlnum { return text(start..<i) }
        }
        i = start
        return nil
    }

    /// A lowercase letter alone after a space behind a number: the number's own letter where it
    /// ends the item (`nr. 42 e)`, `nr. 42 e en 43`). Where more follows (`nr. 42 e.v.`,
    /// `nr. 42 a b`) it may be a word: the number is in doubt, and the letter is not read.
    mutating func readSpacedSuffix(of number: String) -> String? {
        guard i + 1 < n, p[i] == 0x20, ASCII.isLower(p[i + 1]), i + 2 == n || !ASCII.isAlnum(p[i + 2]) else { return nil }
        let after = i + 2
        // `t/m` opens a range.
        if after < n, p[after] == UInt8(ascii: "/") { return nil }
        let abbreviation = after + 1 < n && p[after] == UInt8(ascii: ".") && ASCII.isLetter(p[after + 1])
        let letter = text(i + 1..<after)
        guard endsListItem(at: after), !abbreviation else {
            numberDoubt = "'\(number) \(letter)' may be document \(number)\(letter), or document \(number) and a word after it"
            return nil
        }
        i = after
        return letter
    }

    /// `, blz. 2`, `, p. 5-7`, `, pag. 12`.
    mutating func readPage() -> String? {
        let start = i
        skipHorizontalSpace()
        if i < n, p[i] == UInt8(ascii: ",") { i += 1 }
        skipSpace()
        guard i < n, p[i] | 0x20 == UInt8(ascii: "b") || p[i] | 0x20 == UInt8(ascii: "p") else {
            i = start
            return nil
        }
        if matchWord("blz") || matchWord("pag") || matchWord("pp") || matchWord("p"), !atLetter {
            if i < n, p[i] == UInt8(ascii: ".") { i += 1 }
            skipSpace()
            if let from = readDigits(max: 5) {
                let afterFirst = i
                if readDash(), let to = readDigits(max: 5) { return text(from) + "-" + text(to) }
                i = afterFirst
                return text(from)
            }
        }
        i = start
        return nil
    }

    /// `I`, `II`, `TK`, `T.K.`, `EK`, `E.K.`, `Tweede Kamer`, `Eerste Kamer`.
    mutating func readChamber() -> Chamber? {
        // Every chamber word starts with I, T or E (upper or lower case for the long ones).
        switch i < n ? p[i] : 0 {
        case UInt8(ascii: "I"), UInt8(ascii: "T"), UInt8(ascii: "E"), UInt8(ascii: "t"), UInt8(ascii: "e"): break
        default: return nil
        }
        let start = i
        for (word, chamber) in Scanner.chamberWords {
            if matchExact(word), !atAlnum { return chamber }
            i = start
        }
        for (word, chamber) in Scanner.chamberNames {
            if matchWord(word), skipHorizontalSpace(), matchWord("kamer"), !atLetter { return chamber }
            i = start
        }
        return nil
    }

    static let chamberWords: [(StaticString, Chamber)] = [
        ("II", .tweede), ("I", .eerste), ("TK", .tweede), ("T.K.", .tweede), ("EK", .eerste), ("E.K.", .eerste),
    ]
    static let chamberNames: [(StaticString, Chamber)] = [("tweede", .tweede), ("eerste", .eerste)]

    /// `2024/25`, `2024-2025`, `2024–2025`, `2016-2017`, `24/25`: normalised to `2024-2025`.
    mutating func readSession() -> String? {
        guard atDigit else { return nil }
        let start = i
        if let first = readDigits(max: 4), let year = sessionYear(first), readSessionSeparator(),
           let second = readDigits(max: 4), !atAlnum {
            let next = Int(text(second))!
            let digits = digitCount(second)
            let expected = digits == 2 ? (year + 1) % 100 : year + 1
            if digits == 2 || digits == 4 && digitCount(first) == 4, (1800...2200).contains(year), next == expected {
                return "\(year)-\(year + 1)"
            }
        }
        i = start
        return nil
    }

    /// The first year of a session: four digits, or two before a slash (`24/25`), of this
    /// century below 50 and of the last from 50 (`99/00`).
    func sessionYear(_ digits: Range<Int>) -> Int? {
        let year = Int(text(digits))!
        switch digitCount(digits) {
        case 4: return year
        case 2 where i < n && p[i] == UInt8(ascii: "/"): return year + (year < 50 ? 2000 : 1900)
        default: return nil
        }
    }

    mutating func readSessionSeparator() -> Bool {
        if i < n, p[i] == UInt8(ascii: "/") {
            i += 1
            return true
        }
        return readDash()
    }

    /// `,`, `;`, `&`, `en`, `, en` between the parts of a list.
    mutating func readListSeparator() -> Bool {
        if i < n, p[i] == UInt8(ascii: ",") || p[i] == UInt8(ascii: ";") || p[i] == UInt8(ascii: "&") {
            i += 1
            let afterMark = i
            skipHorizontalSpace()
            if !(matchWord("en") && !atLetter) { i = afterMark }
            return true
        }
        let start = i
        if matchWord("en"), !atLetter { return true }
        i = start
        return false
    }

    // MARK: - Characters

    /// The width of a hyphen or dash at `j` (`-`, `‐`, `‑`, `‒`, `–`, `—`, `−`), or nil.
    @inline(__always)
    func dashWidth(at j: Int) -> Int? {
        guard j < n else { return nil }
        if p[j] == UInt8(ascii: "-") { return 1 }
        guard j + 2 < n, p[j] == 0xE2 else { return nil }
        if p[j + 1] == 0x80, (0x90...0x94).contains(p[j + 2]) { return 3 }
        if p[j + 1] == 0x88, p[j + 2] == 0x92 { return 3 }
        return nil
    }

    var atDash: Bool { dashWidth(at: i) != nil }

    /// A dash joined to what precedes it. Only a line break may follow it (`21 501-⏎02`), so
    /// that `36045-243 - de motie` does not run on into the next words.
    mutating func readDash() -> Bool {
        guard let width = dashWidth(at: i) else { return false }
        i += width
        let afterDash = i
        skipHorizontalSpace()
        if i < n, p[i] == 0x0A || p[i] == 0x0D {
            skipSpace()
        } else {
            i = afterDash
        }
        return true
    }

    /// Width of a space-like character at `j`: line breaks, and the no-break, thin and other
    /// fixed-width spaces of PDF extraction.
    @inline(__always)
    func spaceWidth(at j: Int) -> Int? {
        switch p[j] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: return 1
        case 0xC2: return j + 1 < n && p[j + 1] == 0xA0 ? 2 : nil
        case 0xE2:
            guard j + 2 < n else { return nil }
            if p[j + 1] == 0x80, (0x80...0x8A).contains(p[j + 2]) || p[j + 2] == 0xAF { return 3 }
            if p[j + 1] == 0x81, p[j + 2] == 0x9F { return 3 }
            return nil
        case 0xE3: return j + 2 < n && p[j + 1] == 0x80 && p[j + 2] == 0x80 ? 3 : nil
        default: return nil
        }
    }

    /// Width of a character that extraction leaves inside words and that carries no meaning:
    /// soft hyphen, zero-width space and joiners, word joiner, a stray byte-order mark.
    @inline(__always)
    func ignorableWidth(at j: Int) -> Int? {
        let b = p[j]
        if b == 0xC2 { return j + 1 < n && p[j + 1] == 0xAD ? 2 : nil }
        guard b >= 0xE2, j + 2 < n else { return nil }
        if b == 0xE2, p[j + 1] == 0x80, (0x8B...0x8D).contains(p[j + 2]) { return 3 }
        if b == 0xE2, p[j + 1] == 0x81, p[j + 2] == 0xA0 { return 3 }
        if b == 0xEF, p[j + 1] == 0xBB, p[j + 2] == 0xBF { return 3 }
        return nil
    }

    /// Skips spaces, line breaks and ignorable characters between the parts of a citation,
    /// across a page break too — blank lines, a form feed, a page-number line — where the page's
    /// footnotes may stand between the two halves (`nr. ⏎⏎7 Kamerstuk 32735-406⏎⏎⏎3236`). A
    /// footnote block skipped so is remembered, to be scanned on its own. Returns whether
    /// anything was skipped.
    @discardableResult
    mutating func skipSpace() -> Bool {
        let start = i
        skipBlank()
        let afterBlank = i
        let breaks = lineBreaks(in: start..<i)
        let pageBreak = breaks >= 2 || hasFormFeed(start..<i)
        guard breaks >= 1 || pageBreak else { return i > start }
        // The page's footnotes: after a blank line any footnote line, after a single line
        // break only one that reads like a footnote (a citation, a link). A parse that backs
        // up and crosses the same break again records it once.
        if let block = footnoteBlock(at: i, strict: !pageBreak) {
            i = block.upperBound
            if skipPageEnd() {
                if !skippedBlocks.contains(block) { skippedBlocks.append(block) }
                if !pageGaps.contains(afterBlank..<i) { pageGaps.append(afterBlank..<i) }
            } else {
                i = afterBlank
            }
        } else {
            let furnitureStart = i
            if skipPageEnd(), pageNumberLine(at: furnitureStart) != nil, !pageGaps.contains(furnitureStart..<i) {
                pageGaps.append(furnitureStart..<i)
            }
        }
        return i > start
    }

    /// Skips what lies between one page and the next: blank lines, page-number lines, form
    /// feeds. Returns whether that was a page break.
    @discardableResult
    mutating func skipPageEnd() -> Bool {
        let start = i
        var furniture = false
        while true {
            skipBlank()
            guard let end = pageNumberLine(at: i) else { break }
            i = end
            furniture = true
        }
        return furniture || lineBreaks(in: start..<i) >= 2 || hasFormFeed(start..<i)
    }

    /// White space, at most as much as a page break takes (its blank lines).
    mutating func skipBlank() {
        let start = i
        var lines = 0
        while i < n, i - start < 512 {
            if let width = spaceWidth(at: i) {
                if p[i] == 0x0A {
                    lines += 1
                    if lines > 16 { break }
                }
                i += width
            } else if let width = ignorableWidth(at: i) {
                i += width
            } else {
                break
            }
        }
    }

    func lineBreaks(in range: Range<Int>) -> Int {
        var count = 0
        for k in range where p[k] == 0x0A { count += 1 }
        return count
    }

    func hasFormFeed(_ range: Range<Int>) -> Bool {
        range.contains { p[$0] == 0x0C }
    }

    /// `Pagina 2 van 5`, `Blad 2 van 5` or `2/5` on a line of its own, at `j`: returns where
    /// the line ends.
    func pageNumberLine(at j: Int) -> Int? {
        var scanner = Scanner(base: p, count: n)
        scanner.i = j
        if scanner.readDigits(max: 4) != nil {
            // `2/5`
            guard scanner.i < n, p[scanner.i] == UInt8(ascii: "/") else { return nil }
            scanner.i += 1
            guard scanner.readDigits(max: 4) != nil else { return nil }
        } else {
            guard scanner.matchWord("pagina") || scanner.matchWord("blad"), scanner.skipHorizontalSpace(),
                  scanner.readDigits(max: 4) != nil, scanner.skipHorizontalSpace(), scanner.matchWord("van"),
                  scanner.skipHorizontalSpace(), scanner.readDigits(max: 4) != nil
            else { return nil }
        }
        scanner.skipHorizontalSpace()
        if scanner.i + 1 < n, p[scanner.i] == 0x0D, p[scanner.i + 1] == 0x0A { scanner.i += 1 }
        guard scanner.i == n || p[scanner.i] == 0x0A || p[scanner.i] == 0x0C else { return nil }
        return scanner.i
    }

    /// The footnote lines at the foot of a page, starting at `j`: lines that open with a small
    /// number (`7 Kamerstuk …`, `[7] …`, glued `7Kamerstuk …`), with their continuation lines,
    /// up to a blank line, a page-number line or a form feed. `strict`: the first line must
    /// read like a footnote (a citation, a link), not merely start with a number.
    func footnoteBlock(at j: Int, strict: Bool) -> Range<Int>? {
        guard let textStart = footnoteTextStart(at: j) else { return nil }
        if strict || !ASCII.isDigit(p[j]) || p[textStart - 1] != UInt8(ascii: " ") {
            guard readsLikeFootnote(at: textStart) else { return nil }
        }
        var end = j
        var lines = 0
        while end < n, lines < 12, end - j < 4096 {
            if lines > 0, p[end] == 0x0C || pageNumberLine(at: end) != nil { break }
            var lineEnd = end
            while lineEnd < n, p[lineEnd] != 0x0A { lineEnd += 1 }
            let blank = (end..<lineEnd).allSatisfy { p[$0] == 0x20 || p[$0] == 0x09 || p[$0] == 0x0D || p[$0] == 0x0C }
            if blank { break }
            end = lineEnd
            lines += 1
            if end < n { end += 1 }
        }
        return j..<end
    }

    /// Where a footnote's text starts after its number: `7 `, `[7] `, `[7 ] `, or a number glued
    /// to a capital (`7Kamerstuk`).
    func footnoteTextStart(at j: Int) -> Int? {
        var k = j
        let bracketed = k < n && p[k] == UInt8(ascii: "[")
        if bracketed { k += 1 }
        let digits = k
        while k < n, ASCII.isDigit(p[k]), k - digits < 4 { k += 1 }
        guard k > digits, k - digits <= 3, p[digits] != UInt8(ascii: "0"), k < n else { return nil }
        if bracketed {
            while k < n, p[k] == 0x20 { k += 1 }
            guard k < n, p[k] == UInt8(ascii: "]") else { return nil }
            k += 1
        }
        if k < n, p[k] == 0x20 {
            k += 1
        } else if bracketed || !ASCII.isUpper(p[k]) {
            return nil
        }
        return k < n && p[k] > 0x20 ? k : nil
    }

    /// Whether text reads like a footnote's: a citation, a link, a reference.
    func readsLikeFootnote(at j: Int) -> Bool {
        var scanner = Scanner(base: p, count: n)
        for word: StaticString in ["kamerstukken", "kamerstuk", "kst", "handelingen", "aanhangsel", "motie", "zie", "brief", "http", "www",
                                   "stcrt", "stb", "bron", "tweede", "eerste"] {
            scanner.i = j
            if scanner.matchWord(word), !scanner.atLetter { return true }
        }
        return false
    }

    /// Skips spaces on the same line.
    @discardableResult
    mutating func skipHorizontalSpace() -> Bool {
        let start = i
        while i < n {
            if p[i] != 0x0A, p[i] != 0x0D, p[i] != 0x0C, let width = spaceWidth(at: i) {
                i += width
            } else if let width = ignorableWidth(at: i) {
                i += width
            } else {
                break
            }
        }
        return i > start
    }

    /// Matches an ASCII word case-insensitively, skipping soft hyphens inside it
    /// (`Kamer\u{AD}stuk`).
    mutating func matchWord(_ word: StaticString) -> Bool {
        let start = i
        let w = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount {
            if k > 0, i < n, p[i] >= 0xC2, let width = ignorableWidth(at: i) {
                i += width
                // A word broken over a line at a soft hyphen: `Kamer\u{AD}⏎stuk`.
                if width == 2 {
                    let afterHyphen = i
                    skipHorizontalSpace()
                    if i < n, p[i] == 0x0D { i += 1 }
                    if i < n, p[i] == 0x0A {
                        i += 1
                        skipHorizontalSpace()
                    } else {
                        i = afterHyphen
                    }
                }
            }
            guard i < n, ASCII.isLetter(p[i]), p[i] | 0x20 == w[k] | 0x20 else {
                i = start
                return false
            }
            i += 1
        }
        return true
    }

    /// Matches bytes exactly (`T.K.`).
    mutating func matchExact(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= n, memcmp(p + i, word.utf8Start, count) == 0 else { return false }
        i += count
        return true
    }

    var atLetter: Bool { i < n && ASCII.isLetter(p[i]) }
    /// One lowercase letter closing a number: the `e` of `42e`.
    var atLetterSuffix: Bool { i < n && ASCII.isLower(p[i]) && (i + 1 == n || !ASCII.isAlnum(p[i + 1])) }
    var atDigit: Bool { i < n && ASCII.isDigit(p[i]) }
    var atAlnum: Bool { i < n && ASCII.isAlnum(p[i]) }
}

/// Dossiers known to be split into numbered series, where `-20` is a series, not a document.
enum KnownSeries {
    static let dossiers: Set<String> = ["21501"]
}

/// Eight bytes at a time: which could start a citation.
enum ScanBytes {
    /// The high bit of each byte of `word` (little-endian) that lies strictly between `m` and
    /// `n` (`n` ≤ 128) — exactly: no step carries from one byte into the next. With x₇ the low
    /// seven bits of each byte: (127 + n − x₇) & ~x & (x₇ + 127 − m).
    @inline(__always)
    static func between(_ word: UInt64, _ m: UInt64, _ n: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let x7 = word & 0x7F7F_7F7F_7F7F_7F7F
        // Swift's `&` binds tighter than `&-`, hence every parenthesis.
        return ((((127 + n) &* ones) &- x7) & ~word & (x7 &+ ((127 - m) &* ones))) & 0x8080_8080_8080_8080
    }
}

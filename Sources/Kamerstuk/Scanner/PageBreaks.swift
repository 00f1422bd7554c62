/// A page break a citation was read across (`nr. ⏎⏎7 Kamerstuk 32735-406⏎⏎⏎3236`).
struct PageBreak: Equatable {
    /// The footnotes at the foot of the first page: they hold citations of their own.
    var footnotes: Range<Int>?
    /// What lies between the citation's two halves: footnotes, page numbers.
    var gap: Range<Int>
}

extension ByteCursor {
    /// Skips spaces, line breaks and ignorable characters between the parts of a citation,
    /// across a page break too — blank lines, a form feed, a page-number line — where the page's
    /// footnotes may stand between the two halves. Returns the page break, when footnotes or a
    /// page number were skipped.
    mutating func skipSpaceAcrossPages() -> PageBreak? {
        let start = i
        skipBlank()
        let afterBlank = i
        let breaks = lineBreaks(in: start..<i)
        let pageBreak = breaks >= 2 || hasFormFeed(start..<i)
        guard breaks >= 1 || pageBreak else { return nil }
        // The page's footnotes: after a blank line any footnote line, after a single line
        // break only one that reads like a footnote (a citation, a link).
        if let block = footnoteBlock(at: i, strict: !pageBreak) {
            i = block.upperBound
            if skipPageEnd() { return PageBreak(footnotes: block, gap: afterBlank..<i) }
            i = afterBlank
            return nil
        }
        let furnitureStart = i
        if skipPageEnd(), pageNumberLine(at: furnitureStart) != nil { return PageBreak(footnotes: nil, gap: furnitureStart..<i) }
        return nil
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

    /// The footnote lines at the foot of a page, starting at `j`: lines that open with a small
    /// number (``PageFurniture/footnoteOpener(at:in:)``: `7 Kamerstuk …`, `[7] …`, `¹ …`, glued
    /// `7Kamerstuk …`), with their continuation lines, up to a blank line, a page-number line or
    /// a form feed. `strict`: the first line must read like a footnote (a citation, a link), not
    /// merely start with a number; so must one whose number is not plainly written.
    func footnoteBlock(at j: Int, strict: Bool) -> Range<Int>? {
        guard let opener = PageFurniture.footnoteOpener(at: j, in: buffer) else { return nil }
        if strict || !opener.plain {
            guard PageFurniture.readsLikeFootnote(at: opener.textStart, in: buffer) else { return nil }
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

    /// A number read on the line after `nr.` that may be the page's, with the cursor just past
    /// it: a footnote's number (text that reads like a footnote follows it) or, past a blank
    /// line, a page number (it stands alone, and after another blank line a number follows).
    /// Returns why, or nil when it reads as the document's.
    func doubtAboutNumber(_ number: String, afterPageBreak: Bool) -> String? {
        var k = i
        while k < n, p[k] == 0x20 || p[k] == 0x09 { k += 1 }
        if k < n, p[k] != 0x0A, p[k] != 0x0D, PageFurniture.readsLikeFootnote(at: k, in: buffer) {
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

    /// A page-number line at `j` (``PageFurniture/pageNumberEnd(at:in:)``): where it ends.
    func pageNumberLine(at j: Int) -> Int? { PageFurniture.pageNumberEnd(at: j, in: buffer) }
}

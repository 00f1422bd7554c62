import Kamerstuk

extension Finding.Category {
    /// Footnote numbers that stand apart from their texts at a page's foot, in a way that does
    /// not show which text is whose.
    package static let unpairedFootnotes = Finding.Category(rawValue: "unpaired-footnotes")
}

/// A page's footnotes whose numbers stand on lines of their own, apart from their texts — as
/// `pdftotext` gives them (NOTES-pdf.md §4): each number right above its text (`-layout`, and
/// often the default mode), the numbers stacked above the texts, the publication's furniture
/// between them (`ah-tk-20232024-1432`, `ISSN …`), or a number printed after its text.
///
/// A block opens with a bare number the reader expects (its marker stands in the text before,
/// and no page's foot comes right before it: that is a page number) and runs to the page's foot
/// or form feed. Numbers and texts are paired where the evidence is unambiguous: every number
/// right above a text (each owns the lines to the next number), or as many texts as numbers
/// (paired in order, numbers ascending), or as many once a line that follows a full line is
/// taken as its continuation. Else the block is footnotes all the same — kept out of the running
/// text — but unpaired, with a finding.
extension FootnoteReader {
    /// The widest a block runs before the page's foot.
    static let stackedBlockLines = 40
    /// A footnote line this long is full: the next line may continue it.
    static let fullFootnoteLine = 75

    /// A block of stacked footnotes: its footnotes (empty when unpaired), the index of its last
    /// line, and whether its numbers and texts were paired.
    struct StackedBlock {
        let footnotes: [Entry]
        let last: Int
        let paired: Bool
    }

    /// The number alone on a line (`1`, `  12`), if the line holds nothing else.
    func bareNumber(_ line: TextLine) -> Int? {
        let trimmed = line.trimmed(in: text)
        guard (1...3).contains(trimmed.count), text[trimmed].allSatisfy(TextBytes.isDigit), text[trimmed.lowerBound] != UInt8(ascii: "0")
        else { return nil }
        return Int(String(decoding: text[trimmed], as: UTF8.self))
    }

    /// Whether a line is the foot of a page (or the head of the next): where a block ends.
    func endsPage(_ index: Int) -> Bool {
        let line = lines[index]
        if line.range.contains(where: { text[$0] == 0x0C }) { return true }
        return text.withUnsafeBufferPointer {
            PageFurniture.isRunningHead(line: line.range, in: $0) || PageFurniture.isAanhangselFoot(line: line.range, in: $0)
        }
    }

    /// The block of stacked footnotes opening at line `index` with number `number`.
    func stackedBlock(at index: Int, number: Int) -> StackedBlock? {
        // Not a page number: the line before (blank lines skipped) is no page's foot.
        if let before = (0..<index).reversed().first(where: { !lines[$0].isBlank(in: text) }), endsPage(before)
            || text.withUnsafeBufferPointer({ PageFurniture.isPublicationFurniture(line: lines[before].range, in: $0) }) {
            return nil
        }
        var items: [(number: Int?, line: Int)] = []
        var end: Int?
        for k in index..<min(lines.count, index + FootnoteReader.stackedBlockLines) {
            if k > index, endsPage(k) {
                end = k
                break
            }
            let line = lines[k]
            if line.isBlank(in: text) { continue }
            if text.withUnsafeBufferPointer({ PageFurniture.isPublicationFurniture(line: line.range, in: $0) }) { continue }
            // A question or an answer is running text: no page's footnotes reach it.
            if let first = Words.split(text, in: line.trimmed(in: text)).first?.folded, ["vraag", "antwoord"].contains(first),
               line.range.count < 40 {
                return nil
            }
            items.append((bareNumber(line), k))
        }
        guard let end else { return nil }
        let numbers = items.compactMap(\.number)
        let ascending = numbers.sorted()
        // The numbers run on from the first, without a gap.
        guard ascending.first == number, ascending == Array(number..<(number + numbers.count)) else { return nil }
        let texts = items.filter { $0.number == nil }.map(\.line)
        guard !texts.isEmpty else { return nil }
        let last = (index..<end).last { !lines[$0].isBlank(in: text) } ?? index

        // Every number right above a text: each owns the lines up to the next number.
        if items.first?.number != nil, items.last?.number == nil, zip(items, items.dropFirst()).allSatisfy({ $0.number == nil || ($1.number == nil && $1.line == $0.line + 1) }) {
            var footnotes: [Entry] = []
            var current: (number: Int, lines: [Int])?
            for item in items {
                if let n = item.number {
                    if let c = current { footnotes.append(Entry(number: c.number, range: range(of: c.lines))) }
                    current = (n, [])
                } else {
                    current?.lines.append(item.line)
                }
            }
            if let c = current { footnotes.append(Entry(number: c.number, range: range(of: c.lines))) }
            return StackedBlock(footnotes: footnotes, last: last, paired: true)
        }
        // As many texts as numbers, once continuations of full lines are joined: in order.
        var groups = texts.map { [$0] }
        if groups.count > numbers.count {
            var joined: [[Int]] = []
            for line in texts {
                if let previous = joined.last?.last, previous == line - 1, lines[previous].trimmed(in: text).count >= FootnoteReader.fullFootnoteLine {
                    joined[joined.count - 1].append(line)
                } else {
                    joined.append([line])
                }
            }
            groups = joined
        }
        guard groups.count == numbers.count else { return StackedBlock(footnotes: [], last: last, paired: false) }
        return StackedBlock(footnotes: zip(ascending, groups).map { Entry(number: $0, range: range(of: $1)) }, last: last, paired: true)
    }

    /// The text of the lines `indices` (consecutive), from the first's text to the last's end.
    func range(of indices: [Int]) -> Range<Int> {
        guard let first = indices.first, let last = indices.last else { return 0..<0 }
        return lines[first].trimmed(in: text).lowerBound..<lines[last].trimmed(in: text).upperBound
    }
}

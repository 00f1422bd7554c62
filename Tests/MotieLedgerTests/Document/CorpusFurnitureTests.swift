import Foundation
import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// Page furniture never ends up in evidence: in every document of the corpus, as every
/// extractor gave it, what a page carries besides its text — the masthead, running heads and
/// feet, the publication's number and ISSN, page numbers, an annex table's column heads, a
/// letterhead's side column — is out of the running text, and no motion's evidence or mention
/// holds any of it. The furniture is told here by the shapes the corpus notes list
/// (labels/NOTES-*.md), a reading of the test's own, apart from ``PageFurniture``'s.
@Suite("Page furniture in the corpus")
struct CorpusFurnitureTests {
    static let directories = ["pdftotext", "pdftotext-layout", "aanhangsel-text", "letters-text", "xml"]

    /// Every document of the corpus, as `directory/file`.
    static func files() throws -> [String] {
        try directories.flatMap { directory in
            try FileManager.default.contentsOfDirectory(atPath: Fixture.directory.appendingPathComponent("corpus/" + directory).path)
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".xml") }.sorted().map { directory + "/" + $0 }
        }
    }

    static func document(_ file: String) throws -> AnswerDocument {
        AnswerDocument(try SourceDocument.read(try Fixture.bytes("corpus/" + file)))
    }

    /// A stretch of a line that is furniture: its byte offsets in the line, and its text.
    struct Stretch {
        let range: Range<Int>
        let text: String
        /// Whether it is a line of its own: the masthead, a head or foot, a page number.
        let wholeLine: Bool
    }

    /// The furniture of the clean text's lines, line by line (by index).
    static func furniture(of document: AnswerDocument) -> [(line: Range<Int>, stretches: [Stretch])] {
        let bytes = document.text.bytes
        let bars = navigationBars(in: document.text.string)
        var result: [(line: Range<Int>, stretches: [Stretch])] = []
        var start = 0
        // After a foot without its page's number, or the masthead: the number alone on a line.
        var numberMayFollow = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = String(decoding: bytes[start..<end], as: UTF8.self)
            let trimmed = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{0C}", with: "")
            if !trimmed.isEmpty {
                var stretches: [Stretch] = []
                let isNumber = trimmed.count <= numberMayFollow && trimmed.allSatisfy(\.isASCII) && trimmed.allSatisfy(\.isNumber)
                let furniture = isLineFurniture(trimmed) || bars.contains(navigationKey(trimmed))
                if furniture || isNumber {
                    stretches.append(Stretch(range: 0..<(end - start), text: trimmed, wholeLine: true))
                } else {
                    stretches = inlineFurniture(line)
                }
                result.append((start..<end, stretches))
                numberMayFollow = !furniture ? 0 : trimmed.hasSuffix("Aanhangsel") || trimmed.hasSuffix("Vragen") ? 3
                    : isMasthead(trimmed) ? 5 : 0
            }
            start = end + 1
        }
        return result
    }

    /// A report's bar of section names, on every page with the page's number after it
    /// (`Verantwoording NPO Financiële Terugblik 2019   Algemene toelichting   …   Bijlagen   5`):
    /// the lines of four gutter-separated parts with words or more that recur on three pages or
    /// more.
    static func navigationBars(in text: String) -> Set<String> {
        var count: [String: Int] = [:]
        for line in text.split(separator: "\n") where line.components(separatedBy: "   ").filter({ $0.contains(where: \.isLetter) }).count >= 4
            && line.count < 320 {
            count[navigationKey(line.trimmingCharacters(in: .whitespaces)), default: 0] += 1
        }
        return Set(count.filter { $0.value >= 3 }.keys)
    }

    /// A line with its page number taken off its end, its spaces collapsed.
    static func navigationKey(_ line: String) -> String {
        var words = line.split(separator: " ")
        while let last = words.last, last.allSatisfy(\.isNumber) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// A line of furniture, seen whole.
    static func isLineFurniture(_ t: String) -> Bool {
        let words = t.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // The publication's number, ISSN and place: `ah-tk-20232024-1432`, `kv-tk-2024Z18435`.
        if (t.hasPrefix("ah-tk-") || t.hasPrefix("kv-tk-") || t.hasPrefix("ah-ek-")) && !t.contains(" ") { return true }
        if t.hasPrefix("ISSN ") || t.hasPrefix("’s-Gravenhage 20") || t.hasPrefix("'s-Gravenhage 20") { return true }
        // Heads and feet: `Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2`, `…, 36 360 VIII, nr. 1   246`.
        if (t.hasPrefix("Tweede Kamer, vergaderjaar ") || t.hasPrefix("Eerste Kamer, vergaderjaar ")) && t.count <= 120 {
            let last = words.suffix(3)
            if last.last == "Aanhangsel" || last.last == "Vragen" { return true }
            if last.count == 3, ["Aanhangsel", "Vragen"].contains(last[last.startIndex + 1]), Int(last.last!) != nil { return true }
            if last.count == 3, last.first == "nr." || Int(last.first!) != nil, words.dropLast().contains("nr."),
               Int(last[last.startIndex + 1]) != nil, Int(last.last!) != nil, t.contains("   ") {
                return true
            }
        }
        if isMasthead(t) { return true }
        // A page number: `Pagina 2 van 5`.
        return isPageNumber(words.joined(separator: " "))
    }

    /// A line of the Handelingen's masthead.
    static func isMasthead(_ t: String) -> Bool {
        let words = t.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if t.hasPrefix("Tweede Kamer der Staten-Generaal") || t.hasPrefix("Eerste Kamer der Staten-Generaal") {
            return t.dropFirst("Tweede Kamer der Staten-Generaal".count).allSatisfy { $0.isNumber || $0 == " " }
        }
        if words.first == "Vergaderjaar", words.count >= 2, words[1].count == 9 {
            let rest = words.dropFirst(2).joined(separator: " ")
            return ["", "Aanhangsel van de Handelingen", "Vragen gesteld door de leden der Kamer"].contains(rest)
        }
        return ["Aanhangsel van de Handelingen", "regering gegeven antwoorden", "Vragen gesteld door de leden der Kamer, met de daarop door de"]
            .contains(words.joined(separator: " "))
    }

    static func isPageNumber(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count == 4 && (words[0] == "Pagina" || words[0] == "Blad") && Int(words[1]) != nil && words[2] == "van"
            && Int(words[3]) != nil
    }

    /// Furniture inside a line of text (pdftools gives a page's paragraph a line): an annex
    /// table's column heads, `Pagina 1 van 2` after a gutter, a side column's `Datum` and its
    /// date between gutters.
    static func inlineFurniture(_ line: String) -> [Stretch] {
        var stretches: [Stretch] = []
        let utf8 = Array(line.utf8)
        func offset(_ index: String.Index) -> Int { line.utf8.distance(from: line.utf8.startIndex, to: index) }
        for table in ["motie", "toezegging"] {
            guard let heads = line.range(of: "Omschrijving van de " + table), let zaken = line[heads.upperBound...].range(of: "Stand van zaken"),
                  line[heads.upperBound..<zaken.lowerBound].trimmingCharacters(in: .whitespaces) == "Vindplaats"
            else { continue }
            stretches.append(Stretch(range: offset(heads.lowerBound)..<offset(zaken.upperBound),
                                     text: String(line[heads.lowerBound..<zaken.upperBound]), wholeLine: false))
        }
        // Cells between gutters of three spaces or more.
        var cells: [Range<Int>] = []
        var k = 0
        while k < utf8.count {
            while k < utf8.count, utf8[k] == 0x20 { k += 1 }
            let cellStart = k
            while k < utf8.count, !(k + 2 < utf8.count && utf8[k] == 0x20 && utf8[k + 1] == 0x20 && utf8[k + 2] == 0x20) { k += 1 }
            var cellEnd = k
            while cellEnd > cellStart, utf8[cellEnd - 1] == 0x20 { cellEnd -= 1 }
            if cellEnd > cellStart { cells.append(cellStart..<cellEnd) }
        }
        for (index, cell) in cells.enumerated() where index > 0 {
            let text = String(decoding: utf8[cell], as: UTF8.self)
            if isPageNumber(text) {
                stretches.append(Stretch(range: cell, text: text, wholeLine: false))
            }
            // The side column's label, its date two cells on: `het advies   Datum   van de Taalunie … van het   28 november 2023   ontwikkelen`.
            if text == "Datum", index + 2 < cells.count {
                let date = String(decoding: utf8[cells[index + 2]], as: UTF8.self).split(separator: " ")
                if date.count == 3, Int(date[0]) != nil, PageFurniture.month(named: date[1]) != nil, date[2].count == 4, Int(date[2]) != nil {
                    stretches += [Stretch(range: cell, text: text, wholeLine: false),
                                  Stretch(range: cells[index + 2], text: date.joined(separator: " "), wholeLine: false)]
                }
            }
        }
        return stretches
    }

    @Test("every stretch of furniture in every corpus document is out of the running text")
    func furnitureOutOfBody() throws {
        var found = 0, left: [String] = []
        for file in try Self.files() {
            let document = try Self.document(file)
            for (line, stretches) in Self.furniture(of: document) {
                for stretch in stretches {
                    found += 1
                    let range = (line.lowerBound + stretch.range.lowerBound)..<(line.lowerBound + stretch.range.upperBound)
                    if !document.body[range].allSatisfy(TextBytes.isSpace) {
                        left.append("\(file):\(document.location(of: line.lowerBound).line): \(stretch.text.prefix(80))")
                    }
                }
            }
        }
        // The corpus's 69 documents carry furniture on nearly every page.
        #expect(found > 400)
        #expect(left.isEmpty, "\(left.count) left: \(left.prefix(40).joined(separator: "\n"))")
    }

    @Test("no motion's evidence, reading or mention in any corpus document holds page furniture or a footnote glued into its sentence")
    func furnitureNotInEvidence() throws {
        var passages = 0, bad: [String] = []
        for file in try Self.files() {
            let document = try Self.document(file)
            // The document's own furniture of some length, and the shapes of any.
            let own = Set(Self.furniture(of: document).flatMap(\.stretches).map { TextBytes.collapsed(Array($0.text.utf8)) }
                .filter { $0.count >= 12 && $0 != "Tweede Kamer der Staten-Generaal" })
            for motion in MotionReader(document).motions {
                let texts = [motion.evidence] + motion.readings.map(\.evidence) + motion.mentions.map(\.text)
                for text in Set(texts) where !text.isEmpty {
                    passages += 1
                    let collapsed = TextBytes.collapsed(Array(text.utf8))
                    let furniture = own.filter { collapsed.contains($0) }
                    if !furniture.isEmpty || Self.holdsFurnitureShape(collapsed) {
                        bad.append("\(file): \(motion.key): \(collapsed.prefix(160)) — \(furniture.first ?? "shape")")
                    }
                }
            }
        }
        #expect(passages > 150)
        #expect(bad.isEmpty, "\(bad.count): \(bad.prefix(20).joined(separator: "\n"))")
    }

    /// Furniture of any document: the publication's number, ISSN, a page number, an annex's
    /// column heads, a footnote's number glued to the citation it opens (`4Kamerstuk 35 925`).
    static func holdsFurnitureShape(_ text: String) -> Bool {
        if text.contains("ah-tk-") || text.contains("kv-tk-") || text.contains("ISSN 0921") || text.contains("Vindplaats Stand van zaken") {
            return true
        }
        let words = text.split(separator: " ")
        for k in words.indices.dropLast(3) where (words[k] == "Pagina" || words[k] == "Blad") && isPageNumber(words[k...(k + 3)].joined(separator: " ")) {
            return true
        }
        for word in words {
            let digits = word.prefix { $0.isASCII && $0.isNumber }
            guard (1...2).contains(digits.count), digits.first != "0" else { continue }
            let rest = word.dropFirst(digits.count)
            if ["Kamerstuk", "Kamerstukken", "Handelingen", "https:", "http:", "www."].contains(where: { rest.hasPrefix($0) }) { return true }
        }
        return false
    }
}

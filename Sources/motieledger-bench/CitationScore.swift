import Foundation
import Kamerstuk
import MotieLedger

/// The citations part of the scoreboard: per document and in total, how many of the labelled
/// Kamerstuk citations the scanner reads (recall) and how many of those it reads are labelled
/// (precision), counted per occurrence by ID — and how many of the publisher's own links in the
/// XML documents (`<extref doc="kst-…">`) the scanner finds reading the text alone.
///
/// An occurrence is read when a citation of the same ID starts on its line, or at most two
/// lines from it (a citation broken over a page starts where its first word is; a label may
/// name the line of its number). A labelled citation without an ID (a misprint no careful
/// reader resolves) is not counted either way: it should come out as a finding, and the count
/// of those is shown beside. Long documents count inside their `citationScope` only.
enum CitationScore {
    /// One citation: its ID (nil: a finding) and its line.
    struct Occurrence {
        let id: String?
        let line: Int
        let raw: String
    }

    struct DocumentScore {
        var labelled = 0
        var read = 0
        var right = 0
        var labelledFindings = 0
        var flagged = 0
        var missed: [Occurrence] = []
        var extra: [Occurrence] = []
        var links = 0
        var linksFound = 0
        var linksMissed: [String] = []
    }

    static func report(_ labels: [Label], verbose: Bool) throws {
        print("citations: per occurrence, by ID (the scanner alone; XML text without the publisher's links, knowing its own ID)")
        print("  document                                     labelled   read  right   recall  precision  findings")
        var total = DocumentScore()
        for label in labels {
            let score = try self.score(label)
            total.labelled += score.labelled
            total.read += score.read
            total.right += score.right
            total.labelledFindings += score.labelledFindings
            total.flagged += score.flagged
            total.links += score.links
            total.linksFound += score.linksFound
            print(line(label.stem, score))
            if verbose {
                for miss in score.missed { print("      missed \(miss.id ?? "finding") at \(miss.line): \(oneLine(miss.raw))") }
                for extra in score.extra { print("      extra  \(extra.id ?? "finding") at \(extra.line): \(oneLine(extra.raw))") }
                for link in score.linksMissed { print("      link not read from the text: \(link)") }
            }
        }
        print(line("total", total))
        print(String(format: "  publisher's links (extref kst-…) read from the text alone: %d of %d (%.1f%%)",
                     total.linksFound, total.links, percent(total.linksFound, total.links)))
        var layout = (labelled: 0, read: 0, right: 0)
        for label in labels where label.json["text"]?.stringValue == "pdftotext" {
            let score = try layoutScore(label)
            layout = (layout.labelled + score.labelled, layout.read + score.read, layout.right + score.right)
        }
        print(String(format: "  the PDFs as pdftotext -layout gives them, by ID (its lines are other): %d of %d labelled read (%.1f%%), %d read in all (precision %.1f%%)",
                     layout.right, layout.labelled, percent(layout.right, layout.labelled), layout.read, percent(layout.right, layout.read)))
    }

    /// A PDF's label against the `-layout` text of the same PDF, whose lines are not the
    /// label's: IDs counted as many times as each occurs.
    static func layoutScore(_ label: Label) throws -> (labelled: Int, read: Int, right: Int) {
        let text = label.text.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("pdftotext-layout/\(label.stem).txt")
        let found = try SourceText(validating: Array(try Data(contentsOf: text))).citations().compactMap { $0.id?.canonical }
        let labelled = (label.json["citations"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
        var left = found
        var right = 0
        for id in labelled {
            if let index = left.firstIndex(of: id) {
                left.remove(at: index)
                right += 1
            }
        }
        return (labelled.count, found.count, right)
    }

    static func line(_ name: String, _ score: DocumentScore) -> String {
        let padded = name.padding(toLength: 44, withPad: " ", startingAt: 0)
        return String(format: "  %@ %8d %6d %6d %7.1f%% %9.1f%%  %d of %d", padded, score.labelled, score.read, score.right,
                      percent(score.right, score.labelled), percent(score.right, score.read), score.flagged, score.labelledFindings)
    }

    static func percent(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 100 : Double(part) * 100 / Double(whole) }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// Reads the label's text as `refs` would and sets what it reads against the label.
    static func score(_ label: Label) throws -> DocumentScore {
        let bytes = Array(try Data(contentsOf: label.text))
        let citations: [Citation]
        var links: [OfficialXML.Link] = []
        if label.text.pathExtension == "xml" {
            let xml = try OfficialXML(bytes)
            let home = xml.metadata.identifier.flatMap { KamerstukID(canonical: $0) }
            citations = xml.text.bytes.withUnsafeBufferPointer { buffer in
                (home.map { CitationScanner.scan(buffer, home: $0) } ?? CitationScanner.scan(buffer)).map {
                    Citation(match: $0, location: xml.text.location(of: $0.range.lowerBound),
                             raw: String(decoding: buffer[$0.range], as: UTF8.self))
                }
            }
            links = xml.links.filter { !$0.isDossier && $0.document.hasPrefix("kst-") }
            var score = compare(label, citations)
            score.links = links.count
            for link in links {
                let read = citations.contains { $0.id?.canonical == link.document && $0.match.range.overlaps(link.range) }
                if read { score.linksFound += 1 } else { score.linksMissed.append(link.document) }
            }
            return score
        }
        citations = try SourceText(validating: bytes).citations()
        return compare(label, citations)
    }

    static func compare(_ label: Label, _ citations: [Citation]) -> DocumentScore {
        let scope = label.citationScope
        func inScope(_ line: Int) -> Bool { scope.map { $0.contains { $0.contains(line) } } ?? true }
        let labelled = (label.json["citations"]?.arrayValue ?? []).compactMap { entry -> Occurrence? in
            guard let line = entry["line"]?.intValue else { return nil }
            return Occurrence(id: entry["id"]?.stringValue, line: Int(line), raw: entry["raw"]?.stringValue ?? "")
        }.filter { inScope($0.line) }
        var found = citations.map { Occurrence(id: $0.id?.canonical, line: $0.location.line, raw: $0.raw) }.filter { inScope($0.line) }
        var score = DocumentScore()
        score.labelled = labelled.filter { $0.id != nil }.count
        score.labelledFindings = labelled.count - score.labelled
        score.read = found.filter { $0.id != nil }.count
        // Exact lines first, so that a near one does not take another's match.
        var matched = [Bool](repeating: false, count: labelled.count)
        for distance in 0...2 {
            for (k, want) in labelled.enumerated() where !matched[k] {
                if let j = found.firstIndex(where: { $0.id == want.id && abs($0.line - want.line) == distance }) {
                    matched[k] = true
                    found.remove(at: j)
                    if want.id == nil { score.flagged += 1 } else { score.right += 1 }
                }
            }
        }
        score.missed = labelled.indices.filter { !matched[$0] }.map { labelled[$0] }
        score.extra = found.filter { $0.id != nil }
        return score
    }
}

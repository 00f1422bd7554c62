import Foundation
import Kamerstuk
import MotieLedger

/// The motions part of the scoreboard: per document and in total, how many of the labelled
/// motions `motions` lists (found) and how many of those with a status the label accepts
/// (right).
///
/// A labelled motion is found when the reading lists a motion with its Kamerstuk ID; where the
/// label has none, a motion without one whose submitters are the label's (case and spaces
/// aside); where the label names no submitter either, a motion without Kamerstuk or name
/// mentioned within two lines of the labelled line. Each motion read is found for one label
/// at most. A PDF is read as the label's line numbers are: the text `pdftotext` gives.
enum MotionScore {
    struct DocumentScore {
        var labelled = 0
        var found = 0
        var right = 0
        var read = 0
        var missed: [String] = []
        var wrong: [String] = []
        var extra: [String] = []

        mutating func add(_ other: DocumentScore) {
            labelled += other.labelled
            found += other.found
            right += other.right
            read += other.read
        }

        mutating func subtract(_ other: DocumentScore) {
            labelled -= other.labelled
            found -= other.found
            right -= other.right
            read -= other.read
        }
    }

    static func report(_ labels: [Label], verbose: Bool) throws {
        print("motions: found (by Kamerstuk, else by submitters) and status right (one the label accepts)")
        print("  document                                     labelled  found  right    found    right   read")
        var total = DocumentScore()
        var byKind: [String: DocumentScore] = [:]
        var largest: (stem: String, score: DocumentScore)?
        for label in labels where label.json["motions"]?.arrayValue != nil {
            let score = try self.score(label)
            total.add(score)
            byKind[label.json["kind"]?.stringValue ?? "-", default: DocumentScore()].add(score)
            if score.labelled > largest?.score.labelled ?? 0 { largest = (label.stem, score) }
            print(line(label.stem, score))
            if verbose {
                for miss in score.missed { print("      missed \(miss)") }
                for wrong in score.wrong { print("      status \(wrong)") }
                for extra in score.extra { print("      extra  \(extra)") }
            }
        }
        print(line("total", total))
        for (kind, score) in byKind.sorted(by: { $0.key < $1.key }) { print(line("  kind \(kind)", score)) }
        // One annual report's annex holds most of the labelled motions: the rest, apart.
        if let largest {
            var rest = total
            rest.subtract(largest.score)
            print(line("total without \(largest.stem)", rest))
        }
    }

    static func line(_ name: String, _ score: DocumentScore) -> String {
        let padded = name.padding(toLength: 44, withPad: " ", startingAt: 0)
        return String(format: "  %@ %8d %6d %6d %7.1f%% %7.1f%% %6d", padded, score.labelled, score.found, score.right,
                      CitationScore.percent(score.found, score.labelled), CitationScore.percent(score.right, score.labelled), score.read)
    }

    /// The label's text read as `motions` reads a document, and its motions set against the label's.
    static func score(_ label: Label) throws -> DocumentScore {
        let document = try SourceDocument.read(Array(try Data(contentsOf: label.text)))
        let motions = MotionReader(AnswerDocument(document)).motions
        var score = DocumentScore()
        score.read = motions.count
        var taken = [Bool](repeating: false, count: motions.count)
        for entry in label.json["motions"]?.arrayValue ?? [] {
            score.labelled += 1
            let id = entry["id"]?.stringValue
            let submitters = (entry["submitters"]?.arrayValue ?? []).compactMap(\.stringValue).map(normalised)
            let line = Int(entry["line"]?.intValue ?? 0)
            let accepted = (entry["status"]?.arrayValue ?? []).compactMap(\.stringValue)
            let match = motions.indices.first { k in
                guard !taken[k] else { return false }
                let motion = motions[k]
                if let id { return motion.id?.canonical == id }
                guard motion.id == nil else { return false }
                if !submitters.isEmpty { return Set(names(motion.name)) == Set(submitters) }
                return motion.mentions.contains { abs($0.line - line) <= 2 }
            }
            let what = "\(id ?? "no Kamerstuk") \(submitters.joined(separator: "/")) (line \(line))"
            guard let k = match else {
                score.missed.append(what)
                continue
            }
            taken[k] = true
            score.found += 1
            if accepted.contains(motions[k].status.rawValue) {
                score.right += 1
            } else {
                score.wrong.append("\(what): read \(motions[k].status.rawValue) (line \(motions[k].evidenceLine)), label \(accepted.joined(separator: " or "))")
            }
        }
        score.extra = motions.indices.filter { !taken[$0] }.map {
            "\(motions[$0].key) \(motions[$0].name) \(motions[$0].status.rawValue) (line \(motions[$0].mentions.first?.line ?? 0))"
        }
        return score
    }

    /// The submitters a motion's name lists: `Van der Burg en Piri c.s.` → `vanderburg`, `piri`.
    static func names(_ name: String) -> [String] {
        var plain = name
        if plain.hasSuffix(" c.s.") { plain.removeLast(5) }
        return plain.replacingOccurrences(of: " en ", with: "/").replacingOccurrences(of: ", ", with: "/")
            .split(separator: "/").map { normalised(String($0)) }
    }

    /// A name without case or spaces: `Van der Burg` and `van der Burg` are one.
    static func normalised(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace }
    }
}

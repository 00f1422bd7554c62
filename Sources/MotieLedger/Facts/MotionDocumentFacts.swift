import Foundation
import Kamerstuk

/// The facts a motion's own text gives (a `kst-…` motion from officielebekendmakingen, as XML
/// or as PDF text): its Kamerstuk, title, signatories, the day and debate it was proposed in
/// (`Voorgesteld [tijdens het Notaoverleg van] 2 juni 2025`), the dossier, the motion a changed
/// one replaces, and the dictum (`verzoekt de regering …` up to `en gaat over tot de orde van de
/// dag.`). The publisher's metadata, where the XML has it, wins over the text for the ID, the
/// title with its subject and the date; the text alone serves for PDF.
///
/// The document says nothing of parties: submitters have none here.
package enum MotionDocumentFacts {
    /// The facts of `document`, or `nil` when it is not a motion (no printed `MOTIE VAN …`
    /// title, or no closing `en gaat over tot de orde van de dag`).
    package static func read(_ document: SourceDocument) -> SourcedFacts? {
        let lines = String(decoding: document.text.bytes, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { MotionTitle.collapse(String($0)) }
        guard let titleLine = lines.prefix(40).firstIndex(where: { printedTitleStart($0) != nil }),
              let closing = lines.firstIndex(where: { $0.lowercased().hasPrefix("en gaat over tot de orde van de dag") })
        else { return nil }
        let metadata = document.metadata
        if let type = metadata?.type, !type.lowercased().hasPrefix("motie") { return nil }

        var printed = String(lines[titleLine][printedTitleStart(lines[titleLine])!...])
        var next = titleLine + 1
        while next < closing, !lines[next].isEmpty, !lines[next].contains(where: \.isLowercase) {
            printed += " " + lines[next]
            next += 1
        }
        let head = Array(lines[..<titleLine])
        let id = metadata?.identifier.flatMap { KamerstukID(canonical: $0) } ?? idFromHead(head, titleLine: lines[titleLine])
        let ownDossier = id.map { id in id.toevoeging.map { "\(id.dossier)-\($0)" } ?? id.dossier }
        let printedTitle = MotionTitle(printed, dossier: ownDossier)

        var facts = MotionFacts(id: id)
        let signatures = signatories(lines[(closing + 1)...])
        facts.submitters = signatures.isEmpty ? printedTitle.map { $0.names.map { Submitter(name: $0) } } : signatures.map { Submitter(name: $0) }
        let metadataTitle = metadata?.title.flatMap { MotionTitle($0, dossier: ownDossier) }
        facts.title = metadataTitle?.text ?? printedTitle.map { title(printed: $0, signatures: signatures) }
        facts.replaces = metadataTitle?.replaces ?? printedTitle?.replaces
        if let proposed = lines[titleLine...].prefix(8).first(where: { $0.lowercased().hasPrefix("voorgesteld") }) {
            let (day, debate) = proposal(proposed)
            facts.submitted = day
            facts.debate = debate
        }
        facts.submitted = facts.submitted ?? metadata?.date
        facts.dossier = dossierTitle(head)
        facts.dictum = dictum(Array(lines[titleLine..<closing]))
        guard id != nil || facts.title != nil else { return nil }
        return SourcedFacts(facts, source: FactsSource(kind: .motion, reference: id?.canonical ?? facts.title!, date: facts.submitted))
    }

    /// Where a printed title starts in a line (`Nr. 452 MOTIE VAN HET LID …` in PDF text).
    static func printedTitleStart(_ line: String) -> String.Index? {
        for opening in ["NADER GEWIJZIGDE MOTIE VAN ", "GEWIJZIGDE MOTIE VAN ", "MOTIE VAN "] {
            if let range = line.range(of: opening) { return range.lowerBound }
        }
        return nil
    }

    /// The title built from the printed one with the names as signed (capitals are the
    /// printer's): `MOTIE VAN DE LEDEN KISTEMAN EN FLACH` → `Motie van de leden Kisteman en Flach`.
    static func title(printed: MotionTitle, signatures: [String]) -> String {
        let names = signatures.count >= printed.names.count ? Array(signatures.prefix(printed.names.count)) : printed.names
        var title = printed.changed ? "Gewijzigde motie" : "Motie"
        if printed.text.lowercased().hasPrefix("nader") { title = "Nader gewijzigde motie" }
        if names.count == 1 {
            title += " van het lid \(names[0])"
        } else {
            title += " van de leden " + names.dropLast().joined(separator: ", ") + " en " + names.last!
        }
        return printed.cosigned ? title + " c.s." : title
    }

    /// The Kamerstuk from the head of PDF text: the dossier line (`28 165`, `36 725 XVII`,
    /// `21 501-33`) and `Nr. 452`.
    static func idFromHead(_ head: [String], titleLine: String) -> KamerstukID? {
        let candidates = head + [titleLine]
        guard let numberLine = candidates.last(where: { $0.hasPrefix("Nr. ") }),
              let number = numberLine.dropFirst(4).split(separator: " ").first,
              let dossierLine = head.first(where: { $0.first?.isNumber == true })
        else { return nil }
        var digits = ""
        var rest = Substring(dossierLine)
        while let character = rest.first, character.isNumber || character == " " {
            if character.isNumber { digits.append(character) }
            rest = rest.dropFirst()
        }
        var toevoeging: String?
        if rest.hasPrefix("-") {
            toevoeging = String(rest.dropFirst().prefix { $0.isNumber || $0.isUppercase })
        } else if let word = rest.split(separator: " ").first, word.allSatisfy({ $0.isUppercase || $0.isNumber }), word.count <= 5 {
            toevoeging = String(word)
        }
        return KamerstukID(dossier: digits, toevoeging: toevoeging, number: String(number))
            ?? KamerstukID(dossier: digits, toevoeging: nil, number: String(number))
    }

    /// The dossier's title: the head's text after the dossier number, up to `Nr.`.
    static func dossierTitle(_ head: [String]) -> String? {
        guard let numberAt = head.firstIndex(where: { $0.first?.isNumber == true }) else { return nil }
        var parts: [String] = []
        let afterNumber = head[numberAt].drop { $0.isNumber || $0 == " " || $0 == "-" }
        if !afterNumber.isEmpty, afterNumber.contains(where: \.isLowercase) { parts.append(String(afterNumber)) }
        for line in head[(numberAt + 1)...] {
            if line.hasPrefix("Nr. ") { break }
            if line.isEmpty || !line.contains(where: \.isLowercase) { continue }
            parts.append(line)
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// `Voorgesteld 11 juni 2025` → the day; `Voorgesteld tijdens het Notaoverleg van 2 juni
    /// 2025` → the day and `Notaoverleg van 2 juni 2025`.
    static func proposal(_ line: String) -> (Day?, String?) {
        let bytes = Array(line.utf8)
        let words = Words.split(bytes, in: 0..<bytes.count)
        var day: Day?
        for k in words.indices {
            if let date = DutchDate.date(at: k, in: words, reference: nil)?.day {
                day = date
                break
            }
        }
        var debate: String?
        let lower = line.lowercased()
        for marker in ["tijdens het ", "tijdens de "] {
            if let range = lower.range(of: marker) {
                let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
                debate = String(line.dropFirst(offset)).trimmingWhitespace
                break
            }
        }
        return (day, debate)
    }

    /// The dictum: from the first paragraph that asks or states (`verzoekt`, `draagt … op`,
    /// `roept … op`, `spreekt uit`) to the closing; paragraphs joined with a line break, the
    /// lines of one paragraph (PDF text) with a space.
    static func dictum(_ body: [String]) -> String? {
        let openings = ["verzoekt ", "draagt ", "roept ", "spreekt uit", "spreekt zich uit", "besluit "]
        guard let start = body.firstIndex(where: { line in openings.contains { line.lowercased().hasPrefix($0) } }) else { return nil }
        var paragraphs: [String] = []
        var current = ""
        for line in body[start...] {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
            } else {
                current += current.isEmpty ? line : " " + line
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs.joined(separator: "\n")
    }

    /// The names signed under the closing, in the order signed; page furniture after them (a
    /// footer with numbers) ends the list.
    static func signatories(_ lines: ArraySlice<String>) -> [String] {
        var names: [String] = []
        for line in lines where !line.isEmpty {
            let words = line.split(separator: " ")
            guard words.count <= 5, line.count <= 40, line.first?.isUppercase == true,
                  !line.contains(where: \.isNumber), !line.contains(",") else { break }
            // The last signature sometimes closes with a full stop (`Kröger.`).
            names.append(line.hasSuffix(".") ? String(line.dropLast()) : line)
        }
        return names
    }
}

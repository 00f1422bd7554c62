import Foundation
import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// Words other PDF extractors glue or break, repaired where certain (NOTES-text.md §1–2), every
/// place still the user's; and what is left as written, which the motion reader reads as it
/// stands.
@Suite("Repair of what extractors do to words")
struct ExtractionRepairTests {
    /// The clean text of `text` after the repair, and the document read from it.
    static func repaired(_ text: String) -> String {
        ExtractionRepair.repaired(CleanText(SourceText(text))).string
    }

    static func document(_ file: String) throws -> AnswerDocument {
        try Fixture.document("corpus/" + file)
    }

    /// The line and column in the input of the first place `needle` stands in the clean text.
    static func place(of needle: String, in document: AnswerDocument) -> Kamerstuk.SourceLocation? {
        let bytes = document.text.bytes, target = Array(needle.utf8)
        guard let start = (0...(bytes.count - target.count)).first(where: { bytes[$0..<($0 + target.count)].elementsEqual(target) })
        else { return nil }
        return document.location(of: start)
    }

    @Test("PyPDF's glued words in the corpus, split where they are names and motions, each at its place in the file")
    func realGlue() throws {
        // ah-562:18 `de uitvoering van de motieBikker-Van den Hil.`
        let bikker = try Self.document("aanhangsel-text/ah-562-uitstel-wachttijden-ggz.txt")
        #expect(Self.place(of: "motie Bikker-Van den Hil.", in: bikker) == Kamerstuk.SourceLocation(line: 18, column: 209))
        #expect(bikker.bodyText(0..<bikker.body.count).contains("de uitvoering van de motie Bikker-Van den Hil."))
        // ah-18566:9 `de aangenomen motie-VanNispen c.s.`, 18566:13 `de aangenomenmotie-Van Nispen c.s.?`
        let nispen = try Self.document("aanhangsel-text/ah-2024z18566-veldzicht-motie-van-nispen.txt")
        let text = nispen.bodyText(0..<nispen.body.count)
        #expect(text.contains("de aangenomen motie-Van Nispen c.s., bestaat uit"))
        #expect(text.contains("in het licht van de aangenomen motie-Van Nispen c.s.?"))
        #expect(!text.contains("VanNispen") && !text.contains("aangenomenmotie"))
        // ah-545:32 `de aangenomen motie van het lid VanMeenen c.s. (D66, Eerste Kamer)`; 545:36
        // `isontvangen.Ik streef`: the sentence ends there.
        let meenen = try Self.document("aanhangsel-text/ah-545-uitstel-kinderen-noodopvang.txt")
        #expect(meenen.bodyText(0..<meenen.body.count).contains("de aangenomen motie van het lid Van Meenen c.s. (D66, Eerste Kamer)"))
        #expect(Self.place(of: "Meenen c.s.", in: meenen)?.line == 32)
        let sentences = Sentences.split(meenen.body, in: 0..<meenen.body.count).map { meenen.bodyText($0) }
        #expect(sentences.contains("Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden."))
        // pdftotext 878:13 `Vragen van het lid Inge vanDijk (CDA)`: the section's asker.
        let dijk = try Self.document("pdftotext/ah-tk-20232024-878.txt")
        #expect(dijk.bodyText(0..<dijk.body.count).contains("Vragen van het lid Inge van Dijk (CDA)"))
        // ah-18435:17 `de MIRT-verkenning van deNedersaksenlijn`.
        let lely = try Self.document("aanhangsel-text/ah-2024z18435-lelylijn-nedersaksenlijn.txt")
        #expect(lely.bodyText(0..<lely.body.count).contains("de MIRT-verkenning van de Nedersaksenlijn te starten?"))
    }

    @Test("a line break's hyphen left in a word the readers look for: joined, so that its citation reads")
    func realBrokenWords() throws {
        // ah-586:34 `(Kamerstuk-ken 23 645, nr. 811 en 29 984, nr. 1207)` and `(Kamer-stuk 23 645, nr. 828)`,
        // as the label reads them.
        let document = try Self.document("aanhangsel-text/ah-586-nibud-mobiliteit.txt")
        let ids = Set(document.citations.compactMap { $0.id?.canonical })
        #expect(ids.isSuperset(of: ["kst-23645-811", "kst-29984-1207", "kst-23645-813", "kst-23645-828"]))
        #expect(Self.place(of: "Kamerstukken 23 645", in: document) == Kamerstuk.SourceLocation(line: 34, column: 218))
        // Other hyphens of the same kind stay: no word list tells them from compounds.
        #expect(document.bodyText(0..<document.body.count).contains("de tariefsverho-ging van 2024"))
        // pdftotext -layout 2271:303 `een behande-⏎ling`: one word over the line, the line kept.
        let eetstoornissen = try Self.document("pdftotext-layout/ah-tk-20232024-2271.txt")
        let at = try #require(eetstoornissen.text.string.utf8.firstRange(of: "bij een behande".utf8))
        let offset = eetstoornissen.text.string.utf8.distance(from: eetstoornissen.text.string.utf8.startIndex, to: at.lowerBound)
            + "bij een ".utf8.count
        #expect(Words.split(eetstoornissen.body, in: offset..<(offset + 20)).first?.folded == "behandeling")
        #expect(eetstoornissen.location(of: offset + "behande\u{AD}\n".utf8.count).line == 304)
    }

    @Test("made up, the same shapes: glued where certain, split with a space", arguments: [
        ("Hoe geeft u uitvoering aan de motieKlaver over de bouw?", "Hoe geeft u uitvoering aan de motie Klaver over de bouw?"),
        ("de aangenomen motieDekker-Abdulaziz/Van der Graaf", "de aangenomen motie Dekker-Abdulaziz/Van der Graaf"),
        ("de gewijzigdemotie van het lid Bikker", "de gewijzigde motie van het lid Bikker"),
        ("demotie-Klaver c.s.", "de motie-Klaver c.s."),
        ("zoals gevraagd in de motievan het lid Dobbe", "zoals gevraagd in de motie van het lid Dobbe"),
        ("de motiesover de jeugdzorg", "de moties over de jeugdzorg"),
        ("het kabinet heeft uitvoering gegevenaan de motie", "het kabinet heeft uitvoering gegeven aan de motie"),
        ("de motie van het lid TerHorst c.s.", "de motie van het lid Ter Horst c.s."),
        ("de leden DenBoer en Piri", "de leden Den Boer en Piri"),
        ("de motie-DeJong", "de motie-De Jong"),
        ("de rest volgt.Daarna komt", "de rest volgt. Daarna komt"),
        ("(Kamerstuk-ken 23 645, nr. 811)", "(Kamerstukken 23 645, nr. 811)"),
        ("de uitvoe-ring van de mo- tie", "de uitvoering van de motie"),
        ("de Kamer-\nstukken", "de Kamer\u{AD}\nstukken"),
        // `De Nederlandsche Bank` run into the word before it at a line's end.
        ("bij deNederlandsche Bank", "bij de Nederlandsche Bank"),
        ("(Kamerstuk 23 645, nr. 828).Het kabinet", "(Kamerstuk 23 645, nr. 828). Het kabinet"),
    ])
    func madeUpGlue(text: String, expected: String) {
        #expect(Self.repaired(text) == expected)
    }

    @Test("what stays as written: real hyphens, compounds, capitals inside a capitalised word, names as printed outside a motion's naming, links and addresses", arguments: [
        "EU-lidstaten", "de motie-Dekker-Abdulaziz", "de motie-Klaver", "motie-indieners", "vier-ogen", "zij-instroom",
        "mbo- en hbo-studenten", "GroenLinks-PvdA", "ChristenUnie", "Stichting DeBuren", "de demotie van een ambtenaar",
        "de motieven", "Promotiebeurs", "promotieonderzoek", "https://www.rijksoverheid.nl/kamerstukken/2024/motieKlaver",
        "info@minOCW.nl", "iPhone en eHerkenning", "MH17 en COVID19", "uitvoe-\n\nring", "EU-\nlidstaten", "c.s.De motie",
        "www.tweedekamer.nl/debatten.Het", "Kinder-rechtencollectief", "de SGP-motie",
        "McDonald", "de motie van het lid McDonald c.s.", "Noord-Holland", "Noord-\nHolland", "de fractie van de ChristenUnie",
        "VanMoof en EenVandaag", "MijnOverheid", "eDepot", "(zie bijlage 2).", "(https://www.rijksoverheid.nl/a).Het",
    ])
    func leftAsWritten(text: String) {
        #expect(Self.repaired(text) == text)
    }

    @Test("names printed with a capital inside, or with a hyphen of their own, stay as printed in every corpus text that has them")
    func realNamesUntouched() throws {
        // Found by reading: firms, programmes, parties and places as their documents print them.
        let names: [(file: String, words: [String])] = [
            ("letters-text/jaarverslag-ocw-2020.txt", ["McKinsey", "DeBuren", "eDepot", "Zuid-Holland"]),
            ("letters-text/jaarverslag-ocw-2021.txt", ["DeBuren", "ZonMw", "eDepot"]),
            ("letters-text/jaarverslag-ocw-2022.txt", ["ChristenUnie", "GroenLinks", "McKinsey", "ZonMw", "DeBuren"]),
            ("letters-text/npo-financiele-terugblik-2019.txt", ["PowNed"]),
            ("pdftotext/ah-tk-20232024-878.txt", ["MijnOverheid", "MijnDigiD", "GroenLinks"]),
            ("pdftotext/ah-tk-20232024-1771.txt", ["EenVandaag"]),
            ("pdftotext-layout/ah-tk-20232024-2313.txt", ["EenVandaag", "GroenLinks-PvdA"]),
            ("aanhangsel-text/ah-2024z18559-wet-politiegegevens.txt", ["GroenLinks-PvdA"]),
            ("aanhangsel-text/ah-562-uitstel-wachttijden-ggz.txt", ["ChristenUnie"]),
        ]
        for (file, words) in names {
            let raw = String(decoding: try Fixture.bytes("corpus/" + file), as: UTF8.self)
            let read = try Self.document(file).text.string
            for word in words {
                let printed = raw.components(separatedBy: word).count - 1
                #expect(printed > 0, "\(file): \(word)")
                #expect(read.components(separatedBy: word).count - 1 == printed, "\(file): \(word)")
            }
        }
    }

    @Test("the family of PyPDF's and Word's texts (all of aanhangsel-text): every lower-case word run into a capitalised one and every sentence run into the next is split, and nothing is left")
    func familyGlueGone() throws {
        let directory = Fixture.directory.appendingPathComponent("corpus/aanhangsel-text")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 9)
        var printed = 0, left: [String] = []
        for file in files {
            let raw = String(decoding: try Fixture.bytes("corpus/aanhangsel-text/" + file), as: UTF8.self)
            printed += Self.glued(in: raw).count
            left += Self.glued(in: try Self.document("aanhangsel-text/" + file).text.string).map { "\(file): \($0)" }
        }
        // Counted by hand in the nine files: 19 words and 14 sentences run together.
        #expect(printed == 33)
        #expect(left.isEmpty, "\(left)")
    }

    /// The words of `text` (outside links and addresses) in which a lower-case word of two
    /// letters or more runs into a capitalised one (`deKamer`), or a sentence's end — after a
    /// lower-case word or a bracket — into the next (`ontvangen.Ik`, `828).Het`). A test's own
    /// reading, apart from the repair's.
    static func glued(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).compactMap { token -> String? in
            if token.contains("@") || token.contains("://") || token.contains("www.") { return nil }
            let chars = Array(token)
            for k in chars.indices.dropFirst().dropLast() {
                let wordStart = chars[..<k].lastIndex(where: { !$0.isLetter }).map { $0 + 1 } ?? 0
                if chars[k].isUppercase, chars[k + 1].isLowercase, k - wordStart >= 2, chars[wordStart].isLowercase,
                   chars[wordStart..<k].allSatisfy(\.isLetter) {
                    return String(token)
                }
                if ".?!".contains(chars[k]), k + 2 < chars.count, chars[k + 1].isUppercase, chars[k + 2].isLowercase,
                   chars[k - 1] == ")" || (k >= 3 && chars[(k - 3)..<k].allSatisfy(\.isLowercase)) {
                    return String(token)
                }
            }
            return nil
        }
    }

    @Test("the seed and every written fixture read as before: nothing in them is glued or broken")
    func fixturesUntouched() throws {
        for name in ["2026D03887.txt", "2026D07412.txt", "2026D11873.txt", "family-jenv-antwoorden-begroting.txt",
                     "family-letter-uitvoering-motie.txt", "family-annex-overzicht-moties.txt", "family-citation-forms.txt"] {
            let clean = CleanText(try SourceText(validating: Fixture.bytes(name)))
            #expect(ExtractionRepair.repaired(clean).bytes == clean.bytes, "\(name)")
        }
    }
}

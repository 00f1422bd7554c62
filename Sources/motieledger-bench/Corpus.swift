import MotieLedger

/// Generates large inputs that look like the documents MotieLedger reads: Dutch answer text
/// from PDF extraction, with its ligature glyphs, page breaks, footnotes, amounts and years,
/// and Kamerstuk citations in every written form at the density of the real documents
/// (2026D03887 cites a Kamerstuk about once every two kilobytes).
struct Corpus {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(state: seed) }

    static let sentences: [String] = [
        "Het kabinet deelt de urgentie om de leveringszekerheid van kritieke grondstoƯen te vergroten.",
        "Nederland zet zich hier zowel in bilateraal als in multilateraal en EU-verband voor in.",
        "Momenteel bevinden de benodigde wetgevings- en uitvoeringstoetsen zich in de afrondende fase.",
        "De Kamer is hierover op 12 december 2024 per brief geïnformeerd over de (on)mogelijkheden.",
        "Zo is Radio Dabanga in 2025 met EUR 750.000 ondersteund en wordt een nieuwe bijdrage bezien.",
        "Het kabinet zal in de aankomende periode bij Israël erop blijven aandringen de VN toegang te geven.",
        "Hierbij treŌ u de schriŌelijke antwoorden aan op vragen gesteld Ɵjdens de eerste termijn.",
        "De totale omvang HGIS in 2026 is EUR 8,2 miljard, waarvan EUR 6,7 miljard als ODA kwalificeert.",
        "Het ministerie van Buitenlandse Zaken is tot de conclusie gekomen dat andere methodes eƯectiever zijn.",
        "De implementatie van de financiële bijdrage is in de eerste helft van 2026 voorzien.",
        "Tegelijkertijd gaat het kabinet zorgvuldig te werk vanwege de complexiteit van de materie.",
        "Het kabinet acht het niet verstandig om in het openbaar te communiceren over de resultaten.",
        "Mensenrechtenorganisatie HRANA rapporteerde gister dat er zeker 6.126 zijn gevallen.",
        "De VoorziƩer van de Tweede Kamer der Staten-Generaal ontving op 28 januari jl. de brief.",
        "Via de interdepartementale Taskforce wordt binnen de Rijksoverheid samengewerkt aan de identificatie van risico’s.",
        "Ambtenaren zijn gehouden aan de ambtenarenwet, waaronder Artikel 10 en de regels voor openbaarheid.",
        "Bij de Voorjaarsnota 2026 zal het kabinet invulling geven aan de rest van de motie.",
        "Het kabinet komt het lid Piri graag tegemoet door voor 2026 en 2027 alvast het budget te corrigeren.",
        "Daarnaast spreekt de Speciaal Vertegenwoordiger regelmatig met zijn collega’s in Europese landen.",
        "Het zal afhangen van verdere ontwikkelingen of wij besluiten ons door een ambassadeur te laten vertegenwoordigen.",
    ]

    mutating func citation() -> String {
        let dossier = Int.random(in: 20000...36999, using: &rng)
        let spaced = "\(dossier / 1000) \(String(dossier % 1000).leftPadded(to: 3))"
        let number = Int.random(in: 1...4000, using: &rng)
        let chapter = ["V", "IV", "XIII", "IXB", "B"].randomElement(using: &rng)!
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return "Kamerstuk 21501-02, nr. \(number)"
        case 1: return "Kamerstuk \(spaced)-\(chapter), nr. \n\(number)"
        case 2: return "Kamerstuk \(dossier)-\(number + 100)"
        case 3: return "Kamerstuk \(spaced), nr. \(number)"
        case 4: return "Kamerstukken II 2024/25, \(spaced), nr. \(number)"
        case 5: return "Kamerstukken \(dossier) \(chapter), J en \(dossier) \(chapter), M"
        case 6: return "Kamerstuk \(dossier)-\(chapter)-\(number)"
        case 7: return "Kamerstuk 21 501-20, nrs. \(number) en \(number + 1)"
        case 8: return "kst-\(dossier)-\(chapter)-\(number)"
        default: return "Kamerstukken I 2019/20, \(spaced), nr. F"
        }
    }

    /// At least `bytes` bytes of text.
    mutating func text(bytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 4096)
        var footnote = 1
        var line = ""
        while out.count < bytes {
            var sentence = Corpus.sentences.randomElement(using: &rng)!
            let roll = Int.random(in: 0..<100, using: &rng)
            if roll < 3 {
                sentence = "Conform de motie (\(citation())) heeft het kabinet gehandeld."
            } else if roll < 6 {
                sentence = "Hiermee is uitvoering gegeven aan de motie.\(footnote)"
                footnote += 1
            }
            for word in sentence.split(separator: " ") {
                if line.utf8.count + word.utf8.count > 78 {
                    out += Array((line + " \n").utf8)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            if Int.random(in: 0..<12, using: &rng) == 0 {
                out += Array((line + " \n\n \n\n").utf8)
                line = ""
            }
            if Int.random(in: 0..<60, using: &rng) == 0 {
                out += Array("\n\n\n \n\n \n\n\(footnote) \(citation()) \n\n\n \n\n".utf8)
                footnote += 1
            }
            // A new document every so often: footnotes count from 1 again.
            if footnote > 60 { footnote = 1 }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

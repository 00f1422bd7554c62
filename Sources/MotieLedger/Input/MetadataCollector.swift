import Kamerstuk

/// Collects a document's metadata as an XML reader meets it: the `<meta>` elements, and the
/// head's `dossiernr`, `begrotingshoofdstuk`/`raadnr`, `ondernummer` and `datum isodatum` for
/// files without them (some carry only `OVERHEIDop.externMetadataRecord`).
struct MetadataCollector {
    private var meta: [String: String] = [:]
    private var kamerstukType: String?
    private var dossierNumber: String?
    private var toevoeging: String?
    private var documentNumber: String?
    private var headDate: Day?

    /// A `<meta name=… content=… scheme=…>`; the first of each name counts.
    mutating func meta(name: String, content: String, scheme: String?) {
        let content = content.trimmingWhitespace
        guard !content.isEmpty else { return }
        if name == "DC.type", let scheme, scheme.hasSuffix("Typen") {
            kamerstukType = kamerstukType ?? content
        }
        if meta[name] == nil { meta[name] = content }
    }

    /// The text of a head element (`dossiernr`, `begrotingshoofdstuk`, `raadnr`, `ondernummer`).
    mutating func head(_ element: String, text: String) {
        let text = text.trimmingWhitespace
        guard !text.isEmpty else { return }
        switch element {
        case "dossiernr": dossierNumber = dossierNumber ?? text
        case "begrotingshoofdstuk", "raadnr": toevoeging = toevoeging ?? text
        case "ondernummer": documentNumber = documentNumber ?? text
        default: break
        }
    }

    /// A `<datum isodatum=…>`: the first one is the document's.
    mutating func date(iso: String) {
        headDate = headDate ?? Day(iso: iso.trimmingWhitespace)
    }

    var metadata: DocumentMetadata {
        var identifier = meta["DC.identifier"]
        if identifier == nil, let dossierNumber, let documentNumber {
            let dossier = String(dossierNumber.filter { $0.isNumber })
            let toevoeging = toevoeging.map { String($0.filter { $0.isLetter || $0.isNumber }) }
            identifier = KamerstukID(dossier: dossier, toevoeging: toevoeging, number: documentNumber)?.canonical
        }
        let date = ["OVERHEIDop.datumOndertekening", "DCTERMS.issued", "DCTERMS.available"].lazy
            .compactMap { self.meta[$0].flatMap { Day(iso: $0.prefix(10)) } }.first ?? headDate
        return DocumentMetadata(identifier: identifier, date: date, type: kamerstukType, dossier: meta["OVERHEIDop.dossiernummer"],
                                title: meta["OVERHEIDop.documenttitel"], session: meta["OVERHEIDop.vergaderjaar"])
    }
}

import Kamerstuk

/// What a published document says of itself: officielebekendmakingen's metadata (`<meta>`),
/// else what its own head gives (`dossiernr`, `ondernummer`, `datum isodatum`). Where present
/// it wins over what the reader finds in the text.
package struct DocumentMetadata: Hashable, Sendable {
    /// The publication's identifier (`DC.identifier`): `kst-36725-11`, `ah-tk-20232024-1432`.
    package var identifier: String?
    /// The document's date: signed (`OVERHEIDop.datumOndertekening`), else published
    /// (`DCTERMS.issued`, `DCTERMS.available`), else the date its head gives.
    package var date: Day?
    /// The kind of document (`DC.type` in a `…Typen` scheme): `Motie`, `Brief`, `Verslag`.
    package var type: String?
    /// The dossier (`OVERHEIDop.dossiernummer`, `36800-IX`).
    package var dossier: String?
    /// The document's title (`OVERHEIDop.documenttitel`).
    package var title: String?
    /// The session year (`OVERHEIDop.vergaderjaar`, `2024-2025`).
    package var session: String?

    package init(identifier: String? = nil, date: Day? = nil, type: String? = nil, dossier: String? = nil,
                title: String? = nil, session: String? = nil) {
        self.identifier = identifier
        self.date = date
        self.type = type
        self.dossier = dossier
        self.title = title
        self.session = session
    }
}

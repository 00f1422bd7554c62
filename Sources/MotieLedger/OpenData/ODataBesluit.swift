/// A `Besluit`: what the Kamer decided on an agenda item (`Stemmen - aangenomen`, …).
struct ODataBesluit: Decodable, Sendable {
    let id: String
    let besluitSoort: String?
    let besluitTekst: String?
    let gewijzigdOp: String?
    let verwijderd: Bool?
    let agendapunt: ODataAgendapunt?
    /// The Zaken the decision is about, where the record was expanded with them directly.
    let zaken: [ODataZaakReference]?

    enum CodingKeys: String, CodingKey {
        case id = "Id", besluitSoort = "BesluitSoort", besluitTekst = "BesluitTekst", gewijzigdOp = "GewijzigdOp"
        case verwijderd = "Verwijderd", agendapunt = "Agendapunt", zaken = "Zaak"
    }
}

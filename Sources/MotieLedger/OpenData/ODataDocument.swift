/// A `Document` of a Zaak; the motion's own is the one of `Soort` `Motie…` whose current
/// version names its Kamerstuk (`HuidigeDocumentVersie.ExterneIdentifier`).
struct ODataDocument: Decodable, Sendable {
    let soort: String
    let documentNummer: String?
    let datum: String?
    let volgnummer: Int?
    let verwijderd: Bool?
    let version: Version?

    struct Version: Decodable, Sendable {
        let externeIdentifier: String?
        enum CodingKeys: String, CodingKey { case externeIdentifier = "ExterneIdentifier" }
    }

    enum CodingKeys: String, CodingKey {
        case soort = "Soort", documentNummer = "DocumentNummer", datum = "Datum", volgnummer = "Volgnummer"
        case verwijderd = "Verwijderd", version = "HuidigeDocumentVersie"
    }
}

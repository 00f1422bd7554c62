import Foundation

/// The records of the Tweede Kamer's open data (gegevensmagazijn, OData v4) that say what a
/// motion is and how it was voted, with the fields MotieLedger reads. Field names are the API's
/// own. A field the API may leave out or set to null is optional here; one it always gives is
/// required, so that a record without it is refused with its name, not read half.
enum ODataRecord: Sendable {
    case zaak(ODataZaak)
    case besluit(ODataBesluit)
    case stemming(ODataStemming)
}

/// A `Zaak`: the case a motion is in parliament, with its documents.
struct ODataZaak: Decodable, Sendable {
    let id: String
    let nummer: String
    let soort: String
    let onderwerp: String?
    let titel: String?
    let gestartOp: String?
    let gewijzigdOp: String?
    let kabinetsappreciatie: String?
    let verwijderd: Bool?
    let documents: [ODataDocument]?
    let actors: [ODataZaakActor]?

    enum CodingKeys: String, CodingKey {
        case id = "Id", nummer = "Nummer", soort = "Soort", onderwerp = "Onderwerp", titel = "Titel"
        case gestartOp = "GestartOp", gewijzigdOp = "GewijzigdOp", kabinetsappreciatie = "Kabinetsappreciatie"
        case verwijderd = "Verwijderd", documents = "Document", actors = "ZaakActor"
    }
}

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

/// A `ZaakActor`: a member or party tied to the Zaak (`Relatie` `Indiener`, `Medeindiener`).
struct ODataZaakActor: Decodable, Sendable {
    let naam: String?
    let fractie: String?
    let relatie: String?

    enum CodingKeys: String, CodingKey { case naam = "ActorNaam", fractie = "ActorFractie", relatie = "Relatie" }
}

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

/// An `Agendapunt` with the Zaken it treats: what links a vote to its motion.
struct ODataAgendapunt: Decodable, Sendable {
    let onderwerp: String?
    let zaken: [ODataZaakReference]?

    enum CodingKeys: String, CodingKey { case onderwerp = "Onderwerp", zaken = "Zaak" }
}

/// A Zaak as it appears inside a Besluit or Agendapunt: without its documents.
struct ODataZaakReference: Decodable, Sendable {
    let nummer: String
    let soort: String?
    let onderwerp: String?
    let kabinetsappreciatie: String?
    let gestartOp: String?

    enum CodingKeys: String, CodingKey {
        case nummer = "Nummer", soort = "Soort", onderwerp = "Onderwerp", kabinetsappreciatie = "Kabinetsappreciatie"
        case gestartOp = "GestartOp"
    }
}

/// A `Stemming`: one party's (or, in a roll call, one member's) vote on a Besluit.
struct ODataStemming: Decodable, Sendable {
    let id: String
    let soort: String
    let besluitId: String
    let actorFractie: String?
    let actorNaam: String?
    /// The party's seats at the vote; not `Fractie.AantalZetels`, which is its size today.
    let fractieGrootte: Int?
    let persoonId: String?
    let verwijderd: Bool?
    let besluit: ODataBesluit?

    enum CodingKeys: String, CodingKey {
        case id = "Id", soort = "Soort", besluitId = "Besluit_Id", actorFractie = "ActorFractie", actorNaam = "ActorNaam"
        case fractieGrootte = "FractieGrootte", persoonId = "Persoon_Id", verwijderd = "Verwijderd", besluit = "Besluit"
    }
}

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

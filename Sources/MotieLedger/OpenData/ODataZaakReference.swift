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

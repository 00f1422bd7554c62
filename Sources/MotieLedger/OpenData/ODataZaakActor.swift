/// A `ZaakActor`: a member or party tied to the Zaak (`Relatie` `Indiener`, `Medeindiener`).
struct ODataZaakActor: Decodable, Sendable {
    let naam: String?
    let fractie: String?
    let relatie: String?

    enum CodingKeys: String, CodingKey { case naam = "ActorNaam", fractie = "ActorFractie", relatie = "Relatie" }
}

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

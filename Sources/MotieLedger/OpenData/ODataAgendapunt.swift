/// An `Agendapunt` with the Zaken it treats: what links a vote to its motion.
struct ODataAgendapunt: Decodable, Sendable {
    let onderwerp: String?
    let zaken: [ODataZaakReference]?

    enum CodingKeys: String, CodingKey { case onderwerp = "Onderwerp", zaken = "Zaak" }
}

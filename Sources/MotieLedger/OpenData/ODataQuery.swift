/// The questions `fetch --motions --since DATE` asks the open-data API, shaped like the
/// records' own `@odata.context`: the motions' Zaken with their Documents (and the current
/// version that names the Kamerstuk) and their submitters, and the votes on motions with their
/// Besluit → Agendapunt → Zaak. Both ask for what changed on or after a day, oldest first, so
/// that a later run with a later `--since` picks up where one left off.
package struct ODataQuery: Hashable, Sendable {
    /// The API (`MOTIELEDGER_ODATA_URL` replaces it).
    package static let defaultBase = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"

    /// The entity set asked for.
    package let entity: String
    /// The query options in order (`$filter`, `$expand`, `$orderby`), unencoded.
    package let options: [(String, String)]

    package static func == (lhs: ODataQuery, rhs: ODataQuery) -> Bool {
        lhs.entity == rhs.entity && lhs.options.elementsEqual(rhs.options) { $0 == $1 }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(entity)
        for (key, value) in options {
            hasher.combine(key)
            hasher.combine(value)
        }
    }

    /// Motions' Zaken changed since `day`.
    package static func motions(since day: Day) -> ODataQuery {
        ODataQuery(entity: "Zaak", options: [
            ("$filter", "Soort eq 'Motie' and Verwijderd eq false and GewijzigdOp ge \(day.iso)T00:00:00Z"),
            ("$expand", "Document($expand=HuidigeDocumentVersie),ZaakActor"),
            ("$orderby", "GewijzigdOp"),
        ])
    }

    /// Votes on motions changed since `day`, each with the decision and the Zaak it decides.
    package static func votes(since day: Day) -> ODataQuery {
        ODataQuery(entity: "Stemming", options: [
            ("$filter", "Verwijderd eq false and GewijzigdOp ge \(day.iso)T00:00:00Z and Besluit/Agendapunt/Zaak/any(z: z/Soort eq 'Motie')"),
            ("$expand", "Besluit($expand=Agendapunt($expand=Zaak))"),
            ("$orderby", "GewijzigdOp"),
        ])
    }

    /// The query's address under `base`, each option's value percent-encoded.
    package func url(base: String) -> String {
        let root = base.hasSuffix("/") ? String(base.dropLast()) : base
        let query = options.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
        return "\(root)/\(entity)?\(query)"
    }

    /// Percent-encodes what may not stand in a query value (a space, a quote, `&`, `=`, `+`, `#`);
    /// letters, digits and the OData punctuation `$()/,:-._~` stay.
    static func encode(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            let keep = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "$()/,:-._~".utf8.contains(byte)
            if keep {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF".utf8)
                out += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self)
            }
        }
        return out
    }
}

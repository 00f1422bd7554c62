/// The records of the Tweede Kamer's open data (gegevensmagazijn, OData v4) that say what a
/// motion is and how it was voted, with the fields MotieLedger reads. Field names are the API's
/// own. A field the API may leave out or set to null is optional here; one it always gives is
/// required, so that a record without it is refused with its name, not read half.
enum ODataRecord: Sendable {
    case zaak(ODataZaak)
    case besluit(ODataBesluit)
    case stemming(ODataStemming)
}

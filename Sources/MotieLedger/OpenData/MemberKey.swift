/// A member of an OData object by its name, for the members read by name (`value`,
/// `@odata.context`, `Nummer`) and for following a field's path through a record.
struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Who made a status event: the document reader, or a person with `record`.
public enum EventOrigin: String, Hashable, Sendable {
    case parser
    case manual
}

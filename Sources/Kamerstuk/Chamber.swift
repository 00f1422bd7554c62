/// The chamber a citation names (`Kamerstukken II`, `TK`, `Eerste Kamer`): metadata, not identity.
public enum Chamber: String, Hashable, Sendable {
    case eerste = "I"
    case tweede = "II"
}

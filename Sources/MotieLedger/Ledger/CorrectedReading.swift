/// A reading a manual record corrected: its source (a document number) and its date.
struct CorrectedReading: Hashable {
    var source: Int32
    var day: Int32
}

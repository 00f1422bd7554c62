/// How one sentence reads.
struct SentenceReading {
    let status: MotionStatus
    let weight: Int
    let conditional: Bool
    /// Read from a status label alone (`Afgedaan.`, `Openstaand.`): a sentence of the same
    /// weight that says how (`is daarmee vervallen`) goes before it.
    var label = false
}

/// The members who asked a set of questions, as a section heading names them (`Vragen van de
/// leden van der Werf en Klos (D66)`, `Vragen en opmerkingen van de leden van de VVD-fractie`),
/// or as the opening of one question does (`Het lid Van Nispen (SP) vraagt …`, `De leden van de
/// VVD-fractie vragen …`). A fraction is a party without named members.
package struct AskerSection: Hashable, Sendable {
    package let askers: [String]
    package let party: String?
    /// The heading's line, or the question's.
    package let line: Int
}

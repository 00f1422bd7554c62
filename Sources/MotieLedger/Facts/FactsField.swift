/// The fields of ``MotionFacts`` that sources give and the merge decides one by one.
package enum FactsField: String, CaseIterable, Hashable, Sendable {
    case id, title, submitters, submitted, dossier, debate, vote, replaces, advice, dictum
}

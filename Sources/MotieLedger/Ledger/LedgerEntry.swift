/// What a ledger line says, before it is numbered, dated and chained.
package enum LedgerEntry: Hashable, Sendable {
    case document(DocumentRecord)
    case status(StatusEvent)
    case alias(AliasRecord)
    case facts(FactsRecord)
    case void(VoidRecord)
    case confirm(ConfirmRecord)
    case findings(FindingsRecord)
    case found(FoundRecord)

    /// The record's `type`.
    package var type: String { recordType.name }

    var recordType: RecordType {
        switch self {
        case .document: .document
        case .status: .status
        case .alias: .alias
        case .facts: .facts
        case .void: .void
        case .confirm: .confirm
        case .findings: .findings
        case .found: .found
        }
    }

    /// The value of each of the entry's own fields, by the field's raw value.
    var values: [JSONValue] {
        switch self {
        case .document(let document): DocumentRecord.Field.allCases.map(document.value)
        case .status(let event): StatusEvent.Field.allCases.map(event.value)
        case .alias(let alias): AliasRecord.Field.allCases.map(alias.value)
        case .facts(let facts): FactsRecord.Field.allCases.map(facts.value)
        case .void(let void): VoidRecord.Field.allCases.map(void.value)
        case .confirm(let confirm): ConfirmRecord.Field.allCases.map(confirm.value)
        case .findings(let findings): FindingsRecord.Field.allCases.map(findings.value)
        case .found(let found): FoundRecord.Field.allCases.map(found.value)
        }
    }
}

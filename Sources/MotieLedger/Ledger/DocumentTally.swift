/// What one document's reading brought to the ledger, as the ledger's dated history now tells
/// it: of the events read from it, how many told news (a status or promised time the motion's
/// history did not hold at the document's date), how many restated what another source had
/// said, and how many a person corrected by hand since.
package struct DocumentTally: Hashable, Sendable {
    package let document: LedgerDocument
    package let news: Int
    package let restated: Int
    package let corrected: Int
    /// Whether another reading under the same number, with other bytes, came before this one.
    package let isReread: Bool
}

extension Timeline {
    /// Every document not withdrawn, with what its reading brought, in the order of reading.
    /// News is told by the motions' dated histories as they stand, voided events passed by, so
    /// every order of reading gives the same tallies.
    package var documentTallies: [DocumentTally] {
        var counts = [(news: Int, restated: Int, corrected: Int)](repeating: (0, 0, 0), count: replay.documents.count)
        let place = Dictionary(uniqueKeysWithValues: replay.documents.enumerated().map { ($1.seq, $0) })
        for motion in replay.liveMotions {
            var held: PackedEvent?
            for index in replay.stores[Int(motion)].events {
                let event = replay.events[Int(index)]
                guard !event.isVoided else { continue }
                guard event.flags & PackedEvent.manual == 0 else {
                    held = event
                    continue
                }
                // A document's events come before its record, which closes its reading: the
                // first reading under the source's number that ends after the event is its own.
                let readings = replay.allDocuments(number: replay.strings[event.source])
                guard let document = readings.first(where: { $0.seq > Int(event.seq) }), let slot = place[document.seq] else { continue }
                if event.isCorrected {
                    counts[slot].corrected += 1
                } else if let current = held, !Replay.tellsNews(event, after: current) {
                    counts[slot].restated += 1
                } else {
                    counts[slot].news += 1
                    held = event
                }
            }
        }
        return replay.documents.enumerated().filter { !replay.voidedDocuments.contains($0.offset) }.map { slot, document in
            DocumentTally(document: document, news: counts[slot].news, restated: counts[slot].restated, corrected: counts[slot].corrected,
                          isReread: replay.documents(number: document.number).first?.seq != document.seq)
        }
    }
}

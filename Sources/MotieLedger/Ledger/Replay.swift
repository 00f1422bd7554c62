import Kamerstuk

/// The replay: status events become motions, each with its events in history order, aliases
/// and corrections applied, and a motion's status at a cutoff comes from its dated history.
/// What it holds are numbers — of its interner, its motions, its events — that ``Timeline``
/// turns into values.
///
/// Status at a cutoff follows the events up to it in history order, by (date, order of
/// reading), restatements passed over; a manual record that corrects a document takes that
/// document's place in the order.
struct Replay: Sendable {
    var strings = Interner()
    private(set) var events = EventList()
    private(set) var stores: [MotionStore] = []
    /// For each motion, the motion an alias joined it to (-1: none), and its latest name and
    /// name key: what every event asks of its motion, kept apart from the stores in a few small
    /// arrays, which stay in the cache where the stores do not.
    private var mergedInto: [Int32] = []
    private(set) var latest: [(name: Int32, nameKey: Int32)] = []
    private var motionOfString: [Int32] = []
    private var aliasOf: [Int32: Int32] = [:]
    private(set) var aliasKeys: [Int32: [Int32]] = [:]
    /// For each key that events give a motion (its name key, its other keys), the motions
    /// given it; a motion joined to another by an alias stands for that one.
    private var carriers: [Int32: [Int32]] = [:]
    /// Every facts record, in the order of reading.
    private(set) var facts: [SourcedFacts] = []
    /// Every document, in the order of reading.
    private(set) var documents: [LedgerDocument] = []
    private var documentsByNumber: [String: [Int]] = [:]
    private var documentsBySHA: [String: Int] = [:]
    /// The documents a void withdrew, by their place in ``documents``.
    private(set) var voidedDocuments: Set<Int> = []
    /// Every void and confirm record, with its own line, in the order of reading.
    private(set) var voids: [(seq: Int, record: VoidRecord)] = []
    private(set) var confirms: [(seq: Int, record: ConfirmRecord)] = []
    /// The findings kept with an event or a document, by its line.
    private(set) var findings: [Int: [KeptFinding]] = [:]
    /// Every join of a key to an ID (alias records, and facts that replace a motion), with its
    /// line, the source that proposed it and its date, whether it held (a key's first alias not
    /// withdrawn does), and the void that withdrew its document, if any.
    private(set) var aliasRecords: [AliasJoin] = []
    /// The lines of the voids that withdrew each document number (lowercased): an alias its
    /// reading proposed before such a line, and the facts it read, are withdrawn with it.
    private var documentVoids: [String: [Int]] = [:]
    /// The words of the events read from the file, a part's at a time, when the replay keeps them.
    private var texts: [EventTexts] = []
    /// The voids and confirmations whose events are still to be marked: an event is found by
    /// its line once it is in ``events``, which a part's events are only when the part is applied.
    private var pendingMarks: [(seq: Int, entry: LedgerEntry)] = []
    /// Whether each motion's events are in history order. A replay appends the events as they
    /// come and sorts each motion's once, at the end; from then on a new event is put in its place.
    private var isSorted = false

    // MARK: Motions and documents

    /// Whether a motion has its own events, not joined to another one.
    func isLive(_ store: Int32) -> Bool {
        mergedInto[Int(store)] < 0 && !stores[Int(store)].events.isEmpty
    }

    /// Every motion that has its own events.
    var liveMotions: [Int32] {
        Array(stores.indices.lazy.map { Int32($0) }.filter(isLive))
    }

    /// The motion a key names (its ID, its name key, or an alias of it), if any.
    func motion(key: String) -> Int32? {
        guard let string = strings.find(key) else { return nil }
        return storeIndex(of: string)
    }

    /// The motions whose events give them `key` as their name key or as another key, each once.
    func motions(carrying key: String) -> [Int32] {
        guard let string = strings.find(key), let given = carriers[string] else { return [] }
        var found: [Int32] = []
        for store in given {
            let motion = resolved(store)
            if !found.contains(motion), isLive(motion) { found.append(motion) }
        }
        return found
    }

    /// The ID alias records join `key` to, and every key joined to that ID.
    func aliasedKeys(_ key: String) -> [String] {
        guard let string = strings.find(key) else { return [] }
        let id = aliasOf[string] ?? string
        return [strings[id]] + (aliasKeys[id] ?? []).map { strings[$0] }
    }

    /// The document read with these bytes, if any and not withdrawn.
    func document(sha256: String) -> LedgerDocument? {
        documentsBySHA[sha256].map { documents[$0] }
    }

    /// The latest document recorded under `number` (any case) and not withdrawn, if any.
    func latestDocument(number: String) -> LedgerDocument? {
        documentsByNumber[number.lowercased()]?.last { !voidedDocuments.contains($0) }.map { documents[$0] }
    }

    /// Every document recorded under `number` (any case) and not withdrawn, in the order of reading.
    func documents(number: String) -> [LedgerDocument] {
        (documentsByNumber[number.lowercased()] ?? []).filter { !voidedDocuments.contains($0) }.map { documents[$0] }
    }

    /// Every document recorded under `number` (any case), withdrawn ones included.
    func allDocuments(number: String) -> [LedgerDocument] {
        (documentsByNumber[number.lowercased()] ?? []).map { documents[$0] }
    }

    /// The event of line `seq`, if that line is a status event: found by halving, since the
    /// events are in the order of their lines.
    func event(seq: Int) -> Int32? {
        var low = 0, high = events.count
        while low < high {
            let middle = (low + high) / 2
            if Int(events[middle].seq) < seq { low = middle + 1 } else { high = middle }
        }
        return low < events.count && Int(events[low].seq) == seq ? Int32(low) : nil
    }

    /// The words of the event `index`, if the replay kept them.
    func text(of index: Int32) -> EventText? {
        for k in texts.indices where texts[k].first <= Int(index) {
            if let text = texts[k].text(of: Int(index)) { return text }
        }
        return nil
    }

    // MARK: Statuses

    /// The motion's status at `cutoff` (now, without one), from its dated history alone, so
    /// that every order of reading gives the same: the event that last told news (a new status,
    /// a new promised time, a manual record), and the day since which its status holds. A
    /// restatement, and a reading without a word on the motion's execution, leave the news standing.
    func state(of motion: Int32, at cutoff: Cutoff?) -> (event: Int32, since: Int32)? {
        var held: (index: Int32, event: PackedEvent)?
        var since: Int32 = 0
        for index in stores[Int(motion)].events {
            let event = events[Int(index)]
            guard event.flags & (PackedEvent.corrected | PackedEvent.voided) == 0 else { continue }
            guard cutoff?.includes(day: event.day, rank: event.rank) ?? true else { break }
            if let current = held?.event {
                guard Replay.tellsNews(event, after: current) else { continue }
                if event.status != current.status { since = event.day }
            } else {
                since = event.day
            }
            held = (index, event)
        }
        return held.map { ($0.index, since) }
    }

    /// The days on which the motion's status changed, each with the status it had at the end
    /// of that day, in date order: what ``state(of:at:)`` gives at the end of every day, in one
    /// pass over the history rather than one a day.
    func statusChanges(of motion: Int32) -> [(day: Int32, status: MotionStatus)] {
        var changes: [(day: Int32, status: MotionStatus)] = []
        var held: PackedEvent?
        for index in stores[Int(motion)].events {
            let event = events[Int(index)]
            guard !event.isCorrected else { continue }
            if let current = held, !Replay.tellsNews(event, after: current) { continue }
            held = event
            // A status a day ends with; an earlier one of the same day gives way to it.
            if let last = changes.last, last.day == event.day { changes.removeLast() }
            if changes.last?.status != event.status { changes.append((event.day, event.status)) }
        }
        return changes
    }

    /// Whether an event tells something the held one does not: a manual record always does; a
    /// reading does with another status (other than `onbekend`, which says nothing of the
    /// execution) or another promised time.
    static func tellsNews(_ event: PackedEvent, after held: PackedEvent) -> Bool {
        if event.flags & PackedEvent.manual != 0 { return true }
        if event.status != held.status && event.status != .onbekend { return true }
        return event.expectedFrom != .min && (event.expectedFrom, event.expectedTo) != (held.expectedFrom, held.expectedTo)
    }

    /// The latest day of any event, as days since 1970-01-01, if there is one: each motion's
    /// last event in history order is its latest.
    var latestDay: Int32? {
        var latest: Int32?
        for store in stores where !store.events.isEmpty {
            latest = max(latest ?? store.last.0, store.last.0)
        }
        return latest
    }

    /// Every event of the motion, corrected ones included, in history order; up to `cutoff`
    /// when given.
    func history(of motion: Int32, upTo cutoff: Cutoff?) -> [Int32] {
        guard let cutoff else { return stores[Int(motion)].events }
        return stores[Int(motion)].events.filter { index in
            let event = events[Int(index)]
            return cutoff.includes(day: event.day, rank: event.rank)
        }
    }

    // MARK: Putting what was read together

    /// Applies the parts of a replay in file order: the first part's interner becomes the
    /// replay's, the others' strings are renumbered into it. Each part is let go once applied.
    mutating func apply(parts: inout [TimelinePart]) {
        // The voids of documents first, so that an alias a withdrawn reading proposed never joins.
        for part in parts {
            for case .void(let void, let seq) in part.records {
                if let number = void.document { documentVoids[number.lowercased(), default: []].append(seq) }
            }
        }
        for k in parts.indices {
            var part = TimelinePart(lineBase: nil)
            swap(&part, &parts[k])
            if k == 0 {
                swap(&strings, &part.strings)
                apply(&part, numbers: nil)
            } else {
                let numbers = strings.absorb(part.strings)
                apply(&part, numbers: numbers)
            }
        }
    }

    /// Applies what a part read, in order: its documents and aliases, and its events with their
    /// strings renumbered by `numbers` (`nil`: they are numbered in this replay's interner).
    mutating func apply(_ part: inout TimelinePart, numbers: [Int32]?) {
        @inline(__always) func renumbered(_ string: Int32) -> Int32 {
            guard let numbers, string >= 0 else { return string }
            return numbers[Int(string)]
        }
        var nextRecord = 0
        var nextKey = 0
        // The part's events become the replay's in place; a batch's, read one by one once the
        // events are sorted, are put in their places as they come.
        var partEvents: [PackedEvent] = []
        swap(&partEvents, &part.events)
        let first = events.count
        for position in partEvents.indices {
            while nextRecord < part.records.count, part.recordPositions[nextRecord] == position {
                apply(part.records[nextRecord], renumbered)
                nextRecord += 1
            }
            var event = partEvents[position]
            let partKey = event.key
            event.key = renumbered(event.key)
            event.source = renumbered(event.source)
            event.name = renumbered(event.name)
            event.nameKey = renumbered(event.nameKey)
            if event.flags & PackedEvent.manual != 0, event.flags & PackedEvent.corrects != 0,
               let document = documentsByNumber[strings[event.source].lowercased()]?.last(where: {
                   documents[$0].seq < Int(event.seq) && documents[$0].date.daysSinceEpoch == Int(event.day)
               }) {
                event.rank = Int32(documents[document].seq)
            }
            let motion = existingMotion(forKey: event.key)
                ?? newMotion(forKey: event.key, id: event.flags & PackedEvent.hasID != 0 ? part.ids[partKey] : nil)
            event.motion = motion
            let index: Int32
            if isSorted {
                events.append(event)
                index = Int32(events.count - 1)
            } else {
                partEvents[position] = event
                index = Int32(first + position)
            }
            note(event, index, in: motion)
            while nextKey < part.otherKeys.count, part.otherKeys[nextKey].event == position {
                carry(renumbered(part.otherKeys[nextKey].key), by: motion)
                nextKey += 1
            }
        }
        while nextRecord < part.records.count {
            apply(part.records[nextRecord], renumbered)
            nextRecord += 1
        }
        if !isSorted { events.append(contentsOf: partEvents) }
        if var partTexts = part.texts, partTexts.count > 0 {
            partTexts.first = first
            texts.append(partTexts)
        }
    }

    private mutating func apply(_ record: TimelinePart.Record, _ renumbered: (Int32) -> Int32) {
        switch record {
        case .document(let document):
            documents.append(document)
            documentsByNumber[document.number.lowercased(), default: []].append(documents.count - 1)
            if documentsBySHA[document.sha256] == nil { documentsBySHA[document.sha256] = documents.count - 1 }
        case .alias(let key, let id, let seq, let source, let date):
            let withdrawnBy = documentVoids[strings[renumbered(source)].lowercased()]?.first { $0 > seq }
            let held = withdrawnBy == nil && applyAlias(key: renumbered(key), id: renumbered(id))
            aliasRecords.append(AliasJoin(seq: seq, key: strings[renumbered(key)], id: strings[renumbered(id)],
                                          source: strings[renumbered(source)], date: date, held: held, withdrawnBy: withdrawnBy))
        case .facts(let record, let seq):
            // What a document's reading said a motion is goes with the reading when it is withdrawn.
            let fromDocument = record.source.kind == .motion || record.source.kind == .footnote
            if !fromDocument || documentVoids[record.source.reference.lowercased()]?.contains(where: { $0 > seq }) != true {
                facts.append(record)
            }
        case .void(let void, let seq):
            voids.append((seq, void))
            if let number = void.document {
                withdraw(number: number, before: seq)
                noteWithdrawnAliases(number: number, by: seq)
            }
            pendingMarks.append((seq, .void(void)))
            if isSorted { markPending() }
        case .confirm(let confirm, let seq):
            confirms.append((seq, confirm))
            pendingMarks.append((seq, .confirm(confirm)))
            if isSorted { markPending() }
        case .findings(let record):
            findings[record.target, default: []] += record.findings.map(KeptFinding.sentence)
        case .found(let record):
            findings[record.target, default: []] += record.found.map(KeptFinding.coded)
        }
    }

    /// Withdraws the documents read under `number` before line `seq`: a later reading of the
    /// same bytes is then a new one.
    private mutating func withdraw(number: String, before seq: Int) {
        for index in documentsByNumber[number.lowercased()] ?? [] where documents[index].seq < seq {
            voidedDocuments.insert(index)
            if documentsBySHA[documents[index].sha256] == index { documentsBySHA[documents[index].sha256] = nil }
        }
    }

    /// Notes the void of line `seq` with the aliases that readings of `number` before it
    /// proposed. Read from the file, those never joined (see ``apply(parts:)``); a void added
    /// to a replay already joined marks them withdrawn, and the joins come apart when the ledger
    /// is next read, as every command reads it anew.
    private mutating func noteWithdrawnAliases(number: String, by seq: Int) {
        let number = number.lowercased()
        if !(documentVoids[number]?.contains(seq) ?? false) { documentVoids[number, default: []].append(seq) }
        for index in aliasRecords.indices where aliasRecords[index].seq < seq && aliasRecords[index].withdrawnBy == nil
            && aliasRecords[index].source.lowercased() == number {
            aliasRecords[index].withdrawnBy = seq
        }
    }

    /// Marks the events of the voids and confirmations read so far: voided, or confirmed. A
    /// document's void withdraws every event from it written before the void; a voided
    /// correction no longer hides the reading it corrected.
    private mutating func markPending() {
        var touched: [Int32] = []
        for (seq, entry) in pendingMarks {
            switch entry {
            case .void(let void):
                if let target = void.event, let index = event(seq: target) {
                    events[Int(index)].flags |= PackedEvent.voided
                    touched.append(resolved(events[Int(index)].motion))
                } else if let number = void.document, let source = strings.find(number) {
                    // A void names the number as its document record holds it, which is the
                    // source of every event read from it.
                    for index in 0..<events.count where events[index].source == source && Int(events[index].seq) < seq {
                        events[index].flags |= PackedEvent.voided
                        touched.append(resolved(events[index].motion))
                    }
                }
            case .confirm(let confirm):
                if let index = event(seq: confirm.event) { events[Int(index)].flags |= PackedEvent.confirmed }
            default:
                break
            }
        }
        pendingMarks = []
        for motion in Set(touched) { remarkCorrections(in: motion) }
    }

    /// Marks anew the readings of `motion` that corrections not withdrawn correct.
    private mutating func remarkCorrections(in motion: Int32) {
        var readings: [CorrectedReading] = []
        for index in stores[Int(motion)].events {
            events[Int(index)].flags &= ~PackedEvent.corrected
            let event = events[Int(index)]
            let correction = PackedEvent.manual | PackedEvent.corrects
            if event.flags & correction == correction, !event.isVoided {
                let reading = CorrectedReading(source: event.source, day: event.day)
                if !readings.contains(reading) { readings.append(reading) }
            }
        }
        stores[Int(motion)].correctedReadings = readings
        markCorrections(in: motion)
    }

    /// What an event tells of its motion: its names and keys, and its corrections. Once the
    /// events are sorted, the event also takes its place in the motion's history.
    private mutating func note(_ event: PackedEvent, _ index: Int32, in motion: Int32) {
        let m = Int(motion)
        // Most events repeat the name and name key of the one before, which is seen without
        // looking through the lists.
        if event.nameKey >= 0, latest[m].nameKey != event.nameKey {
            latest[m].nameKey = event.nameKey
            carry(event.nameKey, by: motion)
        }
        if latest[m].name != event.name {
            latest[m].name = event.name
            if !stores[m].names.contains(event.name) { stores[m].names.append(event.name) }
        }
        let manual = event.flags & PackedEvent.manual != 0
        let corrects = manual && event.flags & PackedEvent.corrects != 0
        let reading = CorrectedReading(source: event.source, day: event.day)
        if corrects, !stores[m].correctedReadings.contains(reading) {
            stores[m].correctedReadings.append(reading)
        }
        guard isSorted else { return }
        insert(index, into: motion)
        if corrects {
            markCorrections(in: motion)
        } else if !manual, stores[m].correctedReadings.contains(reading) {
            events[Int(index)].flags |= PackedEvent.corrected
        }
    }

    /// Notes that events give `motion` the key `key`.
    private mutating func carry(_ key: Int32, by motion: Int32) {
        guard !stores[Int(motion)].keys.contains(key) else { return }
        stores[Int(motion)].keys.append(key)
        carriers[key, default: []].append(motion)
    }

    /// Gives each motion its events in history order, once the replay has read them all: by
    /// date, then order of reading (a correction takes its document's place), then line. The
    /// events are counted out to their motions in one pass (a motion joined to another by an
    /// alias gives its events to that one), and a motion's list is sorted only when documents
    /// were read out of date order. From then on a new event is put in its place as it comes.
    mutating func sortEvents() {
        guard !isSorted else { return }
        isSorted = true
        let final = stores.indices.map { resolved(Int32($0)) }
        var starts = [Int](repeating: 0, count: stores.count + 1)
        for event in events { starts[Int(final[Int(event.motion)]) + 1] += 1 }
        for m in stores.indices { starts[m + 1] += starts[m] }
        var order = [Int32](repeating: 0, count: events.count)
        var next = starts
        for (index, event) in events.enumerated() {
            let m = Int(final[Int(event.motion)])
            order[next[m]] = Int32(index)
            next[m] += 1
        }
        func place(_ index: Int32) -> (Int32, Int32, Int32) {
            let event = events[Int(index)]
            return (event.day, event.rank, event.seq)
        }
        for m in stores.indices where starts[m] < starts[m + 1] {
            var list = Array(order[starts[m]..<starts[m + 1]])
            if zip(list, list.dropFirst()).contains(where: { place($0.0) > place($0.1) }) {
                list.sort { place($0) < place($1) }
            }
            stores[m].last = place(list.last!)
            stores[m].events = list
        }
        for m in stores.indices where !stores[m].correctedReadings.isEmpty {
            markCorrections(in: Int32(m))
        }
        markPending()
    }

    // MARK: Joining motions

    /// The motion `store` stands for: itself, or the one an alias joined it to.
    func resolved(_ store: Int32) -> Int32 {
        var store = store
        while mergedInto[Int(store)] >= 0 { store = mergedInto[Int(store)] }
        return store
    }

    func storeIndex(of string: Int32) -> Int32? {
        guard Int(string) < motionOfString.count else { return nil }
        let index = motionOfString[Int(string)]
        return index < 0 ? nil : resolved(index)
    }

    private mutating func map(_ string: Int32, to store: Int32) {
        if Int(string) >= motionOfString.count {
            motionOfString += repeatElement(-1, count: max(Int(string) + 1 - motionOfString.count, motionOfString.count))
        }
        motionOfString[Int(string)] = store
    }

    /// The motion that events with key `key` go to, if the ledger knows one: the key's own, or
    /// the one its alias names.
    private mutating func existingMotion(forKey key: Int32) -> Int32? {
        if let index = storeIndex(of: key) { return index }
        guard let id = aliasOf[key], let index = storeIndex(of: id) else { return nil }
        map(key, to: index)
        return index
    }

    /// A new motion for events with key `key`; `id` is the key read as a Kamerstuk ID, when the
    /// event gave it as its ID.
    private mutating func newMotion(forKey key: Int32, id: KamerstukID?) -> Int32 {
        let resolvedKey = aliasOf[key] ?? key
        // An alias's ID was checked when its record was read.
        let kamerstuk = resolvedKey != key ? KamerstukID(canonical: strings[resolvedKey]) : id
        stores.append(MotionStore(key: resolvedKey, id: kamerstuk))
        mergedInto.append(-1)
        latest.append((-1, -1))
        let index = Int32(stores.count - 1)
        map(key, to: index)
        map(resolvedKey, to: index)
        return index
    }

    /// Joins a name key to an ID; the first alias of a key is the one that holds. Whether this one holds.
    @discardableResult
    private mutating func applyAlias(key: Int32, id: Int32) -> Bool {
        guard aliasOf[key] == nil, key != id else { return false }
        aliasOf[key] = id
        aliasKeys[id, default: []].append(key)
        switch (storeIndex(of: key), storeIndex(of: id)) {
        case (nil, nil):
            break
        case (nil, let target?):
            map(key, to: target)
        case (let source?, nil):
            stores[Int(source)].key = id
            stores[Int(source)].id = KamerstukID(canonical: strings[id])
            map(id, to: source)
        case (let source?, let target?) where source != target:
            let moved = stores[Int(source)]
            stores[Int(source)].events = []
            stores[Int(source)].last = (.min, .min, .min)
            mergedInto[Int(source)] = target
            // Before the sort, the moved events find their motion through `mergedInto`.
            if isSorted {
                for event in moved.events { insert(event, into: target) }
            }
            for name in moved.names where !stores[Int(target)].names.contains(name) { stores[Int(target)].names.append(name) }
            if latest[Int(target)].nameKey < 0 { latest[Int(target)].nameKey = latest[Int(source)].nameKey }
            for key in moved.keys where !stores[Int(target)].keys.contains(key) { stores[Int(target)].keys.append(key) }
            for reading in moved.correctedReadings where !stores[Int(target)].correctedReadings.contains(reading) {
                stores[Int(target)].correctedReadings.append(reading)
            }
            if isSorted { markCorrections(in: target) }
            map(key, to: target)
        default:
            break
        }
        return true
    }

    /// Inserts an event in history order: by date, then order of reading (a correction takes its
    /// document's place), then line. Events mostly arrive in order, so the search starts at the end.
    private mutating func insert(_ event: Int32, into motion: Int32) {
        let new = events[Int(event)]
        let order = (new.day, new.rank, new.seq)
        if stores[Int(motion)].last <= order {
            stores[Int(motion)].events.append(event)
            stores[Int(motion)].last = order
            return
        }
        var position = stores[Int(motion)].events.count
        while position > 0 {
            let other = events[Int(stores[Int(motion)].events[position - 1])]
            if (other.day, other.rank, other.seq) <= order { break }
            position -= 1
        }
        stores[Int(motion)].events.insert(event, at: position)
    }

    /// Marks the parser events of the readings a manual record corrected: those of its source
    /// at its date, so that another reading under the same number keeps its own.
    private mutating func markCorrections(in motion: Int32) {
        let readings = stores[Int(motion)].correctedReadings
        for index in stores[Int(motion)].events where events[Int(index)].flags & PackedEvent.manual == 0
            && readings.contains(CorrectedReading(source: events[Int(index)].source, day: events[Int(index)].day)) {
            events[Int(index)].flags |= PackedEvent.corrected
        }
    }
}

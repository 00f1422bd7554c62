import Kamerstuk

/// The ledger as the page's script reads it: one JSON value in a `<script type="application/json">`
/// block, every text in it made one safe line (``ReportText/line(_:)``) and the whole made safe
/// for the block (``HTMLText/scriptData(_:)``). The script puts it into the page as text only.
///
/// `{"today", "statuses": [{"key", "word"}], "words": {…}, "documents": [[number, debate]],
/// "motions": [motion]}`, a motion `{"k": key, "id", "n": name, "t": title, "sub": [[name,
/// party]], "ask": [askers], "pa": [parties], "do": dossier, "s": status, "si": since, "c":
/// the index of the reading that set the status, "h": [reading]}` in the table's order, and a
/// reading `{"d": date, "s": status, "r": source, "g": debate, "p": passage, "l": line, "f":
/// flags, "w": who, "x": note, "e": [promised, from, to]}`. A status is its index in
/// `statuses`; a debate is given only where it is not its document's (`documents`); flags are
/// 1 manual, 2 corrects its source, 4 corrected, 8 uncertain. Members without a value are left out.
struct PageData {
    /// Motions a chunk: their readings' records are read, written and let go together.
    static let motionsPerChunk = 2048

    let timeline: Timeline
    let states: [MotionState]
    let facts: [KamerstukID: MotionFacts]

    /// The JSON of the whole value, made safe for its block.
    func json(_ words: PageWords, today: Day) throws(LedgerError) -> [UInt8] {
        var head: [(String, JSONValue)] = [("today", .string(today.iso))]
        head.append(("statuses", .array(MotionStatus.allCases.map {
            .object([("key", .string($0.rawValue)), ("word", .string($0.word(words.language)))])
        })))
        head.append(("words", .object(words.script.map { ($0.0, .string($0.1)) })))
        head.append(("documents", .array(documentDebates.map { .array([.string(ReportText.line($0.key)), .string(ReportText.line($0.value))]) })))
        var bytes: [UInt8] = []
        JSONValue.object(head).encode(into: &bytes, canonical: false)
        // The motions join the object as its last member, written a chunk at a time.
        bytes.removeLast()
        bytes += #","motions":["#.utf8
        var start = 0
        while start < states.count {
            let end = min(states.count, start + PageData.motionsPerChunk)
            if start > 0 { bytes.append(UInt8(ascii: ",")) }
            for part in try motions(start..<end) { bytes += part }
            start = end
        }
        bytes += "]}".utf8
        return HTMLText.scriptData(bytes)
    }

    /// The debate of each document number: that of its latest reading (with its debate).
    private var documentDebates: [(key: String, value: String)] {
        var debates: [String: String] = [:]
        var order: [String] = []
        for document in timeline.documents {
            guard let debate = document.debate else { continue }
            if debates.updateValue(debate, forKey: document.number) == nil { order.append(document.number) }
        }
        return order.map { ($0, debates[$0]!) }
    }

    /// The motions of `range`, in parts written at once on all cores, joined by commas; fails
    /// with the first failure in the motions' order.
    private func motions(_ range: Range<Int>) throws(LedgerError) -> [[UInt8]] {
        // A part of a few motions is written faster than a thread starts.
        let parts = max(1, min(LedgerParts.cores, range.count / 128))
        let debates = Dictionary(documentDebates, uniquingKeysWith: { $1 })
        let data = self
        let written = LedgerParts.run(parts) { k in
            Result { () throws(LedgerError) in
                let part = range.lowerBound + range.count * k / parts..<range.lowerBound + range.count * (k + 1) / parts
                var bytes: [UInt8] = []
                for index in part {
                    if index > part.lowerBound || k > 0 { bytes.append(UInt8(ascii: ",")) }
                    try data.motion(data.states[index], debates: debates).encode(into: &bytes, canonical: false)
                }
                return bytes
            }
        }
        return try written.map { part throws(LedgerError) in try part.get() }
    }

    /// One motion: what the table shows of it, and every reading of its history.
    private func motion(_ state: MotionState, debates: [String: String]) throws(LedgerError) -> JSONValue {
        let motion = state.motion
        let history = timeline.history(of: motion)
        var readings: [JSONValue] = []
        readings.reserveCapacity(history.count)
        var askers: [String] = []
        var parties: [String] = []
        var current = 0
        for (index, event) in history.enumerated() {
            let details = try timeline.details(of: event)
            if event.seq == state.event.seq { current = index }
            for answer in details.answers {
                let party = answer.party.map(ReportText.line)
                let names = answer.askers.map(ReportText.line).joined(separator: ", ")
                let asked = party.map { names.isEmpty ? $0 : "\(names) (\($0))" } ?? names
                if !asked.isEmpty, !askers.contains(asked) { askers.append(asked) }
                if let party, !party.isEmpty, !parties.contains(party) { parties.append(party) }
            }
            readings.append(reading(event, details, debates: debates))
        }
        let known = motion.id.flatMap { facts[$0] }
        let submitters = known?.submitters
        for party in submitters?.compactMap(\.party).map(ReportText.line) ?? [] where !party.isEmpty && !parties.contains(party) {
            parties.append(party)
        }
        var members: [(String, JSONValue)] = [("k", .string(ReportText.line(motion.key)))]
        if let id = motion.id {
            members.append(("id", .string(id.canonical)))
            members.append(("do", .string(id.toevoeging.map { "\(id.dossier)-\($0)" } ?? id.dossier)))
        }
        members.append(("n", .string(ReportText.line(motion.name))))
        if let title = known?.title { members.append(("t", .string(ReportText.line(title)))) }
        if let submitters, !submitters.isEmpty {
            members.append(("sub", .array(submitters.map {
                .array([.string(ReportText.line($0.name)), $0.party.map { .string(ReportText.line($0)) } ?? .null])
            })))
        }
        if !askers.isEmpty { members.append(("ask", .array(askers.map { .string($0) }))) }
        if !parties.isEmpty { members.append(("pa", .array(parties.map { .string($0) }))) }
        members += [
            ("s", .int(Int64(PageData.statusIndex(state.event.status)))), ("si", .string(state.since.iso)),
            ("c", .int(Int64(current))), ("h", .array(readings)),
        ]
        return .object(members)
    }

    /// One reading of a motion's history.
    private func reading(_ event: TimelineEvent, _ details: StatusEvent, debates: [String: String]) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("d", .string(event.date.iso)), ("s", .int(Int64(PageData.statusIndex(event.status)))),
            ("r", .string(ReportText.line(event.source))),
        ]
        if let debate = details.debate, debates[event.source] != debate { members.append(("g", .string(ReportText.line(debate)))) }
        if let evidence = details.evidence { members.append(("p", .string(ReportText.line(evidence)))) }
        if let line = details.evidenceLine { members.append(("l", .int(Int64(line)))) }
        let flags = (event.by == .manual ? 1 : 0) | (event.corrects ? 2 : 0) | (event.isCorrected ? 4 : 0) | (event.uncertain ? 8 : 0)
        if flags != 0 { members.append(("f", .int(Int64(flags)))) }
        if let who = details.who { members.append(("w", .string(ReportText.line(who)))) }
        if let note = details.note { members.append(("x", .string(ReportText.line(note)))) }
        if let expected = details.expected {
            members.append(("e", .array([.string(ReportText.line(expected.text)), .string(expected.from.iso), .string(expected.to.iso)])))
        }
        return .object(members)
    }

    static func statusIndex(_ status: MotionStatus) -> Int {
        MotionStatus.allCases.firstIndex(of: status)!
    }
}

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
    let facts: FactsMerge

    /// The JSON of the whole value, made safe for its block.
    func json(_ words: PageWords, today: Day) throws(LedgerError) -> [UInt8] {
        var head: [(String, JSONValue)] = [("today", .string(today.iso))]
        head.append(("statuses", .array(MotionStatus.allCases.map {
            .object([("key", .string($0.rawValue)), ("word", .string($0.word(words.language)))])
        })))
        head.append(("words", .object(words.script.map { ($0.0, .string($0.1)) })))
        let documents = documentDebates
        head.append(("documents", .array(documents.map { .array([.string(ReportText.line($0.key)), .string(ReportText.line($0.value))]) })))
        var bytes: [UInt8] = []
        JSONValue.object(head).encode(into: &bytes, canonical: false)
        // The motions join the object as its last member, written a chunk at a time.
        bytes.removeLast()
        bytes += #","motions":["#.utf8
        let debates = Dictionary(documents, uniquingKeysWith: { $1 })
        var start = 0
        while start < states.count {
            let end = min(states.count, start + PageData.motionsPerChunk)
            if start > 0 { bytes.append(UInt8(ascii: ",")) }
            for part in try motions(start..<end, debates: debates) { bytes += part }
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
    private func motions(_ range: Range<Int>, debates: [String: String]) throws(LedgerError) -> [[UInt8]] {
        // A part of a few motions is written faster than a thread starts.
        let parts = max(1, min(LedgerParts.cores, range.count / 128))
        let data = self
        let written = LedgerParts.run(parts) { k in
            Result { () throws(LedgerError) in
                let part = range.lowerBound + range.count * k / parts..<range.lowerBound + range.count * (k + 1) / parts
                var json = JSONWriter()
                for index in part {
                    if index > part.lowerBound || k > 0 { json.bytes.append(UInt8(ascii: ",")) }
                    try data.motion(data.states[index], debates: debates, into: &json)
                }
                return json.bytes
            }
        }
        return try written.map { part throws(LedgerError) in try part.get() }
    }

    /// One motion: what the table shows of it, and every reading of its history.
    private func motion(_ state: MotionState, debates: [String: String], into json: inout JSONWriter) throws(LedgerError) {
        let motion = state.motion
        let history = timeline.history(of: motion)
        var readings = JSONWriter()
        var askers: [String] = []
        var parties: [String] = []
        var current = 0
        readings.bytes.append(UInt8(ascii: "["))
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
            if index > 0 { readings.bytes.append(UInt8(ascii: ",")) }
            reading(event, details, debates: debates, into: &readings)
        }
        readings.bytes.append(UInt8(ascii: "]"))
        let known = motion.id.flatMap { facts.profile(for: $0)?.facts }
        let submitters = known?.submitters ?? []
        for party in submitters.compactMap(\.party).map(ReportText.line) where !party.isEmpty && !parties.contains(party) {
            parties.append(party)
        }
        json.open()
        json.member("k", ReportText.line(motion.key))
        if let id = motion.id {
            json.member("id", id.canonical)
            json.member("do", id.toevoeging.map { "\(id.dossier)-\($0)" } ?? id.dossier)
        }
        json.member("n", ReportText.line(motion.name))
        if let title = MotionTitleText.title(motion, known), title != motion.name { json.member("t", ReportText.line(title)) }
        if !submitters.isEmpty {
            json.key("sub")
            json.bytes.append(UInt8(ascii: "["))
            for (index, submitter) in submitters.enumerated() {
                if index > 0 { json.bytes.append(UInt8(ascii: ",")) }
                json.bytes.append(UInt8(ascii: "["))
                json.string(ReportText.line(submitter.name))
                json.bytes.append(UInt8(ascii: ","))
                if let party = submitter.party { json.string(ReportText.line(party)) } else { json.bytes += "null".utf8 }
                json.bytes.append(UInt8(ascii: "]"))
            }
            json.bytes.append(UInt8(ascii: "]"))
        }
        if !askers.isEmpty { json.member("ask", strings: askers) }
        if !parties.isEmpty { json.member("pa", strings: parties) }
        json.member("s", PageData.statusIndex(state.event.status))
        json.member("si", state.since.iso)
        json.member("c", current)
        json.key("h")
        json.bytes += readings.bytes
        json.close()
    }

    /// One reading of a motion's history.
    private func reading(_ event: TimelineEvent, _ details: StatusEvent, debates: [String: String], into json: inout JSONWriter) {
        json.open()
        json.member("d", event.date.iso)
        json.member("s", PageData.statusIndex(event.status))
        json.member("r", ReportText.line(event.source))
        if let debate = details.debate, debates[event.source] != debate { json.member("g", ReportText.line(debate)) }
        if let evidence = details.evidence { json.member("p", ReportText.line(evidence)) }
        if let line = details.evidenceLine { json.member("l", line) }
        let flags = (event.by == .manual ? 1 : 0) | (event.corrects ? 2 : 0) | (event.isCorrected ? 4 : 0) | (event.uncertain ? 8 : 0)
        if flags != 0 { json.member("f", flags) }
        if let who = details.who { json.member("w", ReportText.line(who)) }
        if let note = details.note { json.member("x", ReportText.line(note)) }
        if let expected = details.expected {
            json.member("e", strings: [ReportText.line(expected.text), expected.from.iso, expected.to.iso])
        }
        json.close()
    }

    static func statusIndex(_ status: MotionStatus) -> Int {
        MotionStatus.allCases.firstIndex(of: status)!
    }
}

/// JSON written straight into bytes, an object's members one after another: two hundred
/// thousand readings would otherwise each be built as a value first, then encoded.
private struct JSONWriter {
    var bytes: [UInt8] = []
    /// Whether the object just opened has no member yet.
    private var isFirst = true

    mutating func open() {
        bytes.append(UInt8(ascii: "{"))
        isFirst = true
    }

    mutating func close() {
        bytes.append(UInt8(ascii: "}"))
        isFirst = false
    }

    mutating func key(_ key: String) {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        isFirst = false
        JSONEncoding.appendString(key, canonical: false, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func string(_ value: String) {
        JSONEncoding.appendString(value, canonical: false, to: &bytes)
    }

    mutating func member(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    mutating func member(_ name: String, _ value: Int) {
        key(name)
        JSONEncoding.appendInteger(Int64(value), to: &bytes)
    }

    mutating func member(_ name: String, strings values: [String]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}

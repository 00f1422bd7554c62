import Glibc
import Kamerstuk

/// The ledger as the page's script reads it: one JSON value in a `<script type="application/json">`
/// block, every text in it made one safe line (``ReportText/line(_:)``) and the whole made safe
/// for the block (``HTMLText/scriptData(_:)``, as ``ScriptJSON`` writes it). The script puts it
/// into the page as text only.
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
    /// Motions a chunk: their readings are written on all cores, then joined, a chunk at a time.
    static let motionsPerChunk = 2048

    let timeline: Timeline
    let states: [MotionState]
    let facts: FactsMerge

    /// The JSON of the whole value, made safe for its block, appended to `bytes`.
    func json(_ words: PageWords, today: Day, into bytes: inout [UInt8]) throws(LedgerError) {
        var head: [(String, JSONValue)] = [("today", .string(today.iso))]
        head.append(("statuses", .array(MotionStatus.allCases.map {
            .object([("key", .string($0.rawValue)), ("word", .string($0.word(words.language)))])
        })))
        head.append(("words", .object(words.script.map { ($0.0, .string($0.1)) })))
        let documents = documentDebates
        head.append(("documents", .array(documents.map { .array([.string(ReportText.line($0.key)), .string(ReportText.line($0.value))]) })))
        var encoded: [UInt8] = []
        JSONValue.object(head).encode(into: &encoded, canonical: false)
        // The motions join the object as its last member, written a chunk at a time, each
        // string made safe for the block as it is written.
        encoded.removeLast()
        bytes += HTMLText.scriptData(encoded)
        bytes += #","motions":["#.utf8
        let debates = Dictionary(documents.map { ($0.key, Array($0.value.utf8)) }, uniquingKeysWith: { $1 })
        var start = 0
        while start < states.count {
            let end = min(states.count, start + PageData.motionsPerChunk)
            if start > 0 { bytes.append(UInt8(ascii: ",")) }
            for part in try motions(start..<end, debates: debates) { bytes += part }
            start = end
        }
        bytes += "]}".utf8
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
    private func motions(_ range: Range<Int>, debates: [String: [UInt8]]) throws(LedgerError) -> [[UInt8]] {
        // A part of a few motions is written faster than a thread starts.
        let parts = max(1, min(LedgerParts.cores, range.count / 128))
        let data = self
        let written = LedgerParts.run(parts) { k in
            Result { () throws(LedgerError) in
                let part = range.lowerBound + range.count * k / parts..<range.lowerBound + range.count * (k + 1) / parts
                var json = ScriptJSON()
                var scratch = Scratch()
                for index in part {
                    if index > part.lowerBound || k > 0 { json.bytes.append(UInt8(ascii: ",")) }
                    try data.motion(data.states[index], debates: debates, into: &json, scratch: &scratch)
                }
                return json.bytes
            }
        }
        return try written.map { part throws(LedgerError) in try part.get() }
    }

    /// Buffers one motion after another is written with.
    private struct Scratch {
        var readings = ScriptJSON()
        var asked: [UInt8] = []
        var party: [UInt8] = []
    }

    /// One motion: what the table shows of it, and every reading of its history.
    private func motion(_ state: MotionState, debates: [String: [UInt8]], into json: inout ScriptJSON,
                        scratch: inout Scratch) throws(LedgerError) {
        let motion = state.motion
        var askers: [[UInt8]] = []
        var parties: [[UInt8]] = []
        var current = 0
        scratch.readings.bytes.removeAll(keepingCapacity: true)
        scratch.readings.bytes.append(UInt8(ascii: "["))
        for (index, (event, text)) in try timeline.readings(of: motion).enumerated() {
            if event.seq == state.event.seq { current = index }
            text.forEachAnswer { names, party in
                // `names (party)`, `names` or `party`, the names joined by commas.
                scratch.asked.removeAll(keepingCapacity: true)
                scratch.party.removeAll(keepingCapacity: true)
                for name in names {
                    if !scratch.asked.isEmpty { scratch.asked += ", ".utf8 }
                    ScriptJSON.appendLine(name, to: &scratch.asked)
                }
                if let party {
                    ScriptJSON.appendLine(party, to: &scratch.party)
                    if scratch.asked.isEmpty {
                        scratch.asked = scratch.party
                    } else {
                        scratch.asked += " (".utf8
                        scratch.asked += scratch.party
                        scratch.asked += ")".utf8
                    }
                }
                if !scratch.asked.isEmpty, !PageData.holds(askers, scratch.asked) { askers.append(scratch.asked) }
                if party != nil, !scratch.party.isEmpty, !PageData.holds(parties, scratch.party) { parties.append(scratch.party) }
            }
            if index > 0 { scratch.readings.bytes.append(UInt8(ascii: ",")) }
            reading(event, text, debates: debates, into: &scratch.readings)
        }
        scratch.readings.bytes.append(UInt8(ascii: "]"))
        let known = motion.id.flatMap { facts.profile(for: $0)?.facts }
        let submitters = known?.submitters ?? []
        for party in submitters.compactMap(\.party).map({ Array(ReportText.line($0).utf8) })
        where !party.isEmpty && !PageData.holds(parties, party) {
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
        if !askers.isEmpty { json.member("ask", utf8: askers) }
        if !parties.isEmpty { json.member("pa", utf8: parties) }
        json.member("s", PageData.statusIndex(state.event.status))
        json.member("si", day: state.since)
        json.member("c", current)
        json.key("h")
        json.bytes += scratch.readings.bytes
        json.close()
    }

    /// One reading of a motion's history.
    private func reading(_ event: TimelineEvent, _ text: EventText, debates: [String: [UInt8]], into json: inout ScriptJSON) {
        json.open()
        json.member("d", day: event.date)
        json.member("s", PageData.statusIndex(event.status))
        json.member("r", ReportText.line(event.source))
        text.withContents(.debate) { debate in
            guard let debate else { return }
            if let known = debates[event.source], PageData.holds([known], PageData.unescapedBytes(debate)) { return }
            json.key("g")
            json.line(debate)
        }
        text.withContents(.evidence) { evidence in
            guard let evidence else { return }
            json.key("p")
            json.line(evidence)
        }
        if let line = text.evidenceLine { json.member("l", line) }
        let flags = (event.by == .manual ? 1 : 0) | (event.corrects ? 2 : 0) | (event.isCorrected ? 4 : 0) | (event.uncertain ? 8 : 0)
        if flags != 0 { json.member("f", flags) }
        text.withContents(.who) { who in
            guard let who else { return }
            json.key("w")
            json.line(who)
        }
        text.withContents(.note) { note in
            guard let note else { return }
            json.key("x")
            json.line(note)
        }
        text.withPromisedWords { words in
            guard let words, let days = event.expected else { return }
            json.key("e")
            json.bytes.append(UInt8(ascii: "["))
            json.line(words)
            json.bytes.append(UInt8(ascii: ","))
            json.day(days.lowerBound)
            json.bytes.append(UInt8(ascii: ","))
            json.day(days.upperBound)
            json.bytes.append(UInt8(ascii: "]"))
        }
        json.close()
    }

    static func statusIndex(_ status: MotionStatus) -> Int {
        MotionStatus.allCases.firstIndex(of: status)!
    }

    /// Whether `texts` hold `text`, all UTF-8, as `String`s compare: the same bytes, or, where
    /// either may not be in NFC (a scalar from U+0300 up), canonically equivalent.
    private static func holds(_ texts: [[UInt8]], _ text: [UInt8]) -> Bool {
        var isNFC: Bool?
        for other in texts {
            if other == text { return true }
            let certain = isNFC ?? text.allSatisfy { $0 < 0xCC }
            isNFC = certain
            if certain && other.allSatisfy({ $0 < 0xCC }) { continue }
            if String(decoding: other, as: UTF8.self) == String(decoding: text, as: UTF8.self) { return true }
        }
        return false
    }

    /// The bytes of a ledger string's contents, unescaped.
    private static func unescapedBytes(_ contents: UnsafeRawBufferPointer) -> [UInt8] {
        guard let base = contents.baseAddress, memchr(base, Int32(UInt8(ascii: "\\")), contents.count) != nil else { return Array(contents) }
        return Array(unescaped(contents).utf8)
    }
}

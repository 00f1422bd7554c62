import Foundation
import Glibc

/// The ledger file `ledger/moties.jsonl`: an append-only, hash-chained JSON Lines file of
/// document, status and alias records.
///
/// The lock is the ledger file's own (`flock(2)` on the file), so that every path to the file —
/// a symbolic link, a hard link, a linked directory — meets the same lock. Readers take it
/// shared only long enough to learn the file's size, so they never see a batch half written;
/// writers hold it exclusively for the whole append. A batch is written as one buffer, synced
/// before success, and cut back to the old size on any failure. Only a regular file is a
/// ledger: a FIFO, a device, a socket or a directory is refused before a byte is read or
/// written.
public struct Ledger: Sendable {
    /// The ledger file as the caller named it.
    public let path: String
    package let fileSystem: FileSystem
    /// How many parts a pass over the file is cut into, when not one per core (tests cut small
    /// ledgers into many parts, to see that the parts are put together right).
    var parts: Int?

    /// The ledger at `path`, on the machine's own file system.
    public init(path: String) {
        self.init(path: path, fileSystem: .system)
    }

    package init(path: String, fileSystem: FileSystem) {
        self.path = path
        self.fileSystem = fileSystem
    }

    // MARK: Reading

    /// The whole ledger replayed, every line decoded and checked (not re-hashed: that is
    /// ``verify(against:wait:)``). An absent ledger reads as empty.
    public func timeline(wait: Double = 10) throws(LedgerError) -> Timeline {
        try timeline(wait: wait, keepingTexts: false)
    }

    /// The whole ledger replayed, as ``timeline(wait:)`` gives it; with `keepingTexts`, the
    /// words of every event (``EventText``) are kept too, for a report of every reading (the
    /// page): more memory, and no line read a second time.
    package func timeline(wait: Double, keepingTexts: Bool) throws(LedgerError) -> Timeline {
        guard let opened = try openForReading(wait: wait) else { return Timeline(path: path, isComplete: true, file: nil) }
        return try replay(opened.file, size: opened.size, needles: nil, keepingTexts: keepingTexts)
    }

    /// The timeline a motion query needs. For a query that cites a Kamerstuk or gives a key,
    /// only the lines holding that key (or a key joined to it), and every document and alias
    /// record, are decoded; the other lines are checked for their framing only. A query by name
    /// needs every line.
    package func timeline(for query: String, wait: Double = 10) throws(LedgerError) -> Timeline {
        let ids = MotionQuery(query).ids
        var keys: Set<String>
        if !ids.isEmpty {
            keys = Set(ids.map(\.canonical))
        } else if Ledger.isKeyLike(query) {
            keys = [query]
        } else {
            return try timeline(wait: wait)
        }
        guard let opened = try openForReading(wait: wait) else { return Timeline(path: path, isComplete: true, file: nil) }
        while true {
            let timeline = try replay(opened.file, size: opened.size, needles: keys.sorted().map { Array("\"\($0)\"".utf8) })
            let joined = keys.union(keys.flatMap(timeline.joinedKeys))
            if joined == keys {
                if ids.isEmpty && timeline.motions(matching: query).isEmpty {
                    return try replay(opened.file, size: opened.size, needles: nil)
                }
                return timeline
            }
            // A key many motions carry (a name key: every `motie Erkens`) would be looked for
            // as many needles in every line; reading every line is faster then.
            if joined.count > Ledger.maximumNeedles { return try replay(opened.file, size: opened.size, needles: nil) }
            keys = joined
        }
    }

    /// The most keys a query looks for line by line before it reads the whole ledger instead.
    static let maximumNeedles = 16

    /// A key as people type one: lowercase ASCII letters, digits and hyphens, such as `motie-erkens`.
    static func isKeyLike(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || $0 &- 0x30 < 10 || $0 == UInt8(ascii: "-") }
    }

    /// The head: the number of records and the hash of the last line, read from the end of the
    /// file only (its last line is read in full and checked). An empty ledger has the head
    /// `0:000…0`; a ledger that is not there has none.
    public func head(wait: Double = 10) throws(LedgerError) -> LedgerHead {
        guard let opened = try openForReading(wait: wait) else {
            throw LedgerError(.missing, "no ledger here (no head to print); give its path with --ledger PATH", path: path)
        }
        guard opened.size > 0 else { return .empty }
        let size = opened.size
        // The last line with its break and the break before it, if it is a line a reader accepts.
        let window = min(size, LineReader.lineWindow)
        let tail = try opened.file.bytes(at: size - window, count: window)
        guard tail.last == 0x0A else {
            let start = (tail.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            throw LedgerError(.tornTail, Ledger.tornMessage(bytes: tail.count - start), path: path)
        }
        let body = tail.dropLast()
        let before = body.lastIndex(of: 0x0A)
        let start = before.map { $0 + 1 } ?? body.startIndex
        // Without a break before it in the window, the line started before the window.
        if (before == nil && window < size) || LineReader.isTooLong(body.endIndex - start) {
            throw LedgerError(.damaged, "the last line is longer than \(LineReader.lineLimit) bytes: not a ledger record", path: path)
        }
        let line = Array(body[start...])
        var members: [Member] = []
        let record: LedgerRecord
        do {
            record = try line.withUnsafeBytes { bytes in
                Result { () throws(LineFault) in try LedgerRecord.read(line: bytes, members: &members) }
            }.get()
        } catch {
            throw LedgerError(.damaged, "the last line: \(error.message)", path: path)
        }
        return LedgerHead(count: record.seq, hash: SHA256.hash(line).hex)
    }

    // MARK: Verifying

    /// What ``verify(against:wait:)`` found in a sound ledger.
    public struct Verification: Hashable, Sendable {
        public let head: LedgerHead
        public let documents: Int
        public let events: Int
        public let aliases: Int
        public let facts: Int
        /// Void and confirm records.
        public let corrections: Int
        public let findings: Int
        public let bytes: Int
    }

    /// Checks the whole ledger: every line's framing, canonical form (re-encoded and compared
    /// byte for byte), fields and number; its `prev` against the line before; its `hash`; and,
    /// with `head`, that the ledger still extends it. Fails at the first bad place.
    public func verify(against head: LedgerHead? = nil, wait: Double = 10) throws(LedgerError) -> Verification {
        guard let opened = try openForReading(wait: wait) else {
            throw LedgerError(.missing, "no ledger here (nothing to verify); give its path with --ledger PATH", path: path)
        }
        let (verification, outcome) = try check(opened.file, size: opened.size, against: head)
        if outcome.tornTail != nil { throw tornTail(outcome) }
        return verification
    }

    /// What ``repair(wait:now:)`` did.
    package struct Repair: Hashable, Sendable {
        /// The last line, which lacked its line break.
        package let line: Int
        /// How many bytes it held.
        package let bytes: Int
        /// The file now holding a torn line's bytes; `nil` when the line was a whole record,
        /// which kept its place and got its line break back.
        package let backup: String?
        /// The head after the repair.
        package let head: LedgerHead
    }

    /// Mends the end of a ledger whose last line lacks its line break. A line that is a whole
    /// record and chains — only its line break was lost, as an editor that drops the last one
    /// leaves it — gets it back. Any other such line is torn: it is moved aside into a backup
    /// file beside the ledger (a name of its own even for a second repair in the same second),
    /// and the ledger is cut back to its last whole line. Nothing else is ever changed: any
    /// other damage fails as `verify` would, with the ledger untouched. `nil` when the last line
    /// has its line break.
    package func repair(wait: Double = 10, now: Now) throws(LedgerError) -> Repair? {
        let file = try lockedToWrite(wait: wait, creating: false).file
        let size = try file.status().size
        let (verification, outcome) = try check(file, size: size, against: nil)
        guard let torn = outcome.tornTail else { return nil }
        let bytes = try file.bytes(at: torn.offset, count: torn.count)
        let line = outcome.lines + 1
        if isWholeRecord(bytes, line: line, previous: verification.head.hash) {
            do {
                try writeAll(file.descriptor, [0x0A])
                try fileSystem.syncData(file.descriptor)
            } catch {
                throw rollBack(file.descriptor, to: size, after: error, doing: "cannot write the line break after line \(line)")
            }
            return Repair(line: line, bytes: torn.count, backup: nil, head: LedgerHead(count: line, hash: SHA256.hash(bytes).hex))
        }
        let backup = try moveAside(bytes, line: line, now: now)
        do {
            try fileSystem.truncate(file.descriptor, torn.offset)
            try fileSystem.syncData(file.descriptor)
        } catch {
            throw LedgerError(.io, "cannot cut the torn line off the ledger: \(error); its bytes are safe in \(backup)", path: path)
        }
        return Repair(line: line, bytes: torn.count, backup: backup, head: verification.head)
    }

    /// Whether `bytes`, found without a line break after the ledger's whole lines, are the
    /// record that belongs there: every check `verify` makes of a line, as line `line`, whose
    /// line before has the hash `previous`.
    private func isWholeRecord(_ bytes: [UInt8], line: Int, previous: String) -> Bool {
        guard !LineReader.isTooLong(bytes.count) else { return false }
        var progress = PartProgress(lineBase: line - 1)
        var members: [Member] = []
        return bytes.withUnsafeBytes { line in
            (try? Ledger.checkLine(line, number: 1, progress: &progress, previous: previous, head: nil, members: &members)) != nil
        }
    }

    /// Writes a torn line's bytes, synced, into a new file beside the ledger, named after the
    /// line and the moment: `moties.jsonl.torn-line4-20260320T093000Z`, with `-2`, `-3`, … when
    /// that name is taken. Returns the name.
    private func moveAside(_ bytes: [UInt8], line: Int, now: Now) throws(LedgerError) -> String {
        let stamp = now.timestamp.iso.filter { $0 != "-" && $0 != ":" }
        let name = "\(path).torn-line\(line)-\(stamp)"
        var backup = name
        var attempt = 1
        do {
            var out: Int32
            while true {
                do {
                    out = try fileSystem.open(backup, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                    break
                } catch where error.code == EEXIST {
                    attempt += 1
                    backup = "\(name)-\(attempt)"
                }
            }
            defer { fileSystem.close(out) }
            try writeAll(out, bytes)
            try fileSystem.syncData(out)
            try syncDirectory(of: backup)
        } catch {
            throw LedgerError(.io, "cannot write the backup \(backup): \(error); the ledger was not changed", path: path)
        }
        return backup
    }

    /// The full check of `verify`, over the complete lines, on all cores; the torn tail, if
    /// any, is left to the caller.
    ///
    /// Each part checks its lines against the line before each, all but its first: the merge
    /// checks that one itself, knowing the hash of the line before it from the part before. The
    /// first fault in the file is the one thrown, as a single pass would find it.
    private func check(_ file: LedgerFile, size: Int, against expected: LedgerHead?) throws(LedgerError)
        -> (Verification, LinePassOutcome)
    {
        let reader = LineReader(fileSystem: fileSystem, descriptor: file.descriptor, path: path)
        let bounds = try LedgerParts.bounds(of: file, size: size, parts: LedgerParts.count(size: size, requested: parts))
        let parts = LedgerParts.run(bounds.count - 1) { k in
            CheckedPart.check(reader, bounds[k]..<bounds[k + 1], head: expected)
        }
        var previous = LedgerRecord.zeroHash
        var counts = CheckedPart.Counts()
        var linesBefore = 0
        var members: [Member] = []
        for part in parts {
            if !part.firstLine.isEmpty {
                // A fault in the framing of the part's first line comes before its content.
                if let error = part.progress.error, (error.line ?? 0) <= 1 {
                    throw part.progress.fault(linesBefore: linesBefore, path: path)!
                }
                var progress = PartProgress(lineBase: linesBefore)
                let number = linesBefore + 1
                do throws(LineFault) {
                    let checked = try part.firstLine.withUnsafeBytes { line in
                        Result { () throws(LineFault) in
                            try Ledger.checkLine(line, number: 1, progress: &progress, previous: previous, head: expected, members: &members)
                        }
                    }.get()
                    counts.add(checked.type)
                } catch {
                    throw part.firstLine.withUnsafeBytes { error.damage(in: $0, number: number, path: path) }
                }
            }
            if let fault = part.progress.fault(linesBefore: linesBefore, path: path) { throw fault }
            counts.add(part.counts)
            previous = part.lastHash ?? previous
            linesBefore += part.progress.outcome.lines
        }
        let outcome = LinePassOutcome(joining: parts.map(\.progress.outcome))
        if let expected, outcome.lines < expected.count {
            throw LedgerError(.damaged, "the ledger has \(outcome.lines) records, fewer than the \(expected.count) of the head \(expected): it was truncated",
                              path: path, line: outcome.lines == 0 ? nil : outcome.lines)
        }
        let head = outcome.lines == 0 ? LedgerHead.empty : LedgerHead(count: outcome.lines, hash: previous)
        let verification = Verification(head: head, documents: counts.documents, events: counts.events,
                                        aliases: counts.aliases, facts: counts.facts, corrections: counts.corrections,
                                        findings: counts.findings, bytes: outcome.completeBytes)
        return (verification, outcome)
    }

    /// Checks one line in full, in this order: its fields (every one, by the schema's check),
    /// its number, its canonical form, its link to the line before (whose hash is `previous`),
    /// its own hash, and with `head`, that it is the head's line. `number` counts within a part
    /// whose numbering `progress` keeps. Returns the line's SHA-256 in hex, which the next
    /// line's `prev` must hold, and its type.
    static func checkLine(
        _ line: UnsafeRawBufferPointer, number: Int, progress: inout PartProgress, previous: String,
        head expected: LedgerHead?, members: inout [Member]
    ) throws(LineFault) -> (hash: String, type: RecordType) {
        try LineScanner.scan(line, into: &members)
        var fields = try LineFields(line: line, members: members)
        var ids = KamerstukIDRule()
        try fields.check(ids: &ids)
        let seq = try progress.number(line: number, seq: fields.seq(), at: fields.offset(.seq), in: line)
        try checkCanonical(line)
        guard fields.holds(.prev, hex: previous) else {
            throw LineFault("broken chain: \"prev\" is not the SHA-256 of line \(seq - 1)" + (seq == 1 ? " (the first line's prev is 64 zeros)" : ""),
                            at: fields.offset(.prev))
        }
        // What `hash` covers and the whole line share the bytes before the `hash` member, so
        // those are hashed once for both.
        let (before, after) = fields.aroundHash()
        var hasher = SHA256()
        hasher.update(before)
        var content = hasher
        content.update(after)
        guard fields.holds(.hash, hex: content.finalize().hex) else {
            throw LineFault("\"hash\" does not match the record: the line was altered", at: fields.offset(.hash))
        }
        hasher.update(UnsafeRawBufferPointer(rebasing: line[before.count...]))
        let lineHash = hasher.finalize().hex
        if let expected, seq == expected.count, expected.hash != lineHash {
            throw LineFault("line \(seq) is not the line of the head \(expected): the ledger was rewritten", at: 0)
        }
        return (lineHash, fields.type)
    }

    /// Checks that the line is exactly what re-encoding it gives.
    ///
    /// The scanner has already held the line to the encoder's syntax: no whitespace, keys in
    /// strictly ascending byte order at every depth, the encoder's escapes and no others,
    /// integers without sign on zero, leading zero, fraction or exponent; and every value was
    /// read, nested integers by the strict parser (so none is out of range). What re-encoding
    /// can still change is Unicode normalisation: the encoder writes every string (and key) in
    /// NFC. Text of scalars below U+0300 is NFC, and in UTF-8 that is text without a byte of
    /// 0xCC or more; so only the strings holding such a byte are normalised to compare. When
    /// one differs, the line is re-encoded whole, to say where it first differs.
    private static func checkCanonical(_ line: UnsafeRawBufferPointer) throws(LineFault) {
        if JSONEncoding.isQuickNFC(line.assumingMemoryBound(to: UInt8.self)) { return }
        if stringsAreNFC(line) { return }
        let canonical: [UInt8]
        do {
            canonical = try JSONParser.parse(line).encoded(canonical: true)
        } catch {
            throw LineFault(error.message, at: error.offset)
        }
        if !canonical.elementsEqual(line) {
            let at = (0..<min(canonical.count, line.count)).first { canonical[$0] != line[$0] } ?? min(canonical.count, line.count)
            throw LineFault("not in canonical form: re-encoding the line gives other bytes from here (Unicode normalisation?)", at: at)
        }
    }

    /// Whether every string of a scanned line that holds a byte of 0xCC or more is in NFC.
    /// The line's syntax is checked, so a string starts at a quote outside a string and ends at
    /// the next quote no backslash escapes.
    private static func stringsAreNFC(_ line: UnsafeRawBufferPointer) -> Bool {
        var position = 0
        var start: Int?
        var needsLook = false
        while position < line.count {
            let byte = line[position]
            guard let opened = start else {
                if byte == UInt8(ascii: "\"") { start = position + 1 }
                position += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"):
                position += 2
            case UInt8(ascii: "\""):
                if needsLook {
                    let text = unescaped(UnsafeRawBufferPointer(rebasing: line[opened..<position]))
                    guard JSONEncoding.nfc(text).utf8.elementsEqual(text.utf8) else { return false }
                }
                start = nil
                needsLook = false
                position += 1
            default:
                if byte >= 0xCC { needsLook = true }
                position += 1
            }
        }
        return true
    }

    // MARK: Writing

    /// Appends what `plan` adds to the batch it is given, as one batch: all of it or, on any
    /// failure, none. The plan sees the ledger as it is under the writer's lock, with the
    /// batch's own records applied as they are added. With `dryRun` nothing is locked or
    /// written, and the records that would be appended are returned.
    package func append(
        now: Now, wait: Double = 10, dryRun: Bool = false, _ plan: (inout LedgerBatch) throws(LedgerError) -> Void
    ) throws(LedgerError) -> [LedgerRecord] {
        try appendCreating(now: now, wait: wait, dryRun: dryRun, plan).records
    }

    /// ``append(now:wait:dryRun:_:)``, which also tells whether the ledger file was made by
    /// this batch (in a dry run: whether it would be).
    func appendCreating(
        now: Now, wait: Double, dryRun: Bool, _ plan: (inout LedgerBatch) throws(LedgerError) -> Void
    ) throws(LedgerError) -> (records: [LedgerRecord], created: Bool) {
        if dryRun {
            let timeline = try timeline(wait: wait)
            var batch = LedgerBatch(timeline: timeline, recorded: now.timestamp)
            try plan(&batch)
            try check(batch.records)
            return (batch.records, timeline.file == nil && !batch.records.isEmpty)
        }
        let createdDirectories = try makeParentDirectories()
        let (file, opened) = try lockedToWrite(wait: wait, creating: true)
        let descriptor = file.descriptor
        let size = try file.status().size
        // Made by this writer: there was no file at the path, and none of another writer that
        // made it at the same moment has a line in it yet.
        let created = opened == .creating && size == 0
        let timeline: Timeline
        do {
            timeline = try replay(file, size: size, needles: nil)
            try checkLastLine(file, lines: timeline.count, end: timeline.byteCount)
        } catch where error.kind == .tornTail {
            throw LedgerError(.tornTail, error.message.replacingFirst("; run", with: "; nothing was appended onto it: run"),
                              path: path, line: error.line, column: error.column)
        } catch where error.kind == .damaged {
            throw LedgerError(.damaged, error.message + "; nothing was appended", path: path, line: error.line, column: error.column)
        }
        var batch = LedgerBatch(timeline: timeline, recorded: now.timestamp)
        try plan(&batch)
        guard !batch.records.isEmpty else { return ([], created) }
        try check(batch.records)

        var buffer: [UInt8] = []
        buffer.reserveCapacity(batch.records.reduce(0) { $0 + $1.line.count + 1 })
        for record in batch.records {
            buffer += record.line
            buffer.append(0x0A)
        }
        do {
            try writeAll(descriptor, buffer)
            try fileSystem.syncData(descriptor)
            // A file empty until now may be new: its entry in its directory (the directory of the
            // file itself, where a symbolic link led to it) must last as well as its bytes.
            if size == 0 { try syncDirectory(of: Ledger.resolved(path)) }
            for directory in createdDirectories { try syncDirectory(of: directory) }
        } catch {
            throw rollBack(descriptor, to: size, after: error, doing: "cannot append to the ledger")
        }
        return (batch.records, created)
    }

    /// Refuses a ledger that forked at its end, before anything is appended onto it: the last
    /// line is checked as `verify` checks a line — its number, its own hash, and its `prev`
    /// against the line before it — where a query only reads it. (Two lines with one `seq`
    /// fail every reading.)
    private func checkLastLine(_ file: LedgerFile, lines: Int, end: Int) throws(LedgerError) {
        guard lines > 0 else { return }
        let last = try file.line(endingAt: end)
        let previous = lines == 1 ? LedgerRecord.zeroHash : SHA256.hash(try file.line(endingAt: last.start).bytes).hex
        var progress = PartProgress(lineBase: lines - 1)
        var members: [Member] = []
        do throws(LineFault) {
            _ = try last.bytes.withUnsafeBytes { line in
                Result { () throws(LineFault) in
                    try Ledger.checkLine(line, number: 1, progress: &progress, previous: previous, head: nil, members: &members)
                }
            }.get()
        } catch {
            throw last.bytes.withUnsafeBytes { error.damage(in: $0, number: lines, path: path) }
        }
    }

    /// Refuses a batch with a record that a reader would refuse: written, it would lock every
    /// later command out of the ledger. Each line is held to every rule a reader holds a line
    /// to on its own: its length, and the schema's check of every field (a `recorded` outside
    /// the years 0001–9999, a manual record's empty source).
    private func check(_ records: [LedgerRecord]) throws(LedgerError) {
        for record in records {
            if LineReader.isTooLong(record.line.count) {
                throw LedgerError(.tooLong, "record \(record.seq) would be a line of \(record.line.count) bytes, more than the \(LineReader.lineLimit) a ledger line may hold; nothing was appended",
                                  path: path)
            }
            do throws(LineFault) {
                try LedgerRecord.check(line: record.line)
            } catch {
                throw LedgerError(.rejected, "record \(record.seq) would hold what no reader accepts: \(error.message); nothing was appended",
                                  path: path)
            }
        }
    }

    /// Cuts the ledger back to `size` after a failed write, and the error that says so, in the
    /// words of what was `doing`.
    private func rollBack(_ descriptor: Int32, to size: Int, after failure: SystemError, doing: String) -> LedgerError {
        do {
            try fileSystem.truncate(descriptor, size)
            try fileSystem.syncData(descriptor)
        } catch {
            return LedgerError(.io, "\(doing): \(failure); cutting it back to its old size failed too (\(error)): run 'motieledger verify'",
                               path: path)
        }
        return LedgerError(.io, "\(doing): \(failure); nothing was appended", path: path)
    }

    /// Writes all of `bytes`, going on after short writes.
    private func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(SystemError) {
        var offset = 0
        while offset < bytes.count {
            let count = try bytes.withUnsafeBytes { all in
                Result { () throws(SystemError) in try fileSystem.write(descriptor, UnsafeRawBufferPointer(rebasing: all[offset...])) }
            }.get()
            guard count > 0 else { throw SystemError(EIO) }
            offset += count
        }
    }

    /// Creates the directories the ledger's path needs; returns the parents whose entries changed.
    func makeParentDirectories() throws(LedgerError) -> [String] {
        var parents: [String] = []
        var prefix = path.hasPrefix("/") ? "/" : ""
        let components = path.split(separator: "/").dropLast()
        for component in components {
            let directory = prefix + component
            do {
                try fileSystem.makeDirectory(directory)
                parents.insert(directory, at: 0)
            } catch where error.code == EEXIST {
            } catch {
                throw LedgerError(.io, "cannot create the directory \(directory): \(error)", path: path)
            }
            prefix = directory + "/"
        }
        return parents
    }

    /// `path` with every symbolic link on the way resolved: where the file itself is. The path
    /// as given when that cannot be learnt.
    private static func resolved(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Makes the entry of `file` in its directory durable.
    func syncDirectory(of file: String) throws(SystemError) {
        let directory = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : "."
        let descriptor = try fileSystem.open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        defer { fileSystem.close(descriptor) }
        try fileSystem.sync(descriptor)
    }

    // MARK: Opening and locking

    /// Opens the ledger file with `flags`, and refuses anything but a regular file before a byte
    /// is read or written: a FIFO would block a reader and swallow a writer's batch, a device
    /// reads as an endless or an empty ledger. `O_NONBLOCK` keeps the open itself from waiting
    /// on a FIFO; for a regular file it changes nothing. `nil` when there is no file at the path.
    private func openRegularFile(_ flags: Int32) throws(LedgerError) -> LedgerFile? {
        let descriptor: Int32
        do {
            descriptor = try fileSystem.open(path, flags | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0o644)
        } catch where error.code == ENOENT {
            return nil
        } catch {
            // A directory opened to write (EISDIR), a socket (ENXIO): what it is says more.
            if let status = try? fileSystem.pathStatus(path), status.kind != .regular { throw notARegularFile(status.kind) }
            throw LedgerError(.io, "cannot open the ledger: \(error)", path: path)
        }
        let file = LedgerFile(descriptor: descriptor, fileSystem: fileSystem, path: path)
        let kind = try file.status().kind
        guard kind == .regular else { throw notARegularFile(kind) }
        return file
    }

    private func notARegularFile(_ kind: FileStatus.Kind) -> LedgerError {
        LedgerError(.io, "the ledger is \(kind), not a regular file", path: path)
    }

    /// How ``lockedToWrite(wait:creating:)`` opened the ledger: as it was, or creating it.
    private enum Opening { case existing, creating }

    /// The ledger opened to append, and locked for this writer alone; `creating` it when there
    /// is none (else that is an error). The lock is taken on the file itself, and holds only
    /// while the path still names the file: one renamed over it or removed while this writer
    /// waited is let go, and the file the path names now is taken instead.
    private func lockedToWrite(wait: Double, creating: Bool) throws(LedgerError) -> (file: LedgerFile, opened: Opening) {
        while true {
            let file: LedgerFile
            var opened = Opening.existing
            if let existing = try openRegularFile(O_RDWR | O_APPEND) {
                file = existing
            } else if creating {
                // Not O_EXCL: through a dangling symbolic link it fails whatever the link names,
                // and two writers creating the file at once must both end up with it.
                guard let created = try openRegularFile(O_RDWR | O_APPEND | O_CREAT) else {
                    throw LedgerError(.io, "cannot create the ledger: \(SystemError(ENOENT))", path: path)
                }
                file = created
                opened = .creating
            } else {
                throw LedgerError(.missing, "no ledger here (nothing to repair)", path: path)
            }
            try acquire(file.descriptor, LOCK_EX, wait: wait)
            let named: FileStatus
            do {
                named = try fileSystem.pathStatus(path)
            } catch where error.code == ENOENT {
                continue
            } catch {
                throw LedgerError(.io, "cannot read what the ledger's path names: \(error)", path: path)
            }
            if named.isSameFile(as: try file.status()) { return (file, opened) }
        }
    }

    /// Takes the lock, waiting up to `wait` seconds for another process to let go of it.
    private func acquire(_ descriptor: Int32, _ operation: Int32, wait: Double) throws(LedgerError) {
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        while true {
            do {
                try fileSystem.lock(descriptor, operation)
                return
            } catch where error.code == EWOULDBLOCK {
                var now = timespec()
                clock_gettime(CLOCK_MONOTONIC, &now)
                let waited = Double(now.tv_sec - start.tv_sec) + Double(now.tv_nsec - start.tv_nsec) / 1e9
                if waited >= wait {
                    throw LedgerError(.locked, "the ledger is locked by another writer; gave up after \(Ledger.seconds(wait)) (--wait SECONDS waits longer)",
                                      path: path)
                }
                usleep(10_000)
            } catch {
                throw LedgerError(.io, "cannot lock the ledger: \(error)", path: path)
            }
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// Opens the ledger to read, and learns its size while holding the lock shared, so that the
    /// bytes read are whole batches; then lets go, so that writers need not wait for the
    /// reading. `nil` when there is no ledger.
    private func openForReading(wait: Double) throws(LedgerError) -> (file: LedgerFile, size: Int)? {
        guard let file = try openRegularFile(O_RDONLY) else { return nil }
        try acquire(file.descriptor, LOCK_SH, wait: wait)
        let size = try file.status().size
        do {
            try fileSystem.lock(file.descriptor, LOCK_UN)
        } catch {
            throw LedgerError(.io, "cannot unlock the ledger: \(error)", path: path)
        }
        return (file, size)
    }

    /// One pass over the first `size` bytes, on all cores. With `needles`, a status line is
    /// decoded only when it holds one of them; every document and alias record is decoded, every
    /// line framed. The first fault in the file, if any, is thrown, as a single pass would.
    private func replay(_ file: LedgerFile, size: Int, needles: [[UInt8]]?, keepingTexts: Bool = false) throws(LedgerError) -> Timeline {
        let reader = LineReader(fileSystem: fileSystem, descriptor: file.descriptor, path: path)
        let bounds = try LedgerParts.bounds(of: file, size: size, parts: LedgerParts.count(size: size, requested: parts))
        var parts = LedgerParts.run(bounds.count - 1) { k in
            TimelinePart.read(reader, bounds[k]..<bounds[k + 1], needles: needles, keepingTexts: keepingTexts)
        }
        var linesBefore = 0
        for part in parts {
            if let fault = part.progress.fault(linesBefore: linesBefore, path: path) { throw fault }
            linesBefore += part.progress.outcome.lines
        }
        let outcome = LinePassOutcome(joining: parts.map(\.progress.outcome))
        if outcome.tornTail != nil { throw tornTail(outcome) }
        var timeline = Timeline(path: path, isComplete: needles == nil, file: file)
        timeline.apply(parts: &parts)
        timeline.finish(lines: outcome.lines, bytes: outcome.completeBytes, lastLine: outcome.lastLine)
        return timeline
    }

    private func tornTail(_ outcome: LinePassOutcome) -> LedgerError {
        LedgerError(.tornTail, Ledger.tornMessage(bytes: outcome.tornTail?.count ?? 0), path: path, line: outcome.lines + 1,
                    column: 1)
    }

    static func tornMessage(bytes: Int) -> String {
        "torn last line: \(bytes) bytes without a line break, as an interrupted append leaves them; run 'motieledger verify --repair' to move them aside"
    }
}

/// One part of a `verify` pass: its lines checked in full, but for its first line's content
/// (unless it is the file's first part), which needs the hash of the line before it.
private struct CheckedPart: Sendable {
    /// How many records of each type.
    struct Counts: Sendable {
        var documents = 0
        var events = 0
        var aliases = 0
        var facts = 0
        var corrections = 0
        var findings = 0

        mutating func add(_ type: RecordType) {
            switch type {
            case .document: documents += 1
            case .status: events += 1
            case .alias: aliases += 1
            case .facts: facts += 1
            case .void, .confirm: corrections += 1
            case .findings, .found: findings += 1
            }
        }

        mutating func add(_ other: Counts) {
            documents += other.documents
            events += other.events
            aliases += other.aliases
            facts += other.facts
            corrections += other.corrections
            findings += other.findings
        }
    }

    var progress: PartProgress
    var counts = Counts()
    /// The hash of the part's last line.
    var lastHash: String?
    /// The first line of a part after the first, for the merge to check.
    var firstLine: [UInt8] = []

    /// Checks the lines `range` of the file.
    static func check(_ reader: LineReader, _ range: Range<Int>, head: LedgerHead?) -> CheckedPart {
        let isFirst = range.lowerBound == 0
        var part = CheckedPart(progress: PartProgress(lineBase: isFirst ? 0 : nil))
        var previous = isFirst ? LedgerRecord.zeroHash : nil
        var members: [Member] = []
        do {
            let outcome = try reader.forEachLine(in: range) { line, number, _ throws(LedgerError) in
                guard let before = previous else {
                    part.firstLine = Array(line)
                    previous = SHA256.hash(line).hex
                    return
                }
                do throws(LineFault) {
                    let checked = try Ledger.checkLine(line, number: number, progress: &part.progress, previous: before,
                                                       head: head, members: &members)
                    part.counts.add(checked.type)
                    previous = checked.hash
                } catch {
                    throw error.damage(in: line, number: number, path: reader.path)
                }
            }
            part.progress.outcome = outcome
        } catch {
            part.progress.error = error
        }
        part.lastHash = previous
        return part
    }
}

extension String {
    /// The string with the first `target` replaced, or unchanged without one.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

import Foundation
import Glibc
import Testing
@testable import MotieLedger

/// The ledger never loses or half-writes a batch: whatever fails, the file is as it was, or
/// (after a crash mid-write) ends in a torn line that is recognised as such.
@Suite struct DurabilityTests {
    @Test func anAppendCutAtEveryByteReadsWholeOrTornNeverDamaged() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let (before, after) = try scratch.appendingMarchToJanuary()
        #expect(after.starts(with: before))
        for size in before.count...after.count {
            let cut = Array(after[..<size])
            scratch.write(cut)
            let lineBreaks = cut.filter { $0 == 0x0A }.count
            let query = ledgerError { () throws(LedgerError) in try scratch.ledger().timeline() }
            let verify = ledgerError { () throws(LedgerError) in try scratch.ledger().verify() }
            if cut.last == 0x0A {
                #expect(query == nil, "cut at \(size)")
                #expect(verify == nil, "cut at \(size)")
            } else {
                for error in [query, verify] {
                    #expect(error?.kind == .tornTail, "cut at \(size): \(error.map(String.init(describing:)) ?? "no error")")
                    #expect(error?.line == lineBreaks + 1)
                }
            }
        }
    }

    /// Appends March to a ledger holding January through `fileSystem`, and returns the error.
    private func failedAppend(_ fileSystem: FileSystem, sourceLocation: SourceLocation = #_sourceLocation) throws -> LedgerError? {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try scratch.ledger().ingest([Readings.january], now: Readings.now)
        let before = scratch.bytes()
        let error = ledgerError { () throws(LedgerError) in try scratch.ledger(fileSystem).ingest([Readings.march], now: Readings.now) }
        #expect(scratch.bytes() == before, "the ledger changed", sourceLocation: sourceLocation)
        #expect(error?.kind == .io, sourceLocation: sourceLocation)
        #expect(try scratch.ledger().verify().head.count == 5, sourceLocation: sourceLocation)
        return error
    }

    @Test func aFullDiskLeavesTheLedgerAsItWas() throws {
        var fileSystem = FileSystem.system
        fileSystem.write = { _, _ throws(SystemError) in throw SystemError(ENOSPC) }
        #expect(try failedAppend(fileSystem)?.message == "cannot append to the ledger: No space left on device; nothing was appended")
    }

    @Test func anIOErrorAfterPartOfTheBatchIsCutBack() throws {
        var fileSystem = FileSystem.system
        let calls = Calls()
        fileSystem.write = { descriptor, bytes throws(SystemError) in
            if calls.next() < 3 { return try FileSystem.system.write(descriptor, UnsafeRawBufferPointer(rebasing: bytes.prefix(100))) }
            throw SystemError(EIO)
        }
        #expect(try failedAppend(fileSystem)?.message == "cannot append to the ledger: Input/output error; nothing was appended")
    }

    @Test func aFailingSyncIsAFailure() throws {
        var fileSystem = FileSystem.system
        let calls = Calls()
        fileSystem.syncData = { descriptor throws(SystemError) in
            // The sync after the write fails; the one after cutting back succeeds.
            if calls.next() == 1 { throw SystemError(EIO) }
            try FileSystem.system.syncData(descriptor)
        }
        #expect(try failedAppend(fileSystem)?.message == "cannot append to the ledger: Input/output error; nothing was appended")
    }

    @Test func aFailedCutBackIsSaid() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        var fileSystem = FileSystem.system
        let calls = Calls()
        fileSystem.write = { descriptor, bytes throws(SystemError) in
            if calls.next() == 1 { return try FileSystem.system.write(descriptor, UnsafeRawBufferPointer(rebasing: bytes.prefix(10))) }
            throw SystemError(ENOSPC)
        }
        fileSystem.truncate = { _, _ throws(SystemError) in throw SystemError(EIO) }
        let error = ledgerError { () throws(LedgerError) in try scratch.ledger(fileSystem).ingest([Readings.january], now: Readings.now) }
        #expect(error?.message == "cannot append to the ledger: No space left on device; cutting it back to its old size failed too (Input/output error): run 'motieledger verify'")
        // What is left is a torn line, which the next writer refuses to append onto.
        let refused = ledgerError { () throws(LedgerError) in try scratch.ledger().ingest([Readings.january], now: Readings.now) }
        #expect(refused?.kind == .tornTail)
        #expect(refused?.message.contains("nothing was appended onto it") == true)
        let repair = try scratch.ledger().repair(now: Readings.now)
        #expect(repair?.bytes == 10)
        #expect(scratch.bytes(repair?.backup).count == 10)
        #expect(scratch.bytes().isEmpty)
    }

    @Test func shortWritesStillWriteEverything() throws {
        let scratch = Scratch(), reference = Scratch()
        defer { scratch.remove(); reference.remove() }
        var fileSystem = FileSystem.system
        fileSystem.write = { descriptor, bytes throws(SystemError) in
            try FileSystem.system.write(descriptor, UnsafeRawBufferPointer(rebasing: bytes.prefix(7)))
        }
        _ = try scratch.ledger(fileSystem).ingest([Readings.january, Readings.march], now: Readings.now)
        _ = try reference.ledger().ingest([Readings.january, Readings.march], now: Readings.now)
        #expect(scratch.bytes() == reference.bytes())
    }

    @Test func aRecordLongerThanAReaderAcceptsIsRefusedAndNothingIsWritten() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try scratch.ledger().ingest([Readings.january], now: Readings.now)
        let before = scratch.bytes()
        let huge = MotionReading(
            id: nil, nameKey: "motie-erkens", name: String(repeating: "Erkens ", count: 200_000), status: .vervallen,
            evidence: "De motie Erkens c.s. is uitgevoerd.", evidenceLine: 1, answers: [], expected: nil, uncertain: false)
        let reading = DocumentReading(number: "2026D20000", date: Readings.day("2026-05-01"), debate: nil,
                                      sha256: SHA256.hash(Array("2026D20000".utf8)).hex, motions: [huge])
        for dryRun in [true, false] {
            let error = ledgerError { () throws(LedgerError) in try scratch.ledger().ingest([reading], now: Readings.now, dryRun: dryRun) }
            #expect(error?.kind == .tooLong)
            #expect(error?.message.contains("more than the 1048576 a ledger line may hold; nothing was appended") == true)
        }
        #expect(SHA256.hash(scratch.bytes()) == SHA256.hash(before))
        #expect(try scratch.ledger().verify().head.count == 5)
    }

    @Test func aNewLedgerIsRemovedFromTheRecordIfItsDirectoryCannotBeSynced() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        var fileSystem = FileSystem.system
        fileSystem.sync = { _ throws(SystemError) in throw SystemError(EIO) }
        let error = ledgerError { () throws(LedgerError) in try scratch.ledger(fileSystem).ingest([Readings.january], now: Readings.now) }
        #expect(error?.kind == .io)
        #expect(scratch.bytes().isEmpty)
    }

    @Test func aSecondWriterWaitsThenGivesUp() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try scratch.ledger().ingest([Readings.january], now: Readings.now)
        // flock locks belong to the open file, so a second open in this process contends like another process.
        let holder = open(scratch.ledgerPath, O_RDONLY)
        #expect(flock(holder, LOCK_EX) == 0)
        defer { close(holder) }
        let start = Date()
        let error = ledgerError { () throws(LedgerError) in try scratch.ledger().ingest([Readings.march], now: Readings.now, wait: 0.3) }
        #expect(error?.kind == .locked)
        #expect(Date().timeIntervalSince(start) >= 0.3)
        // Readers wait for a writer too, so they never see half a batch.
        #expect(ledgerError { () throws(LedgerError) in try scratch.ledger().timeline(wait: 0.1) }?.kind == .locked)
    }

    @Test func aRealFullDisk() throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("motieledger-tmpfs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: mountPoint) }
        guard mount("tmpfs", mountPoint, "tmpfs", 0, "size=16k") == 0 else {
            print("note: cannot mount a tmpfs here (\(String(cString: strerror(errno)))); skipping the real full-disk test")
            return
        }
        defer { umount(mountPoint) }
        let ledger = Ledger(path: mountPoint + "/moties.jsonl")
        var readings: [DocumentReading] = []
        var accepted = 0
        var failure: LedgerError?
        for index in 0..<200 where failure == nil {
            let reading = DocumentReading(number: "2026D\(10_000 + index)", date: Readings.day("2026-02-01").adding(days: index),
                                          debate: nil, sha256: SHA256.hash(Array("\(index)".utf8)).hex,
                                          motions: [index.isMultiple(of: 2) ? Readings.paternotte : Readings.march.motions[0]])
            readings.append(reading)
            let before = (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: ledger.path)))) ?? []
            do {
                _ = try ledger.ingest([reading], now: Readings.now)
                accepted += 1
            } catch {
                failure = error
                #expect((try? [UInt8](Data(contentsOf: URL(fileURLWithPath: ledger.path)))) ?? [] == before)
            }
        }
        #expect(failure?.kind == .io)
        #expect(failure?.message.contains("No space left on device") == true)
        #expect(accepted > 0)
        #expect(try ledger.verify().documents == accepted)
    }
}

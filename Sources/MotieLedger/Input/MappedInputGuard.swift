import Glibc
import Synchronization

/// The SIGBUS handler for the one mapped input: a fault in its pages (the file was cut short
/// underneath) gets zeros in their place and is noted; any other SIGBUS goes to the action
/// there was before, as if this handler were not there.
///
/// The handler may only touch what is safe in a signal handler: the atomics below, and
/// `mmap` and `sigaction`, which are system calls.
enum MappedInputGuard {
    /// Claims the guard for the mapping of `count` bytes at `address`; `false` while another
    /// mapping holds it.
    static func claim(_ address: UnsafeMutableRawPointer, count: Int) -> Bool {
        guard handlerInstalled, guardBusy.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
        else { return false }
        guardFaulted.store(false, ordering: .releasing)
        let start = Int(bitPattern: address)
        guardEnd.store(start + (count + pageSize - 1) / pageSize * pageSize, ordering: .releasing)
        guardStart.store(start, ordering: .releasing)
        return true
    }

    /// Whether a page of the mapping was replaced since it was claimed.
    static var hasFaulted: Bool { guardFaulted.load(ordering: .acquiring) }

    /// Lets go of the mapping, before it is unmapped.
    static func release() {
        guardStart.store(0, ordering: .releasing)
        guardEnd.store(0, ordering: .releasing)
        guardBusy.store(false, ordering: .releasing)
    }
}

private let guardBusy = Atomic<Bool>(false)
private let guardStart = Atomic<Int>(0)
private let guardEnd = Atomic<Int>(0)
private let guardFaulted = Atomic<Bool>(false)
private let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
/// The action for SIGBUS before the guard's: the Swift runtime's crash report, or the default.
nonisolated(unsafe) private var previousAction = sigaction()

/// Installs the handler, once, the first time a mapping is claimed.
private let handlerInstalled: Bool = {
    var action = sigaction()
    action.__sigaction_handler.sa_sigaction = busError
    action.sa_flags = SA_SIGINFO
    sigemptyset(&action.sa_mask)
    return sigaction(SIGBUS, &action, &previousAction) == 0
}()

private func busError(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    if let info, info.pointee.si_code > 0 {
        let address = Int(bitPattern: info.pointee._sifields._sigfault.si_addr)
        let start = guardStart.load(ordering: .acquiring), end = guardEnd.load(ordering: .acquiring)
        if start != 0, start <= address, address < end {
            let page = address & ~(pageSize - 1)
            let zeros = mmap(UnsafeMutableRawPointer(bitPattern: page), end - page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
            if zeros != MAP_FAILED {
                guardFaulted.store(true, ordering: .releasing)
                return
            }
        }
    }
    // Not the mapping's: the action before takes it. A fault happens again when the handler
    // returns; a signal sent by a program is sent again.
    sigaction(SIGBUS, &previousAction, nil)
    if let info, info.pointee.si_code <= 0 { raise(SIGBUS) }
}

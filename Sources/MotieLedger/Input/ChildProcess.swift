import Glibc

/// An outside program run as a child process, its output collected, with a deadline: a
/// program that hangs on hostile input is killed rather than waited for.
struct ChildProcess {
    /// What the program gave.
    struct Result {
        let status: Int32
        let output: [UInt8]
        let errors: [UInt8]
    }

    enum Failure: Error, Equatable {
        /// No executable of that name on `PATH`.
        case notFound
        /// It could not be started (the system's reason).
        case cannotStart(String)
        /// It ran past the deadline and was killed.
        case timedOut
        /// It was ended by a signal.
        case killed(Int32)
    }

    /// The executable `name` on `PATH`, if there is one.
    static func find(_ name: String, path: String? = getenv("PATH").map { String(cString: $0) }) -> String? {
        for directory in (path ?? "/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = directory + "/" + name
            if access(candidate, X_OK) == 0 { return String(candidate) }
        }
        return nil
    }

    /// Runs `executable` with `arguments`, standard input closed, and collects its standard
    /// output and error until it exits or `timeout` seconds pass.
    static func run(_ executable: String, _ arguments: [String], timeout: Double) throws(Failure) -> Result {
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0 else { throw .cannotStart(String(cString: strerror(errno))) }
        guard pipe(&errPipe) == 0 else {
            close(outPipe[0]); close(outPipe[1])
            throw .cannotStart(String(cString: strerror(errno)))
        }
        // Not inherited by other children this process starts meanwhile (the child gets its
        // copies through dup2, which clears the flag).
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(outPipe[1]); close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0]); close(errPipe[0])
            throw .cannotStart(String(cString: strerror(spawned)))
        }

        var output: [UInt8] = [], errors: [UInt8] = []
        var open = [outPipe[0], errPipe[0]]
        var timedOut = false
        let deadline = now() + timeout
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while !open.isEmpty {
            let left = deadline - now()
            if left <= 0 { timedOut = true; break }
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(left, 1) * 1000) + 1)
            if ready < 0, errno != EINTR { break }
            for entry in fds where entry.revents != 0 {
                let got = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if got > 0 {
                    if entry.fd == outPipe[0] { output += buffer[..<got] } else { errors += buffer[..<got] }
                } else if got == 0 || errno != EINTR {
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        close(outPipe[0]); close(errPipe[0])
        if timedOut { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        if timedOut { throw .timedOut }
        // WIFSIGNALED / WEXITSTATUS, which Glibc's module does not export as functions.
        if status & 0x7F != 0 { throw .killed(status & 0x7F) }
        return Result(status: (status >> 8) & 0xFF, output: output, errors: errors)
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs processes with `posix_spawnp` (which searches `PATH` when the program
/// names no path), without a shell and without Foundation's `Process`:
/// standard input is `/dev/null`, both output pipes are read as they fill (so
/// a chatty process cannot block on a full pipe), and a process still running
/// at the timeout is killed.
public struct SpawnProcessRunner: CredentialProcessRunning {
    /// Creates a runner.
    public init() {}

    /// Runs `arguments` and waits for the process to exit, at most `timeout` seconds.
    public func run(_ arguments: [String], timeout: Double) throws(CredentialError) -> ProcessOutput {
        guard let program = arguments.first else { throw CredentialError("credential_process is empty") }
        guard let output = Pipe(), let errors = Pipe() else {
            throw CredentialError("cannot start \(program): \(Self.reason(errno))")
        }
        var pid = pid_t()
        var spawned = Self.spawn(arguments, output: output, errors: errors, pid: &pid)
        // A script just written is "busy" while a process forked elsewhere in
        // this program still holds its write descriptor: wait a moment and retry.
        var retries = 0
        while spawned == ETXTBSY && retries < 20 {
            usleep(5000)
            retries += 1
            spawned = Self.spawn(arguments, output: output, errors: errors, pid: &pid)
        }
        close(output.write)
        close(errors.write)
        guard spawned == 0 else {
            close(output.read)
            close(errors.read)
            throw CredentialError("cannot start \(program): \(Self.reason(spawned))")
        }
        let deadline = Self.now() + timeout
        var collected = Collected(output: output.read, errors: errors.read)
        let finished = collected.readAll(until: deadline)
        collected.closeAll()
        guard finished, let status = Self.wait(for: pid, until: deadline) else {
            kill(pid, SIGKILL)
            _ = Self.wait(for: pid, until: nil)
            throw CredentialError("\(program) did not finish within \(Int(timeout)) s")
        }
        return ProcessOutput(status: status, standardOutput: collected.outputBytes, standardError: collected.errorBytes)
    }

    private static func spawn(_ arguments: [String], output: Pipe, errors: Pipe, pid: inout pid_t) -> Int32 {
        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output.write, STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errors.write, STDERR_FILENO)
        let strings: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        defer { strings.forEach { free($0) } }
        let argv = strings + [nil]
        return argv.withUnsafeBufferPointer { pointers in
            guard let vector = pointers.baseAddress else { return EINVAL }
            return posix_spawnp(&pid, arguments[0], &actions, nil, vector, environ)
        }
    }

    /// The exit status (or the number of the signal that ended it), or nil
    /// when the process is still running at `deadline` (nil waits as long as it takes).
    private static func wait(for pid: pid_t, until deadline: Double?) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { return -1 }
            if result == 0 {
                guard let deadline, now() < deadline else { return nil }
                usleep(2000)
            }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : signal
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// A pipe whose ends are closed on `exec`, so the child keeps only the
/// copies `posix_spawn` puts on its standard output and error.
private struct Pipe {
    let read: Int32
    let write: Int32

    init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        read = ends[0]
        write = ends[1]
    }
}

/// Both output pipes of a child, read with `poll` as data arrives.
private struct Collected {
    var outputBytes: [UInt8] = []
    var errorBytes: [UInt8] = []
    private var open: [Int32]
    private let output: Int32

    init(output: Int32, errors: Int32) {
        self.output = output
        open = [output, errors]
    }

    /// Reads until both pipes reach end of file (true) or `deadline` passes (false).
    mutating func readAll(until deadline: Double) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            let remaining = deadline - SpawnProcessRunner.now()
            guard remaining > 0 else { return false }
            var polled = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polled, nfds_t(polled.count), Int32(min(remaining * 1000, 60_000)) + 1)
            if ready < 0 && errno != EINTR { return false }
            for entry in polled where entry.revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    if entry.fd == output {
                        outputBytes += chunk[0..<count]
                    } else {
                        errorBytes += chunk[0..<count]
                    }
                } else if count == 0 || errno != EINTR {
                    close(entry.fd)
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        return true
    }

    /// Closes the pipes still open (after a timeout).
    mutating func closeAll() {
        open.forEach { close($0) }
        open = []
    }
}

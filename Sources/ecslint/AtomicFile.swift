#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report safely, whatever is at the path.
///
/// - A symbolic link is followed to its target (also a dangling one), which
///   is written as below; the link itself stays.
/// - A regular file (or nothing) is replaced atomically: the text goes to a
///   temporary made with `mkstemp` (`O_CREAT|O_EXCL`, mode 0600, an
///   unpredictable name `.ecslint-XXXXXX` of fixed length in the same
///   folder, so long names work), which gets the old file's mode (and owner,
///   when allowed) or the umask's default, is synced, then renamed over it.
///   A reader never sees half a report.
/// - A device, FIFO or socket (`/dev/null`, `/dev/stdout`, a pipe) is opened
///   and written directly: renaming over it would replace the node.
/// - SIGINT and SIGTERM while the temporary exists remove it (see
///   ``TemporaryCleanup``).
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The most symbolic links followed, as the kernel's `ELOOP` limit.
    static let maximumLinks = 40

    static func write(_ text: String, to path: String) throws(Failure) {
        let target = try resolvedTarget(path)
        var info = stat()
        let exists = RawPath.withCString(target) { stat($0, &info) } == 0
        if exists {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw Failure(description: "it is a directory")
            default: return try writeDirectly(text, to: target)
            }
        }
        try replace(target, with: text, keeping: exists ? info : nil)
    }

    /// The path a write to `path` lands on: symbolic links followed.
    static func resolvedTarget(_ path: String) throws(Failure) -> String {
        var current = RawPath.bytes(of: path)
        for _ in 0..<maximumLinks {
            var info = stat()
            let isLink = withCPath(current) { lstat($0, &info) } == 0 && (info.st_mode & S_IFMT) == S_IFLNK
            guard isLink else { return RawPath.display(current) }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let capacity = buffer.count - 1
            let length = withCPath(current) { link in readlink(link, &buffer, capacity) }
            guard length > 0 else { throw Failure(description: String(cString: strerror(errno))) }
            let destination = buffer[0..<length].map { UInt8(bitPattern: $0) }
            if destination.first == UInt8(ascii: "/") {
                current = destination
            } else {
                let folder = current.lastIndex(of: UInt8(ascii: "/")).map { Array(current[...$0]) } ?? []
                current = folder + destination
            }
        }
        throw Failure(description: "too many levels of symbolic links")
    }

    private static func writeDirectly(_ text: String, to target: String) throws(Failure) {
        let descriptor = RawPath.withCString(target) { open($0, O_WRONLY | O_CLOEXEC | O_NOCTTY) }
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard writeAll(Array(text.utf8), to: descriptor) else {
            throw Failure(description: "write failed: \(String(cString: strerror(errno)))")
        }
    }

    private static func replace(_ target: String, with text: String, keeping existing: stat?) throws(Failure) {
        let raw = RawPath.bytes(of: target)
        let folder = raw.lastIndex(of: UInt8(ascii: "/")).map { Array(raw[...$0]) } ?? []
        var template = (folder + Array(".ecslint-XXXXXX".utf8)).map { CChar(bitPattern: $0) } + [0]
        // mkstemp opens with O_CREAT | O_EXCL (mode 0600): it never follows
        // a symbolic link planted at the name, and the name is unpredictable.
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        let temporary = Array(template.dropLast())
        TemporaryCleanup.begin(temporary)
        defer { TemporaryCleanup.end() }
        var failure: String?
        if let existing {
            if fchmod(descriptor, existing.st_mode & 0o7777) != 0 { failure = String(cString: strerror(errno)) }
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
        } else {
            let mask = umask(0)
            umask(mask)
            if fchmod(descriptor, 0o666 & ~mask) != 0 { failure = String(cString: strerror(errno)) }
        }
        if failure == nil, !writeAll(Array(text.utf8), to: descriptor) || fsync(descriptor) != 0 {
            failure = "write failed: \(String(cString: strerror(errno)))"
        }
        close(descriptor)
        if failure == nil,
            withCPath(
                temporary.map(UInt8.init(bitPattern:)),
                { from in
                    withCPath(raw) { to in rename(from, to) }
                }) != 0
        {
            failure = String(cString: strerror(errno))
        }
        if let failure {
            _ = withCPath(temporary.map(UInt8.init(bitPattern:))) { unlink($0) }
            throw Failure(description: failure)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    private static func withCPath<Result>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        let raw = bytes.map { CChar(bitPattern: $0) } + [0]
        return body(raw)
    }
}

/// Removes the temporary of a report being written when SIGINT or SIGTERM
/// arrives, then dies of the signal as it would have. The handler only calls
/// `unlink`, `signal` and `raise` (async-signal-safe) on a path copied into
/// memory allocated beforehand.
enum TemporaryCleanup {
    nonisolated(unsafe) private static let path = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)
    nonisolated(unsafe) private static var installed = false

    /// Records `temporary` (a C string without its NUL) for removal on a signal.
    static func begin(_ temporary: [CChar]) {
        let count = min(temporary.count, Int(PATH_MAX))
        for index in 0..<count { path[index] = temporary[index] }
        path[count] = 0
        if !installed {
            installed = true
            signal(SIGINT, handler)
            signal(SIGTERM, handler)
        }
    }

    /// The temporary is gone (renamed or removed).
    static func end() {
        path[0] = 0
    }

    private static let handler: @convention(c) (Int32) -> Void = { signalNumber in
        if TemporaryCleanup.path[0] != 0 { unlink(TemporaryCleanup.path) }
        signal(signalNumber, SIG_DFL)
        raise(signalNumber)
    }
}

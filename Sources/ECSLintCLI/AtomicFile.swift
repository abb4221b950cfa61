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
/// - SIGINT and SIGTERM while a temporary exists remove it (see
///   ``TemporaryCleanup``).
///
/// Reports are streamed: ``AtomicFileWriter`` takes the text in pieces and
/// puts the file in place only on `commit`.
enum AtomicFile {
    /// Why a file could not be written.
    struct Failure: Error, CustomStringConvertible {
        /// The destination as given.
        let path: String
        let description: String
    }

    /// The most symbolic links followed, as the kernel's `ELOOP` limit.
    static let maximumLinks = 40

    /// Writes `text` to `path` in one go.
    static func write(_ text: String, to path: String) throws(Failure) {
        let file = try AtomicFileWriter(destination: path)
        do {
            try file.write(text)
            try file.commit()
        } catch {
            file.abandon()
            throw error
        }
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
            guard length > 0 else { throw Failure(path: path, description: String(cString: strerror(errno))) }
            let destination = buffer[0..<length].map { UInt8(bitPattern: $0) }
            if destination.first == UInt8(ascii: "/") {
                current = destination
            } else {
                let folder = current.lastIndex(of: UInt8(ascii: "/")).map { Array(current[...$0]) } ?? []
                current = folder + destination
            }
        }
        throw Failure(path: path, description: "too many levels of symbolic links")
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
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

    static func withCPath<Result>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        let raw = bytes.map { CChar(bitPattern: $0) } + [0]
        return body(raw)
    }
}

/// A report being written in pieces: into a temporary beside the target,
/// put in place by `commit` (or straight into a device or FIFO).
final class AtomicFileWriter {
    private let destination: String
    private let target: [UInt8]
    private var descriptor: Int32 = -1
    /// The temporary's path (a C string without its NUL), nil when writing directly.
    private var temporary: [CChar]?
    private var slot: Int?

    /// Opens the temporary beside `destination`'s target (or the device itself).
    init(destination: String) throws(AtomicFile.Failure) {
        self.destination = destination
        let resolved = try AtomicFile.resolvedTarget(destination)
        target = RawPath.bytes(of: resolved)
        var info = stat()
        let exists = RawPath.withCString(resolved) { stat($0, &info) } == 0
        if exists {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw AtomicFile.Failure(path: destination, description: "it is a directory")
            default:
                descriptor = RawPath.withCString(resolved) { open($0, O_WRONLY | O_CLOEXEC | O_NOCTTY) }
                guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
                return
            }
        }
        let folder = target.lastIndex(of: UInt8(ascii: "/")).map { Array(target[...$0]) } ?? []
        let template = (folder + Array(".ecslint-XXXXXX".utf8)).map { CChar(bitPattern: $0) } + [0]
        // mkstemp opens with O_CREAT | O_EXCL (mode 0600): it never follows
        // a symbolic link planted at the name, and the name is unpredictable.
        // Made in memory the signal handler already watches, so a signal at
        // any moment after `mkstemp` removes it.
        let made = TemporaryCleanup.makeTemporary(template)
        descriptor = made.descriptor
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        let name = made.name
        temporary = name
        slot = made.slot
        let modeSet: Bool
        if exists {
            modeSet = fchmod(descriptor, info.st_mode & 0o7777) == 0
            _ = fchown(descriptor, info.st_uid, info.st_gid)
        } else {
            let mask = umask(0)
            umask(mask)
            modeSet = fchmod(descriptor, 0o666 & ~mask) == 0
        }
        guard modeSet else {
            let reason = String(cString: strerror(errno))
            abandon()
            throw failure(reason)
        }
    }

    deinit { abandon() }

    /// Appends `text`.
    func write(_ text: String) throws(AtomicFile.Failure) {
        guard descriptor >= 0 else { return }
        guard AtomicFile.writeAll(Array(text.utf8), to: descriptor) else {
            let reason = String(cString: strerror(errno))
            abandon()
            throw failure("write failed: \(reason)")
        }
    }

    /// Syncs the temporary and renames it over the target.
    func commit() throws(AtomicFile.Failure) {
        guard descriptor >= 0 else { return }
        guard let temporary else {
            close(descriptor)
            descriptor = -1
            return
        }
        let synced = fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        descriptor = -1
        guard synced else {
            removeTemporary()
            throw failure("write failed: \(reason)")
        }
        let renamed = AtomicFile.withCPath(temporary.map { UInt8(bitPattern: $0) }) { from in
            AtomicFile.withCPath(target) { to in rename(from, to) }
        }
        guard renamed == 0 else {
            let reason = String(cString: strerror(errno))
            removeTemporary()
            throw failure(reason)
        }
        self.temporary = nil
        TemporaryCleanup.end(slot)
        slot = nil
    }

    /// Closes and removes the temporary.
    func abandon() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        removeTemporary()
    }

    private func removeTemporary() {
        guard let temporary else { return }
        _ = AtomicFile.withCPath(temporary.map { UInt8(bitPattern: $0) }) { unlink($0) }
        self.temporary = nil
        TemporaryCleanup.end(slot)
        slot = nil
    }

    private func failure(_ reason: String) -> AtomicFile.Failure {
        AtomicFile.Failure(path: destination, description: reason)
    }
}

/// Removes the temporaries of reports being written when SIGINT or SIGTERM
/// arrives, then dies of the signal as it would have. The handler only calls
/// `unlink`, `signal` and `raise` (async-signal-safe) on paths copied into
/// memory allocated beforehand; one slot per report written at once.
enum TemporaryCleanup {
    /// How many temporaries can be open at once (one per `--output`).
    static let slots = 16
    nonisolated(unsafe) private static let paths = UnsafeMutablePointer<CChar>.allocate(
        capacity: slots * (Int(PATH_MAX) + 1))
    nonisolated(unsafe) private static var used = [Bool](repeating: false, count: slots)
    nonisolated(unsafe) private static var installed = false

    /// Creates a temporary with `mkstemp` from `template` (a C string with
    /// its NUL, ending in `XXXXXX`) inside a slot the handler watches, so
    /// that no signal can arrive between its creation and its recording;
    /// returns the descriptor (-1 with `errno` set), the name (without its
    /// NUL) and the slot (nil when every slot is taken or the name is too long).
    ///
    /// A signal before `mkstemp` has filled in the name makes the handler
    /// unlink the template's literal name, which `mkstemp` never creates.
    static func makeTemporary(_ template: [CChar]) -> (descriptor: Int32, name: [CChar], slot: Int?) {
        if !installed {
            installed = true
            for slot in 0..<slots { paths[slot * (Int(PATH_MAX) + 1)] = 0 }
            signal(SIGINT, handler)
            signal(SIGTERM, handler)
        }
        guard template.count <= Int(PATH_MAX) + 1, let slot = used.firstIndex(of: false) else {
            var unwatched = template
            let descriptor = mkstemp(&unwatched)
            return (descriptor, Array(unwatched.dropLast()), nil)
        }
        used[slot] = true
        let start = paths + slot * (Int(PATH_MAX) + 1)
        for (index, byte) in template.enumerated() { start[index] = byte }
        let descriptor = mkstemp(start)
        let name = Array(UnsafeBufferPointer(start: start, count: template.count - 1))
        guard descriptor >= 0 else {
            let error = errno
            end(slot)
            errno = error
            return (descriptor, name, nil)
        }
        return (descriptor, name, slot)
    }

    /// The temporary of `slot` is gone (renamed or removed).
    static func end(_ slot: Int?) {
        guard let slot else { return }
        paths[slot * (Int(PATH_MAX) + 1)] = 0
        used[slot] = false
    }

    private static let handler: @convention(c) (Int32) -> Void = { signalNumber in
        for slot in 0..<TemporaryCleanup.slots {
            let path = TemporaryCleanup.paths + slot * (Int(PATH_MAX) + 1)
            if path[0] != 0 { unlink(path) }
        }
        signal(signalNumber, SIG_DFL)
        raise(signalNumber)
    }
}

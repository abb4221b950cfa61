#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file atomically: to a temporary file in the same folder, then
/// renamed over the destination, so a reader never sees half a report.
enum AtomicFile {
    /// Why a file could not be written.
    struct Failure: Error, CustomStringConvertible {
        /// The destination.
        let path: String
        let description: String
    }

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
}

/// A file being written in pieces into its temporary file; `commit` puts it in place.
final class AtomicFileWriter {
    private let destination: String
    private let temporary: String
    private var file: UnsafeMutablePointer<FILE>?

    /// Creates the temporary file beside `destination`.
    init(destination: String) throws(AtomicFile.Failure) {
        self.destination = destination
        temporary = destination + ".ecslint-\(getpid()).tmp"
        guard let file = fopen(temporary, "wb") else {
            throw AtomicFile.Failure(path: destination, description: String(cString: strerror(errno)))
        }
        self.file = file
    }

    deinit { abandon() }

    /// Appends `text`.
    func write(_ text: String) throws(AtomicFile.Failure) {
        guard let file else { return }
        var text = text
        let count = text.utf8.count
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == count else {
            let reason = String(cString: strerror(errno))
            abandon()
            throw AtomicFile.Failure(path: destination, description: "write failed: \(reason)")
        }
    }

    /// Flushes the file to disk and renames it over the destination.
    func commit() throws(AtomicFile.Failure) {
        guard let file else { return }
        let flushed = fflush(file) == 0 && fsync(fileno(file)) == 0
        fclose(file)
        self.file = nil
        guard flushed else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw AtomicFile.Failure(path: destination, description: "write failed: \(reason)")
        }
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw AtomicFile.Failure(path: destination, description: reason)
        }
    }

    /// Closes and removes the temporary file.
    func abandon() {
        guard let file else { return }
        fclose(file)
        self.file = nil
        unlink(temporary)
    }
}

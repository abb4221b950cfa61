#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files and file descriptors as bytes, with errors a person understands.
enum FileReader {
    /// Files larger than this are not read whole: a task definition is at most 64 KiB.
    static let maximumSize = 16 * 1024 * 1024

    /// Why an input could not be read.
    enum Failure: Error, CustomStringConvertible {
        case cannotOpen(String, String)
        case cannotRead(String, String)
        case tooLarge(String, Int)

        var description: String {
            switch self {
            case .cannotOpen(let path, let reason): "cannot read \(path): \(reason)"
            case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
            case .tooLarge(let path, let size):
                "\(path) is larger than \(size / (1024 * 1024)) MiB; a task definition is at most 64 KiB, so this is not one"
            }
        }
    }

    /// The bytes of the file at `path`.
    static func contents(ofFile path: String) -> Result<(path: String, bytes: [UInt8]), Failure> {
        let descriptor = RawPath.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return .failure(.cannotOpen(path, String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        return read(descriptor, path: path)
    }

    /// Everything left to read on `descriptor`, named `path` in errors.
    static func read(_ descriptor: Int32, path: String) -> Result<(path: String, bytes: [UInt8]), Failure> {
        var bytes: [UInt8] = []
        // A regular file is read in one call into a buffer one byte larger
        // than its size (the second call sees the end); a pipe or a file that
        // grows is read in chunks of 64 KiB. The buffer is not zeroed first.
        var status = stat()
        let size = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : -1
        let chunkSize = size >= 0 && size < 65536 ? size + 1 : 65536
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = Glibc.read(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotRead(path, String(cString: strerror(errno))))
            }
            if count == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
            if bytes.count > maximumSize { return .failure(.tooLarge(path, maximumSize)) }
        }
        return .success((path, bytes))
    }
}

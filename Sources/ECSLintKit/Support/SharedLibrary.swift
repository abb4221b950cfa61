#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A system library opened with `dlopen` when it is first needed (libyaml,
/// libxml2), and the C functions looked up in it. The handle is never
/// closed: the functions live as long as the process.
struct SharedLibrary {
    private let handle: UnsafeMutableRawPointer
    /// The symbols asked for that the library does not have, in order.
    private(set) var missingSymbols: [String] = []

    /// Opens the library `name` (`RTLD_NOW | RTLD_LOCAL`), or gives
    /// `dlerror`'s reason ("not found" when it has none).
    static func open(_ name: String) -> Result<SharedLibrary, OpenFailure> {
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
            return .failure(OpenFailure(reason: dlerror().map { String(cString: $0) } ?? "not found"))
        }
        return .success(SharedLibrary(handle: handle))
    }

    /// Why `dlopen` failed.
    struct OpenFailure: Error {
        let reason: String
    }

    /// The C function `symbol` as `type`, or nil (and `symbol` is added to
    /// `missingSymbols`) when the library does not have it.
    mutating func function<Function>(_ symbol: String, as type: Function.Type) -> Function? {
        guard let address = dlsym(handle, symbol) else {
            missingSymbols.append(symbol)
            return nil
        }
        return unsafeBitCast(address, to: type)
    }
}

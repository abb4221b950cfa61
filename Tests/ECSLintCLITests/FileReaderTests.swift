import Foundation
import Testing

@testable import ECSLintCLI

/// `FileReader` reads a regular file with one buffer sized from `fstat` and
/// anything else in chunks; both must give every byte, at every size.
@Suite struct FileReaderTests {
    @Test(arguments: [0, 1, 1_100, 65_535, 65_536, 65_537, 200_000])
    func aRegularFileIsReadWhole(size: Int) throws {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        let path = folder + "/file.json"
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        guard case .success(let read) = FileReader.contents(ofFile: path) else {
            Issue.record("\(path) was not read")
            return
        }
        #expect(read.path == path)
        #expect(read.bytes == bytes)
    }

    @Test func aPipeIsReadInChunksToItsEnd() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let bytes = (0..<150_000).map { UInt8(truncatingIfNeeded: $0) }
        let writeEnd = ends[1]
        let writer = Thread {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(writeEnd, buffer.baseAddress! + offset, min(10_000, buffer.count - offset))
                    guard written > 0 else { break }
                    offset += written
                }
            }
            close(writeEnd)
        }
        writer.start()
        defer { close(ends[0]) }
        guard case .success(let read) = FileReader.read(ends[0], path: "-") else {
            Issue.record("the pipe was not read")
            return
        }
        #expect(read.bytes == bytes)
    }

    @Test func aFolderIsAReadErrorNotACrash() {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        guard case .failure(let failure) = FileReader.contents(ofFile: folder) else {
            Issue.record("a folder was read as a file")
            return
        }
        #expect(failure.description.hasPrefix("cannot read \(folder): "))
    }
}

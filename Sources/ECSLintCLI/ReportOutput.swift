import ECSLintKit

/// Where each `--format` goes, written as the reports arrive: standard output
/// directly, an `--output` file through a temporary file renamed over it at
/// the end (so a reader never sees half a report).
///
/// Nothing is written until the first report: a run that reports no file
/// prints nothing and creates no file.
struct ReportOutput {
    private struct Sink {
        let reporter: any StreamingReporter
        let destination: String?
        var file: AtomicFileWriter?
    }

    private var sinks: [Sink]
    private var started = false
    /// Standard output not yet written: written in blocks of 64 KiB, or at
    /// once when standard output is a terminal.
    private var pending: [UInt8] = []
    private let console: Console
    private let flushesEachPart: Bool
    /// The counts over every file written so far.
    private(set) var summary = RunSummary()

    init(_ reporters: [(reporter: any StreamingReporter, destination: String?)], console: Console) {
        self.console = console
        flushesEachPart = console.standardOutput.isTerminal
        sinks = reporters.map { Sink(reporter: $0.reporter, destination: $0.destination, file: nil) }
    }

    /// Writes one file's report to every destination, starting them first if needed.
    mutating func write(_ report: FileReport) throws(AtomicFile.Failure) {
        if !started {
            started = true
            for index in sinks.indices {
                if let destination = sinks[index].destination {
                    sinks[index].file = try AtomicFileWriter(destination: destination)
                }
                try emit(sinks[index].reporter.header(toolVersion: summary.toolVersion), to: index)
            }
        }
        for index in sinks.indices {
            try emit(sinks[index].reporter.part(for: report, after: summary), to: index)
        }
        summary.add(report)
    }

    /// Ends every report that was started and puts the files in place.
    mutating func finish() throws(AtomicFile.Failure) {
        guard started else { return }
        for index in sinks.indices {
            try emit(sinks[index].reporter.footer(summary), to: index)
            try sinks[index].file?.commit()
            sinks[index].file = nil
        }
        flushStandardOutput()
    }

    /// Removes the temporary files of reports that were not finished.
    mutating func abandon() {
        for index in sinks.indices {
            sinks[index].file?.abandon()
            sinks[index].file = nil
        }
    }

    private mutating func emit(_ unmasked: String, to index: Int) throws(AtomicFile.Failure) {
        guard !unmasked.isEmpty else { return }
        // Reports are masked by the engine; this also covers text built from
        // rule pages (SARIF help) that may repeat a value the inputs hold.
        let text = console.masking.mask(unmasked)
        if let file = sinks[index].file {
            try file.write(text)
        } else {
            var text = text
            text.withUTF8 { pending.append(contentsOf: $0) }
            if flushesEachPart || pending.count >= 65536 { flushStandardOutput() }
        }
    }

    private mutating func flushStandardOutput() {
        console.standardOutput.write(pending)
        pending.removeAll(keepingCapacity: true)
    }
}

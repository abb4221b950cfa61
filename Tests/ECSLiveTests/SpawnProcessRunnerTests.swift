import Testing

@testable import ECSLive

/// `credential_process` programs run with `posix_spawnp`, not Foundation's `Process`.
@Suite("SpawnProcessRunner")
struct SpawnProcessRunnerTests {
    let runner = SpawnProcessRunner()

    @Test("collects both outputs and the exit status; standard input is empty")
    func collectsOutputAndStatus() throws {
        let output = try runner.run(
            ["sh", "-c", "cat; printf out; printf err >&2; exit 3"], timeout: 10)
        #expect(output.status == 3)
        #expect(String(decoding: output.standardOutput, as: UTF8.self) == "out")
        #expect(String(decoding: output.standardError, as: UTF8.self) == "err")
    }

    @Test("reads more than a pipe holds from both outputs without blocking")
    func readsLargeOutputs() throws {
        let output = try runner.run(
            ["sh", "-c", "head -c 300000 /dev/zero; head -c 200000 /dev/zero >&2"], timeout: 10)
        #expect(output.status == 0)
        #expect(output.standardOutput.count == 300_000)
        #expect(output.standardError.count == 200_000)
    }

    @Test("kills a process that outlives the timeout")
    func timesOut() {
        let started = SpawnProcessRunner.now()
        #expect(throws: CredentialError.self) {
            try runner.run(["sleep", "30"], timeout: 0.3)
        }
        #expect(SpawnProcessRunner.now() - started < 10)
    }

    @Test("a missing program is a clear error")
    func missingProgram() {
        do {
            _ = try runner.run(["ecslint-no-such-program-here"], timeout: 5)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("cannot start ecslint-no-such-program-here"))
        }
    }

    @Test("arguments reach the program unchanged, without a shell")
    func argumentsAreNotInterpreted() throws {
        let output = try runner.run(["printf", "%s|", "a b", "$HOME", "*"], timeout: 10)
        #expect(String(decoding: output.standardOutput, as: UTF8.self) == "a b|$HOME|*|")
    }
}

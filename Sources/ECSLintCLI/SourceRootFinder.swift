import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the repository that report paths are relative to: the nearest
/// folder at or above the working directory that holds `.git` (a folder, or
/// a file in a worktree or submodule), else the working directory itself.
enum SourceRootFinder {
    static func find() -> SourceRoot {
        let working = ConfigurationResolver.currentDirectory()
        var directory = working
        while true {
            let marker = directory == "/" ? "/.git" : directory + "/.git"
            if access(marker, F_OK) == 0 { return SourceRoot(path: directory, workingDirectory: working) }
            if directory == "/" { break }
            directory = ConfigurationResolver.parent(directory)
        }
        return SourceRoot(path: working, workingDirectory: working)
    }
}

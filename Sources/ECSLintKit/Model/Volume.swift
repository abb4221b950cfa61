// The stored members of `Volume` and of its configurations, and their readers, are generated
// into Volume.generated.swift by scripts/generate_schema.py. What follows is what rules need
// beyond the members as written.

extension Volume {
    /// Whether `host` is written (with any non-null value).
    public var hasHost: Bool { $host.isSet }

    /// `host.sourcePath`, when it is a string.
    public var hostSourcePath: String? { host?.sourcePath }

    /// Whether `s3filesVolumeConfiguration` is written (with any non-null value).
    public var hasS3Files: Bool { $s3Files.isSet }

    /// The volume type keys present, in API order (more than one is an error).
    public var configurationKeys: [String] {
        var keys: [String] = []
        if $host.isSet { keys.append("host") }
        if $docker.isSet { keys.append("dockerVolumeConfiguration") }
        if $efs.isSet { keys.append("efsVolumeConfiguration") }
        if $s3Files.isSet { keys.append("s3filesVolumeConfiguration") }
        if $fsxWindows.isSet { keys.append("fsxWindowsFileServerVolumeConfiguration") }
        if configuredAtLaunch == true { keys.append("configuredAtLaunch") }
        return keys
    }
}

extension RuleRegistry {
    /// The rules on volumes and mount points (ECS9xx), in code order.
    static let storage: [any Rule.Type] = [
        MountPointUnknownVolume.self,
        MountPointMissingField.self,
        DuplicateContainerPath.self,
        VolumeMultipleTypes.self,
        MultipleConfiguredAtLaunchVolumes.self,
        DuplicateVolumeName.self,
        InvalidVolumeName.self,
        BlankHostSourcePath.self,
        DockerVolumeAutoprovisionWithTaskScope.self,
        WindowsDockerVolumeDriver.self,
        EFSAccessPointRootDirectory.self,
        EFSTransitEncryptionRequired.self,
        EFSTransitEncryptionPortWithoutEncryption.self,
        InvalidEFSFileSystemId.self,
        InvalidEFSAccessPointId.self,
        EFSIAMWithoutTaskRole.self,
        EFSUnsupportedPlatform.self,
        FSxWindowsUnsupportedPlatform.self,
        InvalidFSxWindowsConfiguration.self,
        WindowsMountAcrossDrives.self,
        InvalidS3FilesVolumeConfiguration.self,
        UnusedVolume.self,
    ]
}

extension RuleRegistry {
    /// The rules on network modes and port mappings (ECS3xx), in code order.
    static let network: [any Rule.Type] = [
        HostPortMismatch.self,
        PortMappingsInNoneMode.self,
        MissingContainerPort.self,
        PortOutOfRange.self,
        DuplicateContainerPort.self,
        DuplicateHostPort.self,
        ReservedHostPort.self,
        EphemeralHostPort.self,
        StaticHostPort.self,
        InvalidContainerPortRange.self,
        ContainerPortRangeWithPort.self,
        ContainerPortRangeNetworkMode.self,
        OverlappingContainerPorts.self,
        TooManyContainerPortRanges.self,
        InvalidPortMappingName.self,
        DuplicatePortMappingName.self,
        AppProtocolWithoutName.self,
        AppProtocolWithUDP.self,
        LinksOutsideBridgeMode.self,
        HostnameInAwsvpcMode.self,
        ExtraHostsInAwsvpcMode.self,
        DNSSettingsInAwsvpcMode.self,
        HostModeRootUser.self,
        WindowsNetworkMode.self,
    ]
}

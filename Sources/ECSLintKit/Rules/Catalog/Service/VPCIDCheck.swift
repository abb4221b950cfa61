/// The check shared by ECS155 and ECS156: each ID of a list in
/// `awsvpcConfiguration` has the VPC grammar; the documentation's
/// placeholders (`subnet-xxxxxxxx`) are recognised and reported as such.
struct VPCIDCheck {
    /// `subnets` or `securityGroups`.
    let member: String
    /// `subnet` or `sg`.
    let prefix: String
    /// "subnet" or "security group", for messages.
    let noun: String

    func check(_ ids: [String]?, in awsvpc: AwsVpcConfiguration?) -> [Violation] {
        guard let awsvpc, let ids else { return [] }
        return ids.enumerated().compactMap { index, id -> Violation? in
            let pointer = awsvpc.pointer / member / index
            if VPCResourceID.isPlaceholder(id, prefix: prefix) {
                return .placeholderID(id, noun: noun, at: pointer)
            }
            guard !VPCResourceID.isValid(id, prefix: prefix), !Placeholder.contains(id) else {
                return nil
            }
            return .invalidVPCID(id, noun: noun, prefix: prefix, at: pointer)
        }
    }
}

extension Violation {
    /// ECS155, ECS156: the documentation's placeholder ID (`subnet-xxxxxxxx`) of a `noun` (a warning).
    fileprivate static func placeholderID(_ id: String, noun: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "\"\(id)\" is the documentation's placeholder, not a \(noun) ID",
            fix:
                "replace \"\(id)\" with the ID of one of your \(noun)s (aws ec2 describe-\(noun == "subnet" ? "subnets" : "security-groups"))",
            at: pointer, severity: .warning, stage: .practice)
    }

    /// ECS155, ECS156: an ID without the VPC grammar (`prefix`- and 8 or 17 hex digits).
    fileprivate static func invalidVPCID(_ id: String, noun: String, prefix: String, at pointer: JSONPointer)
        -> Violation
    {
        Violation(
            "\"\(id)\" is not a \(noun) ID: expected \"\(prefix)-\" and 8 or 17 hexadecimal digits",
            at: pointer)
    }
}

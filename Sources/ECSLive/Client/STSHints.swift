extension AWSFailure {
    /// The hint for an STS error of the credential chain, naming the STS
    /// permission that is missing (not the ECS ones of `hint(for:)`): an
    /// AccessDenied from AssumeRole means the source identity may not call
    /// `sts:AssumeRole` on the role, or the role's trust policy does not name
    /// it; from AssumeRoleWithWebIdentity, the role's trust policy does not
    /// allow `sts:AssumeRoleWithWebIdentity` for the token's provider and
    /// audience. Other errors get the general hint.
    public static func stsHint(for error: AWSServiceError, action: String, roleARN: String?) -> String? {
        guard error.code == "AccessDenied" || error.code == "AccessDeniedException" else { return hint(for: error) }
        let role = roleARN ?? "the role"
        switch action {
        case "AssumeRoleWithWebIdentity":
            return "hint: the trust policy of \(role) must allow sts:AssumeRoleWithWebIdentity for this token's "
                + "identity provider and audience (Principal Federated, Condition on the token's aud and sub)"
        default:
            return "hint: the source credentials need sts:AssumeRole on \(role) (an IAM policy allowing "
                + "sts:AssumeRole with that Resource), and the role's trust policy must name the source identity "
                + "as Principal; ECS permissions are not involved yet"
        }
    }
}

namespace Jiafu.Registry.Domain;

/// <summary>
/// The worker's credential status (从业人员安心码): green when identity is verified and both the health
/// check and accident insurance are valid; yellow when one of those is expired, missing or unverified;
/// red when credentials are revoked.
/// </summary>
public enum CredentialStatus
{
    Green,
    Yellow,
    Red,
}

public static class CredentialRules
{
    public static CredentialStatus Evaluate(Worker worker, DateOnly today) => Evaluate(
        worker.IsRevoked, worker.IdentityVerified, worker.HealthCheckValidUntil, worker.AccidentInsuranceValidUntil, today);

    /// <summary>The same rule over the four fields, for list projections that do not load the whole worker.</summary>
    public static CredentialStatus Evaluate(
        bool isRevoked, bool identityVerified, DateOnly? healthCheckValidUntil, DateOnly? accidentInsuranceValidUntil, DateOnly today)
    {
        if (isRevoked)
        {
            return CredentialStatus.Red;
        }

        var healthValid = healthCheckValidUntil is { } health && health >= today;
        var insuranceValid = accidentInsuranceValidUntil is { } insurance && insurance >= today;
        return identityVerified && healthValid && insuranceValid ? CredentialStatus.Green : CredentialStatus.Yellow;
    }
}

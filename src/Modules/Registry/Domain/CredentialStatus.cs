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
    public static CredentialStatus Evaluate(Worker worker, DateOnly today)
    {
        if (worker.IsRevoked)
        {
            return CredentialStatus.Red;
        }

        var healthValid = worker.HealthCheckValidUntil is { } health && health >= today;
        var insuranceValid = worker.AccidentInsuranceValidUntil is { } insurance && insurance >= today;
        return worker.IdentityVerified && healthValid && insuranceValid ? CredentialStatus.Green : CredentialStatus.Yellow;
    }
}

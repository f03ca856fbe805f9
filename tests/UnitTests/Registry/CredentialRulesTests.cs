using Jiafu.Registry.Domain;

namespace Jiafu.UnitTests.Registry;

public sealed class CredentialRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    private static Worker NewWorker(
        bool identityVerified = true, DateOnly? healthValidUntil = null, DateOnly? insuranceValidUntil = null, bool revoked = false,
        bool noHealthCheck = false, bool noInsurance = false) => new()
    {
        Name = "王秀兰",
        IdNumberEncrypted = "v1.k1.x",
        IdNumberHash = "hash",
        IdNumberMasked = "150203********1234",
        IdentityVerified = identityVerified,
        HealthCheckValidUntil = noHealthCheck ? null : healthValidUntil ?? Today.AddMonths(6),
        AccidentInsuranceValidUntil = noInsurance ? null : insuranceValidUntil ?? Today.AddMonths(6),
        IsRevoked = revoked,
        RevokedReason = revoked ? "投诉核实" : null,
    };

    [Fact]
    public void Given_verified_identity_and_valid_health_check_and_insurance_When_evaluated_Then_green()
    {
        Assert.Equal(CredentialStatus.Green, CredentialRules.Evaluate(NewWorker(), Today));
    }

    [Fact]
    public void Given_health_check_and_insurance_expiring_today_When_evaluated_Then_still_green()
    {
        var worker = NewWorker(healthValidUntil: Today, insuranceValidUntil: Today);

        Assert.Equal(CredentialStatus.Green, CredentialRules.Evaluate(worker, Today));
    }

    [Fact]
    public void Given_a_health_check_that_expired_yesterday_When_evaluated_Then_yellow()
    {
        var worker = NewWorker(healthValidUntil: Today.AddDays(-1));

        Assert.Equal(CredentialStatus.Yellow, CredentialRules.Evaluate(worker, Today));
        Assert.Equal(CredentialStatus.Green, CredentialRules.Evaluate(worker, Today.AddDays(-1)));
    }

    [Fact]
    public void Given_insurance_that_expired_yesterday_When_evaluated_Then_yellow()
    {
        var worker = NewWorker(insuranceValidUntil: Today.AddDays(-1));

        Assert.Equal(CredentialStatus.Yellow, CredentialRules.Evaluate(worker, Today));
    }

    [Fact]
    public void Given_no_health_check_When_evaluated_Then_yellow()
    {
        Assert.Equal(CredentialStatus.Yellow, CredentialRules.Evaluate(NewWorker(noHealthCheck: true), Today));
    }

    [Fact]
    public void Given_no_accident_insurance_When_evaluated_Then_yellow()
    {
        Assert.Equal(CredentialStatus.Yellow, CredentialRules.Evaluate(NewWorker(noInsurance: true), Today));
    }

    [Fact]
    public void Given_unverified_identity_with_everything_else_valid_When_evaluated_Then_yellow()
    {
        Assert.Equal(CredentialStatus.Yellow, CredentialRules.Evaluate(NewWorker(identityVerified: false), Today));
    }

    [Fact]
    public void Given_revoked_credentials_with_everything_else_valid_When_evaluated_Then_red()
    {
        Assert.Equal(CredentialStatus.Red, CredentialRules.Evaluate(NewWorker(revoked: true), Today));
    }

    [Fact]
    public void Given_revoked_credentials_and_everything_expired_When_evaluated_Then_red_not_yellow()
    {
        var worker = NewWorker(identityVerified: false, revoked: true, noHealthCheck: true, insuranceValidUntil: Today.AddYears(-1));

        Assert.Equal(CredentialStatus.Red, CredentialRules.Evaluate(worker, Today));
    }
}

using Microsoft.Extensions.Options;

namespace Jiafu.Identity.Tokens;

/// <summary>Checks the <c>Auth</c> section when the host starts, so a bad key or lifetime stops it with a clear message.</summary>
public sealed class AuthOptionsValidator(bool allowGeneratedKeys) : IValidateOptions<AuthOptions>
{
    /// <summary>等保 2.0 expects passwords of at least eight characters.</summary>
    public const int MinimumPasswordLength = 8;

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            if (!allowGeneratedKeys)
            {
                failures.Add("Auth:SigningKey is not set: configure a base64 key of at least 32 bytes.");
            }
        }
        else if (!TryDecode(options.SigningKey, out var length))
        {
            failures.Add("Auth:SigningKey is not base64: configure a base64 key of at least 32 bytes.");
        }
        else if (length < 32)
        {
            failures.Add($"Auth:SigningKey is {length} bytes once decoded; at least 32 are required.");
        }

        RequirePositive(failures, "Auth:AccessTokenLifetime", options.AccessTokenLifetime);
        RequirePositive(failures, "Auth:RefreshTokenLifetime", options.RefreshTokenLifetime);
        RequirePositive(failures, "Auth:ClientTokenLifetime", options.ClientTokenLifetime);
        RequirePositive(failures, "Auth:LockoutDuration", options.LockoutDuration);
        RequirePositive(failures, "Auth:BlockedPrincipalsRefreshInterval", options.BlockedPrincipalsRefreshInterval);
        if (options.MaxFailedAccessAttempts < 1)
        {
            failures.Add($"Auth:MaxFailedAccessAttempts is {options.MaxFailedAccessAttempts}; it must be at least 1.");
        }

        if (options.PasswordMinimumLength < MinimumPasswordLength)
        {
            failures.Add($"Auth:PasswordMinimumLength is {options.PasswordMinimumLength}; it must be at least {MinimumPasswordLength}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key} is {value}; it must be a positive duration such as 00:15:00.");
        }
    }

    private static bool TryDecode(string value, out int length)
    {
        var buffer = new byte[value.Length];
        var ok = Convert.TryFromBase64String(value.Trim(), buffer, out length);
        return ok;
    }
}

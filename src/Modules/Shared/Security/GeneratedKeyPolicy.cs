using Jiafu.Shared.Persistence;
using Microsoft.Extensions.Configuration;

namespace Jiafu.Shared.Security;

/// <summary>
/// Whether secrets missing from configuration (signing key, personal-data keys) may be generated into the
/// data folder. Allowed by default for the embedded SQLite install (one server, keys beside the data and
/// in its backups); refused by default for SQL Server, where several hosts must share configured keys.
/// <c>Security:AllowGeneratedKeys</c> overrides.
/// </summary>
public static class GeneratedKeyPolicy
{
    public static bool IsAllowed(IConfiguration configuration)
    {
        var explicitSetting = configuration["Security:AllowGeneratedKeys"];
        if (bool.TryParse(explicitSetting, out var allowed))
        {
            return allowed;
        }

        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return options.Provider == DatabaseProvider.Sqlite;
    }
}

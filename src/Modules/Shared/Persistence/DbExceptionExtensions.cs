using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Shared.Persistence;

public static class DbExceptionExtensions
{
    /// <summary>True when the save failed on a unique index or primary key, on either provider.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555)
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>
    /// True when a database could not serve the request for now — busy or locked past the timeout, unopenable,
    /// an I/O error, full, or not a database (a damaged or replaced file) on SQLite; a transient or connection
    /// failure on SQL Server. The request may succeed later: 503 with Retry-After, not 500.
    /// </summary>
    public static bool IsDatabaseUnavailable(this Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // SQLITE_BUSY 5, LOCKED 6, IOERR 10, CORRUPT 11, FULL 13, CANTOPEN 14, NOTADB 26
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6 or 10 or 11 or 13 or 14 or 26:
                    return true;
                case SqlException sql when sql.IsTransient || sql.Number is -2 or 53 or 4060 or 18456 or 40613:
                    return true;
            }
        }

        return false;
    }
}

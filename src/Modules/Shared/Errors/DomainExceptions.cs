namespace Jiafu.Shared.Errors;

/// <summary>Base of the exceptions the host turns into RFC 9457 problem details.</summary>
public abstract class JiafuException(string message, string? code = null) : Exception(message)
{
    /// <summary>A stable machine-readable code, returned as the problem's <c>code</c> extension.</summary>
    public string? Code { get; } = code;
}

/// <summary>404: the record does not exist or is outside the caller's data scope.</summary>
public sealed class NotFoundException(string resource, string id)
    : JiafuException($"{resource} '{id}' was not found.", "not_found");

/// <summary>409: the request conflicts with the current state (duplicate, exhausted quota, wrong workflow state).</summary>
public sealed class ConflictException(string message, string? code = "conflict", string? field = null)
    : JiafuException(message, code)
{
    /// <summary>The JSON field the conflict is about, when there is one (e.g. <c>creditCode</c>).</summary>
    public string? Field { get; } = field;
}

/// <summary>403: the caller is signed in but may not do this.</summary>
public sealed class ForbiddenException(string message = "You are not allowed to perform this action.")
    : JiafuException(message, "forbidden");

/// <summary>412: the <c>If-Match</c> version is not the current one.</summary>
public sealed class PreconditionFailedException(string message = "The record was changed by someone else; reload it and try again.")
    : JiafuException(message, "stale_version");

/// <summary>428: an update was sent without <c>If-Match</c>.</summary>
public sealed class PreconditionRequiredException(string message = "This update requires an If-Match header with the record's ETag.")
    : JiafuException(message, "if_match_required");

/// <summary>400 with field errors raised by a handler (a rule that needs the database to check).</summary>
public sealed class FieldValidationException(IReadOnlyDictionary<string, string[]> errors)
    : JiafuException("One or more fields are invalid.", "validation_failed")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public FieldValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}

/// <summary>401 for a failed sign-in; <see cref="JiafuException.Code"/> tells the client why.</summary>
public sealed class AuthenticationFailedException(string message, string code, DateTimeOffset? lockoutEnd = null)
    : JiafuException(message, code)
{
    public DateTimeOffset? LockoutEnd { get; } = lockoutEnd;
}

/// <summary>413: the upload exceeds the configured limit.</summary>
public sealed class PayloadTooLargeException(string message) : JiafuException(message, "payload_too_large");

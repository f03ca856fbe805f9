using Jiafu.Shared.Idempotency;

// In the builder namespace, like the framework's own endpoint conventions, so endpoint files need no extra using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Marks an endpoint as accepting an <c>Idempotency-Key</c> header.</summary>
public sealed class IdempotentEndpointMetadata
{
    public static readonly IdempotentEndpointMetadata Instance = new();

    private IdempotentEndpointMetadata()
    {
    }
}

public static class IdempotencyEndpointExtensions
{
    /// <summary>
    /// Opts a state-changing POST into <c>Idempotency-Key</c> handling: a repeat of the same request with the
    /// same key returns the first response without running the handler again (see <see cref="IdempotencyModule"/>).
    /// </summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IdempotentEndpointMetadata.Instance);
}

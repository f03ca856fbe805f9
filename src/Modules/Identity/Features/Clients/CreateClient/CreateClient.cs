using System.Security.Cryptography;
using FluentValidation;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

namespace Jiafu.Identity.Features.Clients;

/// <summary>Register an API client (新建接入客户端) with its scopes and the institutions it may act for.</summary>
public sealed record CreateClient(string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string>? InstitutionIds)
    : ICommand<CreatedApiClientResponse>;

/// <param name="ClientSecret">Shown once, here; only a hash is stored. 密钥仅显示一次。</param>
public sealed record CreatedApiClientResponse(
    Guid Id, string ClientId, string ClientSecret, string Name, IReadOnlyList<string> Scopes,
    IReadOnlyList<string> InstitutionIds, DateTimeOffset CreatedAt);

public sealed class CreateClientValidator : AbstractValidator<CreateClient>
{
    public CreateClientValidator(ApiScopeCatalog catalog)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Scopes).NotEmpty().WithMessage("At least one scope is required.");
        RuleForEach(x => x.Scopes).Must(catalog.Contains)
            .WithMessage((_, scope) => $"Unknown scope '{scope}'. Known scopes: {string.Join(", ", catalog.All.Select(s => s.Name))}.");
        RuleFor(x => x.InstitutionIds).Must(ids => ids!.Count <= 100).When(x => x.InstitutionIds is not null)
            .WithMessage("At most 100 institutions per client.");
        RuleForEach(x => x.InstitutionIds).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9_-]+$");
    }
}

public sealed class CreateClientHandler(IdentityModuleDbContext db, IPasswordHasher<ApiClient> hasher, ICurrentUser current, TimeProvider time)
    : ICommandHandler<CreateClient, CreatedApiClientResponse>
{
    public async ValueTask<CreatedApiClientResponse> Handle(CreateClient command, CancellationToken ct)
    {
        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var client = new ApiClient
        {
            ClientId = "jf_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)),
            Name = command.Name.Trim(),
            SecretHash = "",
            Scopes = command.Scopes.Distinct().Order().ToList(),
            InstitutionIds = (command.InstitutionIds ?? []).Distinct().ToList(),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = current.Name,
        };
        client.SecretHash = hasher.HashPassword(client, secret);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(ct);
        return new CreatedApiClientResponse(client.Id, client.ClientId, secret, client.Name, client.Scopes, client.InstitutionIds, client.CreatedAt);
    }
}

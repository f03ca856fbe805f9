using Jiafu.Contracts.Audit;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Identity.Features;
using Jiafu.Identity.Features.Audit;
using Jiafu.Identity.Features.Auth;
using Microsoft.AspNetCore.Http;
using Jiafu.Identity.Features.Clients;
using Jiafu.Identity.Features.Catalog;
using Jiafu.Identity.Features.Users;
using Jiafu.Identity.Tokens;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jiafu.Identity;

/// <summary>The Identity module (platform): users, roles, data scope, API clients, tokens, lockout, audit trail.</summary>
public static class IdentityModule
{
    public const string Name = "identity";

    /// <summary>The scopes this module grants to API clients.</summary>
    public static class Scopes
    {
        public const string Profile = "identity.profile";
    }

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        var authOptions = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>>(new AuthOptionsValidator(GeneratedKeyPolicy.IsAllowed(configuration)));
        services.AddModuleDbContext<IdentityModuleDbContext, IdentitySqliteDbContext, IdentitySqlServerDbContext>(configuration, Name);
        services.AddModuleValidators<LoginValidator>();

        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@";
                o.Password.RequiredLength = authOptions.PasswordMinimumLength;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = authOptions.MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = authOptions.LockoutDuration;
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<IdentityModuleDbContext>();
        services.AddScoped<IPasswordHasher<ApiClient>, PasswordHasher<ApiClient>>();

        services.AddSingleton(sp =>
        {
            var dataDirectory = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.FullDataDirectory;
            var logger = sp.GetService<ILoggerFactory>()?.CreateLogger<SigningKeyProvider>() ?? NullLogger<SigningKeyProvider>.Instance;
            return new SigningKeyProvider(sp.GetRequiredService<IOptions<AuthOptions>>().Value, dataDirectory,
                GeneratedKeyPolicy.IsAllowed(configuration), logger);
        });
        services.AddSingleton<TokenIssuer>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddSingleton<BlockedPrincipals>();
        services.AddHostedService<BlockedPrincipalsRefresher>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenIssuer, BlockedPrincipals>((o, issuer, blocked) =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = issuer.ValidationParameters();
                o.Events = new JwtBearerEvents
                {
                    // A valid signature and lifetime are not enough once the user is disabled or the client revoked.
                    OnTokenValidated = context =>
                    {
                        if (blocked.IsBlocked(context.Principal?.FindFirst(JiafuClaims.Subject)?.Value))
                        {
                            context.Fail("The account behind this token has been disabled or revoked.");
                        }

                        return Task.CompletedTask;
                    },
                };
            });

        services.AddScoped<AuditTrailWriter>();
        services.AddScoped<IAuditSink>(sp => sp.GetRequiredService<AuditTrailWriter>());
        services.AddScoped<IIntegrationEventHandler<AuditRecorded>, AuditRecordedHandler>();
        services.AddScoped<IBootstrapStep, IdentityBootstrap>();
        services.AddScoped<IBootstrapStep, IdentityDemoData>();
        services.AddScoped<UserSessionIssuer>();
        services.AddScoped<Jiafu.Contracts.Identity.IApiClientReader, Features.Contracts.ApiClientReader>();
        services.AddScoped<Jiafu.Contracts.Identity.IInspectorDirectory, Features.Contracts.InspectorDirectory>();
        services.AddApiScopes((Scopes.Profile, "Read the client's own profile (GET /api/v1/auth/me). 读取接入客户端自身信息"));
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/v1/auth").WithTags("Auth 认证");
        auth.MapLogin().MapRefresh().MapLogout().MapCurrentUser().MapClientCredentialsToken();

        var identity = endpoints.MapGroup("/api/v1/identity");
        identity.MapGroup("/users").WithTags("Users 用户").MapUserEndpoints();
        identity.MapGroup("/inspectors").WithTags("Users 用户").MapInspectorEndpoints();
        identity.MapGroup("/clients").WithTags("API clients 接入客户端").MapClientEndpoints();
        identity.MapGroup("/audit").WithTags("Audit trail 审计日志").MapAuditEndpoints();
        identity.MapCatalogEndpoints();
        return endpoints;
    }
}

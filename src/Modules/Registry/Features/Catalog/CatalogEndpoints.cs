using Jiafu.Shared.District;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Catalog;

internal static class CatalogEndpoints
{
    public static RouteGroupBuilder MapCatalogEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(RegistryModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/streets", Ok<IReadOnlyList<Street>> (IOptions<DistrictOptions> district) => TypedResults.Ok(district.Value.EffectiveStreets))
            .WithName("ListRegistryStreets").WithSummary("Streets and towns (街道、镇)")
            .WithDescription("The district's streets and towns, `[{ code, name }]`, from configuration `District:Streets`.");

        group.MapGet("/business-formats", Ok<IReadOnlyList<CatalogItem>> (IOptions<RegistryOptions> options) =>
                TypedResults.Ok(options.Value.EffectiveBusinessFormats))
            .WithName("ListBusinessFormats").WithSummary("Business formats (业态)")
            .WithDescription("Codes and Chinese names, from configuration `Registry:BusinessFormats`.");

        group.MapGet("/job-types", Ok<IReadOnlyList<CatalogItem>> (IOptions<RegistryOptions> options) =>
                TypedResults.Ok(options.Value.EffectiveJobTypes))
            .WithName("ListJobTypes").WithSummary("Job types (工种)")
            .WithDescription("Codes and Chinese names, from configuration `Registry:JobTypes`.");

        group.MapGet("/titles", Ok<IReadOnlyList<TitleDefinition>> (IOptions<RegistryOptions> options) =>
                TypedResults.Ok(options.Value.EffectiveTitles))
            .WithName("ListTitleDefinitions").WithSummary("Brand and leading-enterprise titles (品牌称号)")
            .WithDescription("Codes, Chinese names and levels, from configuration `Registry:Titles`.");
        return group;
    }
}

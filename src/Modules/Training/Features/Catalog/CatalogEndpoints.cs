using Jiafu.Shared.District;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Catalog;

internal static class CatalogEndpoints
{
    public static RouteGroupBuilder MapCatalogEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(TrainingModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/categories", Ok<IReadOnlyList<TrainingCatalogItem>> (IOptions<TrainingOptions> o) => TypedResults.Ok(o.Value.EffectiveCategories))
            .WithName("ListTrainingCategories").WithSummary("Programme categories (培训类别)")
            .WithDescription("Codes and Chinese names from configuration `Training:Categories` (岗前培训, 技能提升, 经理人培训, 巾帼家政, …).");
        group.MapGet("/trainee-categories", Ok<IReadOnlyList<TrainingCatalogItem>> (IOptions<TrainingOptions> o) =>
                TypedResults.Ok(o.Value.EffectiveTraineeCategories))
            .WithName("ListTraineeCategories").WithSummary("Trainee categories (人员类别)")
            .WithDescription("Codes and Chinese names from configuration `Training:TraineeCategories` (失业人员, 就业困难人员, 在职从业人员, …).");
        group.MapGet("/skill-levels", Ok<IReadOnlyList<TrainingCatalogItem>> (IOptions<TrainingOptions> o) => TypedResults.Ok(o.Value.EffectiveSkillLevels))
            .WithName("ListSkillLevels").WithSummary("Skill levels (技能等级)")
            .WithDescription("Codes and Chinese names from configuration `Training:SkillLevels`.");
        group.MapGet("/streets", Ok<IReadOnlyList<Street>> (IOptions<DistrictOptions> district) => TypedResults.Ok(district.Value.EffectiveStreets))
            .WithName("ListTrainingStreets").WithSummary("Streets and towns (街道、镇)")
            .WithDescription("The district's streets and towns from configuration `District:Streets`.");
        return group;
    }
}

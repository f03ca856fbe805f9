using FluentValidation;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Features.Rules;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Compute an application's amount and breakdown without saving anything (测算).</summary>
public sealed record PreviewCalculation(string ItemCode, int Year, Guid InstitutionId, ApplicationInputs Inputs) : IQuery<Calculation>;

public sealed class PreviewCalculationValidator : AbstractValidator<PreviewCalculation>
{
    public PreviewCalculationValidator()
    {
        RuleFor(x => x.ItemCode).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.Inputs).NotNull().SetValidator(new ApplicationInputsValidator());
    }
}

public sealed class PreviewCalculationHandler(SubsidyCalculator calculator, ICurrentUser current) : IQueryHandler<PreviewCalculation, Calculation>
{
    public async ValueTask<Calculation> Handle(PreviewCalculation query, CancellationToken ct) =>
        (await SubmitSubsidyApplicationHandler.Calculate(calculator, current, query.ItemCode, query.Year, query.InstitutionId, query.Inputs, ct)).Item1;
}

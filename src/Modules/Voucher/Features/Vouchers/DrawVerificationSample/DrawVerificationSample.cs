using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>Body of <c>POST /api/v1/vouchers/batches/{id}/samples</c>.</summary>
/// <param name="Rate">Share to draw, 0 &lt; rate ≤ 1 (e.g. 0.1 for 10%).</param>
/// <param name="Seed">Hex, 16–64 characters; generated (CSPRNG) when omitted. Recorded with the draw.</param>
public sealed record DrawSampleRequest(decimal Rate, string? Seed);

/// <summary>A drawn voucher.</summary>
public sealed record SampledVoucher(Guid Id, string Code, string StreetCode, string StreetName, string? InstitutionName, VoucherStatus Status);

/// <summary>A verification sample: rate, recorded seed, population size and the vouchers drawn.</summary>
public sealed record SampleResponse(
    Guid Id, Guid BatchId, decimal Rate, string Seed, int PopulationCount, string DrawnBy, DateTimeOffset DrawnAt, IReadOnlyList<SampledVoucher> Vouchers);

/// <summary>
/// Sampled verification (抽样核查): draw <see cref="Rate"/> of the batch's served vouchers awaiting verification (served
/// or followed up) for follow-up calls. Each voucher is ranked by HMAC-SHA256(seed, code) and the lowest
/// ⌈rate × population⌉ are drawn, so the recorded seed reproduces the draw over the same population.
/// </summary>
public sealed record DrawVerificationSample(Guid BatchId, decimal Rate, string? Seed) : ICommand<SampleResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(VoucherBatch);

    public string? AuditTargetId => BatchId.ToString();
}

public sealed class DrawVerificationSampleValidator : AbstractValidator<DrawVerificationSample>
{
    public DrawVerificationSampleValidator()
    {
        RuleFor(x => x.Rate).GreaterThan(0).LessThanOrEqualTo(1);
        RuleFor(x => x.Seed).Length(16, 64).Matches("^[0-9a-fA-F]+$").When(x => x.Seed is not null)
            .WithMessage("The seed is 16–64 hexadecimal characters. 随机种子须为 16–64 位十六进制字符。");
    }
}

public sealed class DrawVerificationSampleHandler(VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, TimeProvider time)
    : ICommandHandler<DrawVerificationSample, SampleResponse>
{
    public async ValueTask<SampleResponse> Handle(DrawVerificationSample command, CancellationToken ct)
    {
        if (!await db.Set<VoucherBatch>().AnyAsync(b => b.Id == command.BatchId, ct))
        {
            throw new NotFoundException("Voucher batch", command.BatchId.ToString());
        }

        var seed = (command.Seed ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(16))).ToLowerInvariant();
        var population = await db.Set<EmploymentVoucher>().AsNoTracking()
            .Where(v => v.BatchId == command.BatchId && (v.Status == VoucherStatus.Served || v.Status == VoucherStatus.FollowedUp))
            .Select(v => new { v.Id, v.Code })
            .ToListAsync(ct);
        var drawn = Draw(seed, command.Rate, population.Select(p => (p.Id, p.Code)).ToList());
        var sample = new VerificationSample
        {
            BatchId = command.BatchId,
            Rate = command.Rate,
            Seed = seed,
            PopulationCount = population.Count,
            VoucherIds = drawn,
            DrawnAt = VoucherRules.Now(time),
            DrawnBy = VoucherRules.Actor(current),
        };
        db.Set<VerificationSample>().Add(sample);
        await db.SaveChangesAsync(ct);
        return (await SampleResponses.BuildAsync(db, [sample], district.Value, ct))[0];
    }

    /// <summary>The lowest ⌈rate × N⌉ vouchers by HMAC-SHA256(seed, code); deterministic for a seed and population.</summary>
    public static List<Guid> Draw(string seedHex, decimal rate, IReadOnlyList<(Guid Id, string Code)> population)
    {
        if (population.Count == 0)
        {
            return [];
        }

        var key = Convert.FromHexString(seedHex);
        var size = (int)Math.Min(population.Count, Math.Ceiling(rate * population.Count));
        return population
            .Select(p => (p.Id, Rank: Convert.ToHexString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(p.Code)))))
            .OrderBy(p => p.Rank, StringComparer.Ordinal)
            .Take(size)
            .Select(p => p.Id)
            .ToList();
    }
}

internal static class SampleResponses
{
    public static async Task<IReadOnlyList<SampleResponse>> BuildAsync(
        VoucherDbContext db, IReadOnlyList<VerificationSample> samples, DistrictOptions district, CancellationToken ct)
    {
        var ids = samples.SelectMany(s => s.VoucherIds).Distinct().ToList();
        var vouchers = await db.Set<EmploymentVoucher>().AsNoTracking().Where(v => ids.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, ct);
        return samples.Select(s => new SampleResponse(
            s.Id, s.BatchId, s.Rate, s.Seed, s.PopulationCount, s.DrawnBy, s.DrawnAt,
            s.VoucherIds.Where(vouchers.ContainsKey).Select(id => vouchers[id])
                .Select(v => new SampledVoucher(v.Id, v.Code, v.StreetCode, Batches.BatchResponses.StreetName(district, v.StreetCode), v.InstitutionName, v.Status))
                .ToList())).ToList();
    }
}

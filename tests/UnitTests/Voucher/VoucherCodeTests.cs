using Jiafu.Voucher.Domain;
using Jiafu.Voucher.Features.Vouchers;

namespace Jiafu.UnitTests.Voucher;

public sealed class VoucherCodeTests
{
    private static readonly string[] Codes = Enumerable.Range(0, 200).Select(_ => VoucherCode.New()).ToArray();

    [Fact]
    public void New_codes_are_valid_13_characters_and_distinct()
    {
        Assert.All(Codes, c =>
        {
            Assert.Equal(VoucherCode.Length, c.Length);
            Assert.True(VoucherCode.IsValid(c), c);
        });
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
    }

    [Fact]
    public void Every_single_character_substitution_is_detected()
    {
        foreach (var code in Codes.Take(20))
        {
            for (var i = 0; i < VoucherCode.RandomLength; i++)
            {
                foreach (var replacement in VoucherCode.Alphabet.Where(c => c != code[i]))
                {
                    var altered = code[..i] + replacement + code[(i + 1)..];
                    Assert.False(VoucherCode.IsValid(altered), $"{code} → {altered}");
                }
            }
        }
    }

    [Fact]
    public void Nearly_every_adjacent_transposition_is_detected()
    {
        // ISO 7064 hybrid systems miss a small share of adjacent transpositions (about 0.15% over this alphabet).
        var total = 0;
        var missed = 0;
        foreach (var code in Enumerable.Range(0, 5000).Select(_ => VoucherCode.New()))
        {
            for (var i = 0; i < VoucherCode.Length - 1; i++)
            {
                if (code[i] == code[i + 1])
                {
                    continue;
                }

                total++;
                if (VoucherCode.IsValid(code[..i] + code[i + 1] + code[i] + code[(i + 2)..]))
                {
                    missed++;
                }
            }
        }

        Assert.True(missed <= total / 200, $"{missed} of {total} transpositions went undetected");
    }

    [Fact]
    public void Hyphens_spaces_and_lower_case_are_accepted_when_read_back()
    {
        var code = Codes[0];
        Assert.True(VoucherCode.IsValid(VoucherCode.Format(code).ToLowerInvariant()));
        Assert.True(VoucherCode.IsValid(" " + string.Join(' ', code.Chunk(4).Select(c => new string(c)))));
        Assert.False(VoucherCode.IsValid(code[..12]));
        Assert.False(VoucherCode.IsValid(null));
    }

    [Fact]
    public void The_same_seed_and_population_draw_the_same_sample()
    {
        var population = Codes.Select(c => (Guid.NewGuid(), c)).ToList();
        var seed = "0123456789abcdef0123456789abcdef";

        var first = DrawVerificationSampleHandler.Draw(seed, 0.1m, population);
        var again = DrawVerificationSampleHandler.Draw(seed, 0.1m, population.AsEnumerable().Reverse().ToList());
        var other = DrawVerificationSampleHandler.Draw("fedcba9876543210fedcba9876543210", 0.1m, population);

        Assert.Equal(20, first.Count);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Single(DrawVerificationSampleHandler.Draw(seed, 0.001m, population));
    }
}

using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;

namespace Jiafu.UnitTests.Inspection;

public sealed class SpotCheckDrawTests
{
    private const string SeedA = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private const string SeedB = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

    private static readonly string[] Streets = ["150203001", "150203002", "150203003", "150203004"];

    /// <summary>A fixed population: 200 in class B, 40 in C, 20 in D, 100 in A (ids from a fixed generator).</summary>
    private static readonly IReadOnlyList<SpotCheckDraw.Candidate> Population = Build();

    private static readonly int[] Rates = [50, 100, 200, 500];

    private static int RateOf(CreditClass c) => Rates[(int)c];

    private static List<SpotCheckDraw.Candidate> Build()
    {
        var random = new Random(7);
        var list = new List<SpotCheckDraw.Candidate>();
        foreach (var (cls, count) in new[] { (CreditClass.A, 100), (CreditClass.B, 200), (CreditClass.C, 40), (CreditClass.D, 20) })
        {
            for (var i = 0; i < count; i++)
            {
                var bytes = new byte[16];
                random.NextBytes(bytes);
                list.Add(new SpotCheckDraw.Candidate(new Guid(bytes), Streets[i % Streets.Length], cls));
            }
        }

        return list;
    }

    private static Guid[] Draw(string seed, IEnumerable<SpotCheckDraw.Candidate> population) =>
        SpotCheckDraw.SelectObjects(population, RateOf, seed).Select(x => x.Candidate.ObjectId).ToArray();

    [Fact]
    public void Given_the_same_seed_and_population_in_another_order_Then_the_same_sample_is_drawn()
    {
        var first = Draw(SeedA, Population);
        var again = Draw(SeedA, Population.Reverse().ToList());

        Assert.Equal(first, again);
    }

    [Fact]
    public void Given_another_seed_Then_another_sample_is_drawn()
    {
        var first = Draw(SeedA, Population);
        var other = Draw(SeedB, Population);

        Assert.Equal(first.Length, other.Length);
        Assert.NotEqual(first.Order(), other.Order());
    }

    [Fact]
    public void Given_the_rates_per_class_Then_each_class_is_sampled_at_its_rate_rounded_up()
    {
        var drawn = SpotCheckDraw.SelectObjects(Population, RateOf, SeedA).GroupBy(x => x.Candidate.CreditClass).ToDictionary(g => g.Key, g => g.Count());

        // A: 5% of 100, B: 10% of 200, C: 20% of 40, D: 50% of 20 — lower classes are checked more often.
        Assert.Equal(5, drawn[CreditClass.A]);
        Assert.Equal(20, drawn[CreditClass.B]);
        Assert.Equal(8, drawn[CreditClass.C]);
        Assert.Equal(10, drawn[CreditClass.D]);
        Assert.Single(SpotCheckDraw.SelectObjects(Population.Take(3), _ => 1, SeedA));
    }

    [Fact]
    public void Given_the_documented_algorithm_Then_the_rank_is_the_hmac_of_the_object_id_under_the_seed()
    {
        var id = Guid.Parse("0195f3c2-7a10-7000-8000-000000000001");
        var expected = Convert.ToHexString(System.Security.Cryptography.HMACSHA256.HashData(
            Convert.FromHexString(SeedA), System.Text.Encoding.UTF8.GetBytes("object:0195f3c2-7a10-7000-8000-000000000001"))).ToLowerInvariant();

        Assert.Equal(expected, SpotCheckDraw.ObjectRank(SeedA, id));
    }

    [Fact]
    public void Given_conflicted_inspectors_Then_they_are_never_assigned_two_are_still_found_and_each_recusal_is_logged_with_its_replacement()
    {
        var pool = Enumerable.Range(1, 8).Select(n => new SpotCheckDraw.Inspector($"u{n}", Streets[n % Streets.Length], [])).ToList();
        foreach (var candidate in Population)
        {
            // Tie three inspectors to every object; recuse by street as well.
            var tied = pool.Take(3).Select(p => p with { ConflictInstitutionIds = [candidate.ObjectId.ToString("D")] }).Concat(pool.Skip(3)).ToList();
            var (chosen, recusals) = SpotCheckDraw.AssignInspectors(candidate, tied, 2, recuseSameStreet: true, SeedA);

            Assert.Equal(2, chosen.Count);
            Assert.Equal(2, chosen.Distinct().Count());
            Assert.All(chosen, u => Assert.Null(SpotCheckDraw.ConflictOf(tied.Single(p => p.UserId == u), candidate, true)));
            Assert.All(recusals, r => Assert.NotNull(SpotCheckDraw.ConflictOf(tied.Single(p => p.UserId == r.UserId), candidate, true)));
            Assert.All(recusals.Where(r => r.ReplacedBy is not null), r => Assert.Contains(r.ReplacedBy!, chosen));
        }
    }

    [Fact]
    public void Given_the_same_seed_Then_the_inspectors_are_the_same_and_another_seed_changes_them_somewhere()
    {
        var pool = Enumerable.Range(1, 10).Select(n => new SpotCheckDraw.Inspector($"u{n}", null, [])).ToList();
        var first = Population.Select(c => SpotCheckDraw.AssignInspectors(c, pool, 2, false, SeedA).Inspectors).ToList();
        var again = Population.Select(c => SpotCheckDraw.AssignInspectors(c, pool.AsEnumerable().Reverse(), 2, false, SeedA).Inspectors).ToList();
        var other = Population.Select(c => SpotCheckDraw.AssignInspectors(c, pool, 2, false, SeedB).Inspectors).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(x => string.Join(',', x)), other.Select(x => string.Join(',', x)));
    }

    [Fact]
    public void Given_fewer_than_two_conflict_free_inspectors_Then_the_draw_refuses()
    {
        var candidate = Population[0];
        var pool = new[]
        {
            new SpotCheckDraw.Inspector("u1", null, [candidate.ObjectId.ToString("D")]),
            new SpotCheckDraw.Inspector("u2", candidate.StreetCode, []),
            new SpotCheckDraw.Inspector("u3", null, []),
        };

        var error = Assert.Throws<ConflictException>(() => SpotCheckDraw.AssignInspectors(candidate, pool, 2, recuseSameStreet: true, SeedA));
        Assert.Equal("pool_too_small", error.Code);
        Assert.Equal(2, SpotCheckDraw.AssignInspectors(candidate, pool, 2, recuseSameStreet: false, SeedA).Inspectors.Count);
    }

    [Fact]
    public void Given_an_application_of_an_institution_Then_an_inspector_tied_to_the_institution_is_recused_and_one_tied_to_the_application_id_alone_is_not()
    {
        var institutionId = Guid.NewGuid();
        var application = new SpotCheckDraw.Candidate(Guid.NewGuid(), Streets[0], CreditClass.B, institutionId);
        var tied = new SpotCheckDraw.Inspector("tied", Streets[1], [institutionId.ToString("D")]);
        var other = new SpotCheckDraw.Inspector("other", Streets[1], [application.ObjectId.ToString("D")]);
        Assert.NotNull(SpotCheckDraw.ConflictOf(tied, application, recuseSameStreet: false));
        Assert.Null(SpotCheckDraw.ConflictOf(other, application, recuseSameStreet: false));
    }
}

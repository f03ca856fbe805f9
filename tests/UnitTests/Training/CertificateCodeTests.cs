using Jiafu.Training.Domain;

namespace Jiafu.UnitTests.Training;

public sealed class CertificateCodeTests
{
    [Fact]
    public void Given_new_codes_When_normalised_Then_they_round_trip_and_differ()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => CertificateCode.New()).ToList();
        Assert.Equal(1000, codes.Distinct().Count());
        foreach (var code in codes.Take(50))
        {
            Assert.Equal(17, code.Length);
            Assert.Equal(code, CertificateCode.Normalize(CertificateCode.Format(code).ToLowerInvariant()));
        }
    }

    [Fact]
    public void Given_a_code_When_any_single_character_is_mistyped_Then_the_check_character_rejects_it()
    {
        var code = CertificateCode.New();
        for (var position = 0; position < code.Length; position++)
        {
            foreach (var replacement in CertificateCode.Alphabet.Where(c => c != code[position]))
            {
                var typo = code[..position] + replacement + code[(position + 1)..];
                Assert.Null(CertificateCode.Normalize(typo));
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCD")]
    [InlineData("0000-0000-0000-0000-0")]
    public void Given_malformed_input_When_normalised_Then_null(string? value) => Assert.Null(CertificateCode.Normalize(value));
}

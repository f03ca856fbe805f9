using Jiafu.Shared.Validation;
using Xunit;

namespace Jiafu.UnitTests.Validation;

public sealed class UnifiedSocialCreditCodeTests
{
    // The example of GB 32100-2015.
    private const string Example = "91350100M000100Y43";

    public static TheoryData<int, char, string> SingleCharacterMutations()
    {
        var data = new TheoryData<int, char, string>();
        for (var position = 0; position < Example.Length; position++)
        {
            foreach (var replacement in UnifiedSocialCreditCode.Charset)
            {
                if (replacement == Example[position])
                {
                    continue;
                }

                var chars = Example.ToCharArray();
                chars[position] = replacement;
                data.Add(position + 1, replacement, new string(chars));
            }
        }

        return data;
    }

    [Fact]
    public void StandardExampleIsValid()
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(Example));
        Assert.Equal(UnifiedSocialCreditCodeError.None, UnifiedSocialCreditCode.Validate(Example));
    }

    [Fact]
    public void CharsetHas31CharactersWithoutIOZSV()
    {
        Assert.Equal(31, UnifiedSocialCreditCode.Charset.Length);
        Assert.Equal(31, UnifiedSocialCreditCode.Charset.Distinct().Count());
        Assert.DoesNotContain(UnifiedSocialCreditCode.Charset, c => "IOZSV".Contains(c));
    }

    [Fact]
    public void ComputeCheckCharacterGivesTheStandardExample()
    {
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    [Theory]
    [MemberData(nameof(SingleCharacterMutations))]
    public void EverySingleCharacterMutationOfTheExampleIsInvalid(int position, char replacement, string mutated)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(mutated), $"position {position} → {replacement}: {mutated}");
    }

    [Fact]
    public void MutationsCoverEveryPositionAndEveryOtherCharacterOfTheSet()
    {
        Assert.Equal(18 * 30, SingleCharacterMutations().Count);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void ForbiddenLettersAreRejectedAsCharsetErrors(char letter)
    {
        foreach (var position in new[] { 0, 1, 8, 15, 17 })
        {
            var chars = Example.ToCharArray();
            chars[position] = letter;

            Assert.Equal(UnifiedSocialCreditCodeError.Charset, UnifiedSocialCreditCode.Validate(new string(chars)));
        }
    }

    [Theory]
    [InlineData("91350100M000100Y4-")]
    [InlineData("91350100M000100Y4.")]
    [InlineData("91350100M000100Y4 3")]
    public void PunctuationIsRejected(string value)
    {
        Assert.NotEqual(UnifiedSocialCreditCodeError.None, UnifiedSocialCreditCode.Validate(value));
    }

    [Fact]
    public void LowercaseIsAcceptedAndNormalizedToUppercase()
    {
        Assert.Equal(Example, UnifiedSocialCreditCode.Normalize(" 91350100m000100y43 "));
        Assert.True(UnifiedSocialCreditCode.IsValid("91350100m000100y43"));
    }

    [Fact]
    public void FullWidthCharactersAreFoldedByNormalize()
    {
        Assert.Equal(Example, UnifiedSocialCreditCode.Normalize("９１３５０１００Ｍ０００１００Ｙ４３"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void BlankIsReportedAsEmpty(string? value)
    {
        Assert.Null(UnifiedSocialCreditCode.Normalize(value));
        Assert.Equal(UnifiedSocialCreditCodeError.Empty, UnifiedSocialCreditCode.Validate(value));
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("M000100Y4")]
    public void WrongLengthIsRejected(string value)
    {
        Assert.Equal(UnifiedSocialCreditCodeError.Length, UnifiedSocialCreditCode.Validate(value));
    }

    [Fact]
    public void NonDigitRegionCodeIsRejectedEvenWithAMatchingCheckCharacter()
    {
        const string first17 = "913A0100M000100Y4";
        var value = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

        Assert.Equal(UnifiedSocialCreditCodeError.Region, UnifiedSocialCreditCode.Validate(value));
    }

    [Fact]
    public void WrongCheckCharacterIsReportedAsSuch()
    {
        Assert.Equal(UnifiedSocialCreditCodeError.CheckCharacter, UnifiedSocialCreditCode.Validate("91350100M000100Y44"));
    }

    [Fact]
    public void CheckValueOf31MapsToZero()
    {
        // Find a body whose weighted sum is a multiple of 31: its check character must be '0'.
        var random = new Random(31);
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var first17 = RandomBody(random);
            if (UnifiedSocialCreditCode.ComputeCheckCharacter(first17) == '0')
            {
                Assert.True(UnifiedSocialCreditCode.IsValid(first17 + "0"));
                return;
            }
        }

        Assert.Fail("No body with check character 0 found.");
    }

    [Fact]
    public void GeneratedCodesRoundTripThroughComputeCheckCharacter()
    {
        var random = new Random(32100);
        for (var n = 0; n < 200; n++)
        {
            var first17 = RandomBody(random);
            var value = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

            Assert.True(UnifiedSocialCreditCode.IsValid(value), value);
            Assert.True(UnifiedSocialCreditCode.IsValid(value.ToLowerInvariant()), value);
        }
    }

    [Theory]
    [InlineData("91350100M000100Y")]
    [InlineData("91350100M000100Y4Y")]
    [InlineData("91350100M000100I4")]
    [InlineData("91350100m000100Y4")]
    public void ComputeCheckCharacterRejectsInputThatIsNot17CharactersOfTheSet(string input)
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(input));
    }

    private static string RandomBody(Random random)
    {
        var chars = new char[17];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i is >= 2 and < 8
                ? (char)('0' + random.Next(10))
                : UnifiedSocialCreditCode.Charset[random.Next(UnifiedSocialCreditCode.Charset.Length)];
        }

        return new string(chars);
    }
}

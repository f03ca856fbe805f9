using Jiafu.Shared.Validation;
using Xunit;

namespace Jiafu.UnitTests.Validation;

public sealed class ResidentIdNumberTests
{
    // The worked example of GB 11643-1999.
    private const string Example = "11010519491231002X";

    private static readonly DateOnly Today = new(2025, 6, 1);

    public static TheoryData<int, char, string> SingleCharacterMutations()
    {
        var data = new TheoryData<int, char, string>();
        const string allowed = "0123456789X";
        for (var position = 0; position < Example.Length; position++)
        {
            foreach (var replacement in allowed)
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
    public void StandardWorkedExampleIsValid()
    {
        Assert.True(ResidentIdNumber.IsValid(Example));
        Assert.True(ResidentIdNumber.IsValid(Example, Today));
        Assert.Equal(ResidentIdNumberError.None, ResidentIdNumber.Validate(Example, Today));
    }

    [Fact]
    public void LowercaseCheckCharacterIsAcceptedAndNormalizedToUppercase()
    {
        Assert.True(ResidentIdNumber.IsValid("11010519491231002x", Today));
        Assert.Equal(Example, ResidentIdNumber.Normalize("11010519491231002x"));
    }

    [Theory]
    [InlineData(" 11010519491231002X ")]
    [InlineData("\t11010519491231002x\n")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    public void NormalizeTrimsAndFoldsFullWidthCharacters(string input)
    {
        Assert.Equal(Example, ResidentIdNumber.Normalize(input));
        Assert.True(ResidentIdNumber.IsValid(input, Today));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NormalizeReturnsNullForBlankInput(string? input)
    {
        Assert.Null(ResidentIdNumber.Normalize(input));
        Assert.False(ResidentIdNumber.IsValid(input, Today));
        Assert.Equal(ResidentIdNumberError.Empty, ResidentIdNumber.Validate(input, Today));
    }

    [Theory]
    [MemberData(nameof(SingleCharacterMutations))]
    public void EverySingleCharacterMutationOfTheExampleIsInvalid(int position, char replacement, string mutated)
    {
        Assert.False(ResidentIdNumber.IsValid(mutated, Today), $"position {position} → {replacement}: {mutated}");
    }

    [Fact]
    public void MutationsCoverEveryPositionAndEveryOtherAllowedCharacter()
    {
        // 17 digit positions × (9 other digits + X) + the check position × 10 digits.
        Assert.Equal((17 * 10) + 10, SingleCharacterMutations().Count);
    }

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002X1")]
    [InlineData("110105491231002")]
    public void WrongLengthIsRejected(string value)
    {
        Assert.Equal(ResidentIdNumberError.Length, ResidentIdNumber.Validate(value, Today));
    }

    [Theory]
    [InlineData("1101051949123100AX")]
    [InlineData("X1010519491231002X")]
    [InlineData("11010519491231002Y")]
    [InlineData("110105-9491231002X")]
    [InlineData("11010519491231 02X")]
    public void NonDigitCharactersAreRejected(string value)
    {
        Assert.Equal(ResidentIdNumberError.Format, ResidentIdNumber.Validate(value, Today));
    }

    [Theory]
    [InlineData("19490230")]
    [InlineData("19490431")]
    [InlineData("19491301")]
    [InlineData("19490001")]
    [InlineData("19490100")]
    [InlineData("19000229")]
    [InlineData("00000101")]
    public void ImpossibleBirthDatesAreRejectedEvenWithAMatchingCheckCharacter(string birthDate)
    {
        var value = Build("110105", birthDate, "002");

        Assert.Equal(ResidentIdNumberError.BirthDate, ResidentIdNumber.Validate(value, Today));
    }

    [Fact]
    public void LeapDayInALeapYearIsAccepted()
    {
        Assert.True(ResidentIdNumber.IsValid(Build("150203", "20000229", "123"), Today));
    }

    [Fact]
    public void BirthDateAfterTodayIsRejected()
    {
        var tomorrow = Build("150203", "20250602", "001");

        Assert.Equal(ResidentIdNumberError.BirthDate, ResidentIdNumber.Validate(tomorrow, Today));
        Assert.True(ResidentIdNumber.IsValid(tomorrow, new DateOnly(2025, 6, 2)));
    }

    [Fact]
    public void BirthDateOfTodayIsAccepted()
    {
        Assert.True(ResidentIdNumber.IsValid(Build("150203", "20250601", "001"), Today));
    }

    [Fact]
    public void BirthDateFarInTheFutureIsRejectedByTheOverloadThatUsesTheClock()
    {
        Assert.Equal(ResidentIdNumberError.BirthDate, ResidentIdNumber.Validate(Build("150203", "29991231", "001")));
    }

    [Fact]
    public void BirthDateBefore1900IsRejected()
    {
        Assert.Equal(ResidentIdNumberError.BirthDate, ResidentIdNumber.Validate(Build("110105", "18991231", "001"), Today));
        Assert.True(ResidentIdNumber.IsValid(Build("110105", "19000101", "001"), Today));
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("100000")]
    [InlineData("160000")]
    [InlineData("240000")]
    [InlineData("380000")]
    [InlineData("470000")]
    [InlineData("550000")]
    [InlineData("660000")]
    [InlineData("720000")]
    [InlineData("840000")]
    [InlineData("900000")]
    [InlineData("990000")]
    public void UnknownProvincePrefixIsRejected(string region)
    {
        Assert.Equal(ResidentIdNumberError.Region, ResidentIdNumber.Validate(Build(region, "19800101", "001"), Today));
    }

    [Theory]
    [InlineData("110000")]
    [InlineData("150203")]
    [InlineData("230100")]
    [InlineData("370200")]
    [InlineData("460100")]
    [InlineData("540100")]
    [InlineData("650100")]
    [InlineData("710000")]
    [InlineData("810000")]
    [InlineData("820000")]
    [InlineData("830000")]
    [InlineData("910000")]
    public void KnownProvincePrefixesAreAccepted(string region)
    {
        Assert.True(ResidentIdNumber.IsValid(Build(region, "19800101", "001"), Today));
    }

    [Fact]
    public void WrongCheckCharacterIsReportedAsSuch()
    {
        Assert.Equal(ResidentIdNumberError.CheckCharacter, ResidentIdNumber.Validate("110105194912310021", Today));
    }

    [Fact]
    public void ComputeCheckCharacterGivesTheStandardExample()
    {
        Assert.Equal('X', ResidentIdNumber.ComputeCheckCharacter("11010519491231002"));
    }

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("110105194912310021")]
    [InlineData("1101051949123100A")]
    public void ComputeCheckCharacterRejectsInputThatIsNot17Digits(string input)
    {
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.ComputeCheckCharacter(input));
    }

    [Fact]
    public void GeneratedNumbersRoundTripThroughComputeCheckCharacterAndTryParse()
    {
        var random = new Random(20200101);
        string[] regions = ["150203", "150202", "110105", "440305", "652801", "820000"];
        for (var n = 0; n < 200; n++)
        {
            var region = regions[random.Next(regions.Length)];
            var birthDate = new DateOnly(1900, 1, 1).AddDays(random.Next(Today.DayNumber - new DateOnly(1900, 1, 1).DayNumber + 1));
            var sequence = random.Next(1000);
            var first17 = $"{region}{birthDate:yyyyMMdd}{sequence:D3}";
            var value = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

            Assert.True(ResidentIdNumber.TryParse(value, Today, out var info), value);
            Assert.Equal(value, info.Normalized);
            Assert.Equal(region, info.RegionCode);
            Assert.Equal(birthDate, info.BirthDate);
            Assert.Equal(sequence % 2 == 1 ? Gender.Male : Gender.Female, info.Gender);

            var wrongCheck = value[17] == '0' ? '1' : '0';
            Assert.False(ResidentIdNumber.IsValid(first17 + wrongCheck, Today));
        }
    }

    [Fact]
    public void TryParseExtractsBirthDateRegionAndFemaleGenderFromTheExample()
    {
        Assert.True(ResidentIdNumber.TryParse("11010519491231002x", out var info));

        Assert.Equal(Example, info.Normalized);
        Assert.Equal("110105", info.RegionCode);
        Assert.Equal(new DateOnly(1949, 12, 31), info.BirthDate);
        Assert.Equal(Gender.Female, info.Gender);
    }

    [Fact]
    public void TryParseReadsAnOddSeventeenthDigitAsMale()
    {
        Assert.True(ResidentIdNumber.TryParse(Build("150203", "19800101", "011"), Today, out var info));

        Assert.Equal(Gender.Male, info.Gender);
    }

    [Fact]
    public void TryParseFailsForInvalidNumbers()
    {
        Assert.False(ResidentIdNumber.TryParse("110105194912310021", Today, out var info));
        Assert.Null(info);
    }

    [Theory]
    [InlineData("2025-05-31", 75)]
    [InlineData("2024-12-30", 74)]
    [InlineData("2024-12-31", 75)]
    public void AgeOnCountsCompletedYears(string date, int expected)
    {
        Assert.True(ResidentIdNumber.TryParse(Example, Today, out var info));

        Assert.Equal(expected, info.AgeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Build(string region, string birthDate, string sequence)
    {
        var first17 = region + birthDate + sequence;
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }
}

using Jiafu.Registry.Features.Imports;

namespace Jiafu.UnitTests.Registry;

public sealed class ImportValuesTests
{
    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData(" 2026-06-01 ", 2026, 6, 1)]
    [InlineData("2026/6/1", 2026, 6, 1)]
    [InlineData("20260601", 2026, 6, 1)]
    [InlineData("2026年6月1日", 2026, 6, 1)]
    [InlineData("2026-6-1", 2026, 6, 1)]
    public void Given_a_date_in_an_accepted_form_When_read_Then_it_is_that_day(string text, int year, int month, int day)
    {
        Assert.True(ImportValues.TryDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-06-31")]
    [InlineData("2026-06-0a")]
    [InlineData("+026-06-01")]
    [InlineData("next week")]
    public void Given_no_real_date_When_read_Then_it_is_refused(string text)
    {
        Assert.False(ImportValues.TryDate(text, out var date));
        Assert.Null(date);
    }

    [Fact]
    public void Given_an_empty_cell_When_read_as_a_date_Then_it_is_accepted_as_no_date()
    {
        Assert.True(ImportValues.TryDate("  ", out var date));
        Assert.Null(date);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData(" YES ", true)]
    [InlineData("True", true)]
    [InlineData("√", true)]
    [InlineData("已核验", true)]
    [InlineData("否", false)]
    [InlineData("N", false)]
    [InlineData("0", false)]
    [InlineData("未核验", false)]
    public void Given_a_yes_or_no_in_Chinese_or_English_When_read_Then_it_is_understood(string text, bool expected) =>
        Assert.Equal(expected, ImportValues.Boolean(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("maybe")]
    [InlineData("是的吧")]
    public void Given_no_yes_or_no_When_read_Then_it_is_null(string? text) => Assert.Null(ImportValues.Boolean(text));
}

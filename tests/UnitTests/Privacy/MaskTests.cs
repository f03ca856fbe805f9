using Jiafu.Shared.Privacy;
using Xunit;

namespace Jiafu.UnitTests.Privacy;

public sealed class MaskTests
{
    [Theory]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("11010519491231002x", "110105********002X")]
    [InlineData(" 150203198001010011 ", "150203********0011")]
    [InlineData("110105491231002", "110105*****1002")]
    [InlineData("E12345678", "*********")]
    [InlineData("1234", "****")]
    public void IdNumberKeepsTheFirstSixAndLastFourCharacters(string value, string expected)
    {
        Assert.Equal(expected, Mask.IdNumber(value));
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData(" 13812345678 ", "138****5678")]
    [InlineData("+8613812345678", "+86138****5678")]
    [InlineData("+86 13812345678", "+86 138****5678")]
    public void PhoneKeepsTheFirstThreeAndLastFourDigitsOfAMobileNumber(string value, string expected)
    {
        Assert.Equal(expected, Mask.Phone(value));
    }

    [Theory]
    [InlineData("0472-1234567", "0472-***4567")]
    [InlineData("0472-12345678", "0472-****5678")]
    [InlineData("010-12345678", "010-****5678")]
    [InlineData("0472 1234567", "0472 ***4567")]
    [InlineData("04721234567", "0472***4567")]
    [InlineData("01012345678", "010****5678")]
    [InlineData("02187654321", "021****4321")]
    public void PhoneKeepsTheAreaCodeAndLastFourDigitsOfALandline(string value, string expected)
    {
        Assert.Equal(expected, Mask.Phone(value));
    }

    [Theory]
    [InlineData("400-123-4567", "********4567")]
    [InlineData("12345", "*****")]
    [InlineData("1234567", "*******")]
    public void PhoneMasksUnrecognisedValuesConservatively(string value, string expected)
    {
        Assert.Equal(expected, Mask.Phone(value));
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张小明", "张*明")]
    [InlineData("欧阳小锋", "欧**锋")]
    [InlineData("买买提·艾力", "买****力")]
    [InlineData(" 王五 ", "王*")]
    [InlineData("张", "*")]
    [InlineData("𠮷祥", "𠮷*")]
    [InlineData("李𠮷明", "李*明")]
    public void NameKeepsTheFirstCharacterAndForThreeOrMoreAlsoTheLast(string value, string expected)
    {
        Assert.Equal(expected, Mask.Name(value));
    }

    [Theory]
    [InlineData("John Smith", "J***")]
    [InlineData("Li", "L***")]
    [InlineData("a", "a***")]
    public void NameInAsciiLettersKeepsTheFirstLetter(string value, string expected)
    {
        Assert.Equal(expected, Mask.Name(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NullOrEmptyGivesAnEmptyString(string? value)
    {
        Assert.Equal(string.Empty, Mask.IdNumber(value));
        Assert.Equal(string.Empty, Mask.Phone(value));
        Assert.Equal(string.Empty, Mask.Name(value));
    }
}

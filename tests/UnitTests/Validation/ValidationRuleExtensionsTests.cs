using FluentValidation;
using Jiafu.Shared.Validation;
using Xunit;

namespace Jiafu.UnitTests.Validation;

public sealed class ValidationRuleExtensionsTests
{
    private sealed record Applicant(string IdNumber, string? OptionalIdNumber, string CreditCode, string? Mobile, string? Phone);

    private sealed class ApplicantValidator : AbstractValidator<Applicant>
    {
        public ApplicantValidator()
        {
            RuleFor(x => x.IdNumber).NotEmpty().ResidentIdNumber();
            RuleFor(x => x.OptionalIdNumber).ResidentIdNumber();
            RuleFor(x => x.CreditCode).UnifiedSocialCreditCode();
            RuleFor(x => x.Mobile).ChinaMobilePhone();
            RuleFor(x => x.Phone).ChinaPhone();
        }
    }

    private static readonly Applicant Valid = new("11010519491231002X", null, "91350100M000100Y43", "13800138000", "0472-1234567");

    private static readonly ApplicantValidator Validator = new();

    [Fact]
    public void ValidValuesPass()
    {
        Assert.True(Validator.Validate(Valid).IsValid);
    }

    [Fact]
    public void NullAndBlankOptionalValuesPass()
    {
        var result = Validator.Validate(Valid with { OptionalIdNumber = "  ", CreditCode = "", Mobile = null, Phone = null });

        Assert.True(result.IsValid);
    }

    [Fact]
    public void RequiredIdNumberFailsOnlyOnNotEmptyWhenBlank()
    {
        var result = Validator.Validate(Valid with { IdNumber = "" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("NotEmptyValidator", error.ErrorCode);
    }

    [Theory]
    [InlineData("110105194912310021", "校验位错误", "check character mismatch")]
    [InlineData("11010519491231002", "应为18位", "must be 18 characters")]
    [InlineData("1101051949123100AX", "前17位应为数字", "must be digits")]
    [InlineData("11010519490230002X", "出生日期错误", "birth date")]
    [InlineData("99010519491231002X", "地区码错误", "unknown region code")]
    public void ResidentIdNumberMessageNamesTheFailureInBothLanguages(string value, string chinese, string english)
    {
        var result = Validator.Validate(Valid with { IdNumber = value });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(Applicant.IdNumber), error.PropertyName);
        Assert.Contains("身份证号码无效", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(chinese, error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(english, error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("ResidentIdNumberValidator", error.ErrorCode);
    }

    [Fact]
    public void ResidentIdNumberMessagesDifferForEveryFailureKind()
    {
        var messages = Enum.GetValues<ResidentIdNumberError>()
            .Where(e => e != ResidentIdNumberError.None)
            .Select(ResidentIdNumberValidator<Applicant>.MessageFor)
            .ToList();

        Assert.Equal(messages.Count, messages.Distinct().Count());
    }

    [Fact]
    public void RuleAppliesToNullableProperties()
    {
        var result = Validator.Validate(Valid with { OptionalIdNumber = "110105194912310021" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(Applicant.OptionalIdNumber), error.PropertyName);
        Assert.Contains("check character mismatch", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void LowercaseXPassesTheRule()
    {
        Assert.True(Validator.Validate(Valid with { IdNumber = "11010519491231002x" }).IsValid);
    }

    [Theory]
    [InlineData("91350100M000100Y44", "校验位错误", "check character mismatch")]
    [InlineData("91350100M000100Y4", "应为18位", "must be 18 characters")]
    [InlineData("91350100M00O100Y43", "非法字符", "I, O, Z, S and V")]
    [InlineData("913A0100M000100Y43", "行政区划码", "region code")]
    public void UnifiedSocialCreditCodeMessageNamesTheFailureInBothLanguages(string value, string chinese, string english)
    {
        var result = Validator.Validate(Valid with { CreditCode = value });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(Applicant.CreditCode), error.PropertyName);
        Assert.Contains("统一社会信用代码无效", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(chinese, error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(english, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void UnifiedSocialCreditCodeMessagesDifferForEveryFailureKind()
    {
        var messages = Enum.GetValues<UnifiedSocialCreditCodeError>()
            .Where(e => e != UnifiedSocialCreditCodeError.None)
            .Select(UnifiedSocialCreditCodeValidator<Applicant>.MessageFor)
            .ToList();

        Assert.Equal(messages.Count, messages.Distinct().Count());
    }

    [Fact]
    public void MessageCanStillBeOverriddenWithTheReasonPlaceholder()
    {
        var validator = new InlineValidator<Applicant>();
        validator.RuleFor(x => x.IdNumber).ResidentIdNumber().WithMessage("证件号码: {Reason}");

        var error = Assert.Single(validator.Validate(Valid with { IdNumber = "110105194912310021" }).Errors);

        Assert.StartsWith("证件号码: 身份证号码无效（校验位错误）", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13800138000")]
    [InlineData("19912345678")]
    [InlineData("14712345678")]
    [InlineData(" 13800138000 ")]
    public void ChinaMobilePhoneAcceptsElevenDigitsStartingWith13To19(string value)
    {
        Assert.True(Validator.Validate(Valid with { Mobile = value }).IsValid);
    }

    [Theory]
    [InlineData("12800138000")]
    [InlineData("23800138000")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("138-0013-8000")]
    [InlineData("+8613800138000")]
    [InlineData("0472-1234567")]
    [InlineData("1380013800a")]
    public void ChinaMobilePhoneRejectsOtherValues(string value)
    {
        var error = Assert.Single(Validator.Validate(Valid with { Mobile = value }).Errors);

        Assert.Equal(ValidationRuleExtensions.ChinaMobilePhoneErrorCode, error.ErrorCode);
        Assert.Contains("手机号码无效", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Invalid mobile phone number", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13800138000")]
    [InlineData("0472-1234567")]
    [InlineData("04721234567")]
    [InlineData("0472-12345678")]
    [InlineData("010-12345678")]
    [InlineData("02187654321")]
    [InlineData("400-123-4567")]
    [InlineData("8001234567")]
    public void ChinaPhoneAcceptsMobileLandlineAndServiceNumbers(string value)
    {
        Assert.True(Validator.Validate(Valid with { Phone = value }).IsValid);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0472-123")]
    [InlineData("0472-0234567")]
    [InlineData("472-1234567")]
    [InlineData("0472-123456789")]
    [InlineData("12800138000")]
    [InlineData("phone")]
    public void ChinaPhoneRejectsOtherValues(string value)
    {
        var error = Assert.Single(Validator.Validate(Valid with { Phone = value }).Errors);

        Assert.Equal(ValidationRuleExtensions.ChinaPhoneErrorCode, error.ErrorCode);
        Assert.Contains("电话号码无效", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("0472-1234567", error.ErrorMessage, StringComparison.Ordinal);
    }
}

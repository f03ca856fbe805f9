using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Validators;

namespace Jiafu.Shared.Validation;

/// <summary>
/// FluentValidation rules for Chinese identifiers and phone numbers, with bilingual (zh-CN / en)
/// messages that say what is wrong. Like FluentValidation's own <c>EmailAddress()</c>, a null or blank
/// value passes: add <c>NotEmpty()</c> when the field is required. Values are checked after trimming
/// (and, for ID numbers and credit codes, after their <c>Normalize</c>), so store the normalized form.
/// </summary>
public static partial class ValidationRuleExtensions
{
    /// <summary>Error code of every <see cref="ChinaMobilePhone{T}"/> failure.</summary>
    public const string ChinaMobilePhoneErrorCode = "ChinaMobilePhone";

    /// <summary>Error code of every <see cref="ChinaPhone{T}"/> failure.</summary>
    public const string ChinaPhoneErrorCode = "ChinaPhone";

    internal const string MobilePhoneMessage = "手机号码无效（应为1开头的11位数字） / Invalid mobile phone number: expected 11 digits starting with 13–19";

    internal const string PhoneMessage = "电话号码无效（应为手机号码或带区号的固定电话，如 0472-1234567） / Invalid phone number: expected a mobile number or a landline with its area code, e.g. 0472-1234567";

    // The parameter and return types are declared without nullable annotations so that the rules
    // apply both to `string` and to `string?` properties (IRuleBuilder is invariant in TProperty).
#nullable disable annotations

    /// <summary>A GB 11643-1999 resident ID number (18 characters, real birth date, MOD 11-2 check).</summary>
    public static IRuleBuilderOptions<T, string> ResidentIdNumber<T>(this IRuleBuilder<T, string> ruleBuilder)
#nullable restore annotations
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new ResidentIdNumberValidator<T>());
    }

#nullable disable annotations

    /// <summary>A GB 32100-2015 unified social credit code (18 characters of the 31-character set, MOD 31 check).</summary>
    public static IRuleBuilderOptions<T, string> UnifiedSocialCreditCode<T>(this IRuleBuilder<T, string> ruleBuilder)
#nullable restore annotations
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new UnifiedSocialCreditCodeValidator<T>());
    }

#nullable disable annotations

    /// <summary>A mainland mobile number: 11 digits starting with 13–19.</summary>
    public static IRuleBuilderOptions<T, string> ChinaMobilePhone<T>(this IRuleBuilder<T, string> ruleBuilder)
#nullable restore annotations
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder
            .Must(value => string.IsNullOrWhiteSpace(value) || IsChinaMobilePhone(value))
            .WithMessage(MobilePhoneMessage)
            .WithErrorCode(ChinaMobilePhoneErrorCode);
    }

#nullable disable annotations

    /// <summary>
    /// A mainland mobile number, a landline with its area code (<c>0472-1234567</c>, <c>010-12345678</c>,
    /// the hyphen optional) or a 400/800 service number.
    /// </summary>
    public static IRuleBuilderOptions<T, string> ChinaPhone<T>(this IRuleBuilder<T, string> ruleBuilder)
#nullable restore annotations
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder
            .Must(value => string.IsNullOrWhiteSpace(value) || IsChinaPhone(value))
            .WithMessage(PhoneMessage)
            .WithErrorCode(ChinaPhoneErrorCode);
    }

    /// <summary>True for 11 digits starting with 13–19 (surrounding whitespace ignored).</summary>
    public static bool IsChinaMobilePhone(string? value) =>
        value is not null && MobilePhoneRegex().IsMatch(value.Trim());

    /// <summary>True for a mobile number, a landline with area code or a 400/800 number (surrounding whitespace ignored).</summary>
    public static bool IsChinaPhone(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var trimmed = value.Trim();
        return MobilePhoneRegex().IsMatch(trimmed) || LandlineRegex().IsMatch(trimmed) || ServiceNumberRegex().IsMatch(trimmed);
    }

    [GeneratedRegex(@"^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePhoneRegex();

    // Area code: 0 + 2 or 3 digits (010, 021, 0472); local number 7 or 8 digits, not starting with 0.
    [GeneratedRegex(@"^0[1-9][0-9]{1,2}-?[1-9][0-9]{6,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex LandlineRegex();

    [GeneratedRegex(@"^[48]00-?[0-9]{3}-?[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceNumberRegex();
}

/// <summary>Checks a GB 11643-1999 resident ID number; the message names the first problem found.</summary>
public sealed class ResidentIdNumberValidator<T> : PropertyValidator<T, string?>
{
    public const string ReasonArgument = "Reason";

    public override string Name => "ResidentIdNumberValidator";

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        var error = Validation.ResidentIdNumber.Validate(value);
        if (error is ResidentIdNumberError.None or ResidentIdNumberError.Empty)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument(ReasonArgument, MessageFor(error));
        return false;
    }

    /// <summary>The bilingual message for a failure kind.</summary>
    public static string MessageFor(ResidentIdNumberError error) => error switch
    {
        ResidentIdNumberError.Empty => "身份证号码不能为空 / Resident ID number is required",
        ResidentIdNumberError.Length => "身份证号码无效（应为18位） / Invalid resident ID number: must be 18 characters",
        ResidentIdNumberError.Format => "身份证号码无效（前17位应为数字，末位为数字或X） / Invalid resident ID number: the first 17 characters must be digits and the last a digit or X",
        ResidentIdNumberError.Region => "身份证号码无效（地区码错误） / Invalid resident ID number: unknown region code",
        ResidentIdNumberError.BirthDate => "身份证号码无效（出生日期错误） / Invalid resident ID number: the birth date is not a real date between 1900 and today",
        ResidentIdNumberError.CheckCharacter => "身份证号码无效（校验位错误） / Invalid resident ID number: check character mismatch",
        _ => "身份证号码无效 / Invalid resident ID number",
    };

    protected override string GetDefaultMessageTemplate(string errorCode) => "{" + ReasonArgument + "}";
}

/// <summary>Checks a GB 32100-2015 unified social credit code; the message names the first problem found.</summary>
public sealed class UnifiedSocialCreditCodeValidator<T> : PropertyValidator<T, string?>
{
    public const string ReasonArgument = "Reason";

    public override string Name => "UnifiedSocialCreditCodeValidator";

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        var error = Validation.UnifiedSocialCreditCode.Validate(value);
        if (error is UnifiedSocialCreditCodeError.None or UnifiedSocialCreditCodeError.Empty)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument(ReasonArgument, MessageFor(error));
        return false;
    }

    /// <summary>The bilingual message for a failure kind.</summary>
    public static string MessageFor(UnifiedSocialCreditCodeError error) => error switch
    {
        UnifiedSocialCreditCodeError.Empty => "统一社会信用代码不能为空 / Unified social credit code is required",
        UnifiedSocialCreditCodeError.Length => "统一社会信用代码无效（应为18位） / Invalid unified social credit code: must be 18 characters",
        UnifiedSocialCreditCodeError.Charset => "统一社会信用代码无效（含非法字符，只能使用数字和除 I、O、Z、S、V 外的大写字母） / Invalid unified social credit code: only digits and capital letters other than I, O, Z, S and V are allowed",
        UnifiedSocialCreditCodeError.Region => "统一社会信用代码无效（第3–8位行政区划码应为数字） / Invalid unified social credit code: characters 3–8 (region code) must be digits",
        UnifiedSocialCreditCodeError.CheckCharacter => "统一社会信用代码无效（校验位错误） / Invalid unified social credit code: check character mismatch",
        _ => "统一社会信用代码无效 / Invalid unified social credit code",
    };

    protected override string GetDefaultMessageTemplate(string errorCode) => "{" + ReasonArgument + "}";
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jiafu.Shared.Persistence;

public static class StringListConversion
{
    private static readonly ValueConverter<List<string>, string> Converter =
        new(v => string.Join(' ', v), v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList());

    private static readonly ValueComparer<List<string>> Comparer =
        new((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList());

    /// <summary>Stores a list of codes (no spaces inside a code) as one space-separated column.</summary>
    public static PropertyBuilder<List<string>> HasSpaceSeparatedConversion(this PropertyBuilder<List<string>> property, int maxLength) =>
        property.HasConversion(Converter, Comparer).HasMaxLength(maxLength);
}

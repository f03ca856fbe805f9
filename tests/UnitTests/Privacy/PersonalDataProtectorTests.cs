using System.Buffers.Text;
using System.Security.Cryptography;
using Jiafu.Shared.Privacy;
using Xunit;

namespace Jiafu.UnitTests.Privacy;

public sealed class PersonalDataProtectorTests
{
    private static readonly byte[] EncryptionKey = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] LookupKey = RandomNumberGenerator.GetBytes(32);

    private static PersonalDataProtector CreateProtector(string keyId = "k1", byte[]? encryptionKey = null, byte[]? lookupKey = null, Dictionary<string, byte[]>? previousKeys = null) =>
        new(new PersonalDataKeys(keyId, encryptionKey ?? EncryptionKey, lookupKey ?? LookupKey, previousKeys));

    [Theory]
    [InlineData("张三")]
    [InlineData("")]
    [InlineData("11010519491231002X")]
    [InlineData("内蒙古自治区包头市昆都仑区少先路街道 🏠 No.1")]
    public void EncryptThenDecryptReturnsTheOriginalText(string plaintext)
    {
        var protector = CreateProtector();

        Assert.Equal(plaintext, protector.Decrypt(protector.Encrypt(plaintext)));
    }

    [Fact]
    public void CiphertextIsVersionKeyIdAndBase64UrlPayload()
    {
        var ciphertext = CreateProtector().Encrypt("13800138000");

        var parts = ciphertext.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal("v1", parts[0]);
        Assert.Equal("k1", parts[1]);
        Assert.Equal(12 + 11 + 16, Base64Url.DecodeFromChars(parts[2]).Length);
        Assert.DoesNotContain("13800138000", ciphertext, StringComparison.Ordinal);
    }

    [Fact]
    public void CiphertextLengthPredictsTheActualLength()
    {
        var ciphertext = CreateProtector().Encrypt("11010519491231002X");

        Assert.Equal(ciphertext.Length, PersonalDataProtector.CiphertextLength(18, 2));
    }

    [Fact]
    public void ManyThreadsEncryptingAndDecryptingAtOnceEachGetTheirOwnTextBack()
    {
        // The protector keeps a cipher instance per thread; an instance shared between threads would corrupt results.
        var protector = CreateProtector();
        var failures = 0;
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, worker =>
        {
            for (var i = 0; i < 500; i++)
            {
                var text = $"1502031990{worker:D2}{i:D4}";
                if (protector.Decrypt(protector.Encrypt(text)) != text)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }

    [Fact]
    public void ManyThreadsHashingAtOnceEachGetTheHmacOfTheirOwnValue()
    {
        // The protector keeps an HMAC context per thread, reset after each hash; a shared or unreset one would mix inputs.
        var protector = CreateProtector();
        var failures = 0;
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, worker =>
        {
            for (var i = 0; i < 500; i++)
            {
                var text = $"1502031990{worker:D2}{i:D4}";
                var expected = Convert.ToHexStringLower(HMACSHA256.HashData(LookupKey, System.Text.Encoding.UTF8.GetBytes(text)));
                if (protector.LookupHash(text) != expected)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }

    [Fact]
    public void TwoEncryptionsOfTheSameTextDiffer()
    {
        var protector = CreateProtector();

        Assert.NotEqual(protector.Encrypt("张三"), protector.Encrypt("张三"));
    }

    [Fact]
    public void NoncesStayDistinctAcrossManyEncryptionsOnOneThread()
    {
        // Nonces come from a per-thread block of random bytes refilled as it runs out: a few thousand encryptions cross
        // several refills, and a reused or unfilled (zero) nonce would show here.
        var protector = CreateProtector();
        var nonces = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 3000; i++)
        {
            var ciphertext = protector.Encrypt("13800138000");
            var nonce = Base64Url.DecodeFromChars(ciphertext.Split('.')[2])[..12];
            Assert.Contains(nonce, b => b != 0);
            Assert.True(nonces.Add(Convert.ToHexString(nonce)), $"nonce repeated at encryption {i}");
            Assert.Equal("13800138000", protector.Decrypt(ciphertext));
        }
    }

    [Fact]
    public void ChangingAnyPayloadByteMakesDecryptThrow()
    {
        var protector = CreateProtector();
        var ciphertext = protector.Encrypt("11010519491231002X");
        var prefix = ciphertext[..(ciphertext.LastIndexOf('.') + 1)];
        var payload = Base64Url.DecodeFromChars(ciphertext.AsSpan(prefix.Length));

        for (var i = 0; i < payload.Length; i++)
        {
            var tampered = (byte[])payload.Clone();
            tampered[i] ^= 0x01;

            Assert.Throws<PersonalDataDecryptionException>(() => protector.Decrypt(prefix + Base64Url.EncodeToString(tampered)));
        }
    }

    [Fact]
    public void ChangingACharacterOfTheCiphertextMakesDecryptThrow()
    {
        var protector = CreateProtector();
        var ciphertext = protector.Encrypt("张三");
        var middle = ciphertext.Length - 10;
        var tampered = ciphertext[..middle] + (ciphertext[middle] == 'A' ? 'B' : 'A') + ciphertext[(middle + 1)..];

        Assert.Throws<PersonalDataDecryptionException>(() => protector.Decrypt(tampered));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not encrypted")]
    [InlineData("v1")]
    [InlineData("v1.")]
    [InlineData("v1.k1")]
    [InlineData("v1.k1.")]
    [InlineData("v1..AAAA")]
    [InlineData("v1.k1.AAAA")]
    [InlineData("v1.k1.!!!notbase64!!!")]
    [InlineData("v1.unknown.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void MalformedCiphertextThrowsPersonalDataDecryptionException(string ciphertext)
    {
        Assert.Throws<PersonalDataDecryptionException>(() => CreateProtector().Decrypt(ciphertext));
    }

    [Fact]
    public void ChangingTheVersionMakesDecryptThrow()
    {
        var protector = CreateProtector();
        var ciphertext = protector.Encrypt("张三");

        Assert.Throws<PersonalDataDecryptionException>(() => protector.Decrypt("v2" + ciphertext[2..]));
    }

    [Fact]
    public void ChangingTheKeyIdToAnotherKnownKeyMakesDecryptThrow()
    {
        var protector = CreateProtector("k2", RandomNumberGenerator.GetBytes(32), previousKeys: new() { ["k1"] = EncryptionKey });
        var ciphertext = protector.Encrypt("张三");

        Assert.Throws<PersonalDataDecryptionException>(() => protector.Decrypt(ciphertext.Replace("v1.k2.", "v1.k1.", StringComparison.Ordinal)));
    }

    [Fact]
    public void DecryptWithADifferentKeyUnderTheSameIdThrows()
    {
        var ciphertext = CreateProtector().Encrypt("张三");
        var other = CreateProtector(encryptionKey: RandomNumberGenerator.GetBytes(32));

        var ex = Assert.Throws<PersonalDataDecryptionException>(() => other.Decrypt(ciphertext));
        Assert.IsType<AuthenticationTagMismatchException>(ex.InnerException);
    }

    [Fact]
    public void AfterRotationOldCiphertextsDecryptWithThePreviousKeyAndNewOnesUseTheNewKey()
    {
        var before = CreateProtector("k1");
        var oldCiphertext = before.Encrypt("11010519491231002X");

        var after = CreateProtector("k2", RandomNumberGenerator.GetBytes(32), previousKeys: new() { ["k1"] = EncryptionKey });
        var newCiphertext = after.Encrypt("11010519491231002X");

        Assert.Equal("11010519491231002X", after.Decrypt(oldCiphertext));
        Assert.StartsWith("v1.k2.", newCiphertext, StringComparison.Ordinal);
        Assert.Equal("11010519491231002X", after.Decrypt(newCiphertext));
        var ex = Assert.Throws<PersonalDataDecryptionException>(() => before.Decrypt(newCiphertext));
        Assert.Contains("'k2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RotatingTheEncryptionKeyKeepsLookupHashes()
    {
        var before = CreateProtector("k1");
        var after = CreateProtector("k2", RandomNumberGenerator.GetBytes(32), previousKeys: new() { ["k1"] = EncryptionKey });

        Assert.Equal(before.LookupHash("11010519491231002X"), after.LookupHash("11010519491231002X"));
    }

    [Fact]
    public void PreviousKeyWithTheCurrentIdAndDifferentBytesIsRejected()
    {
        Assert.Throws<ArgumentException>(() => CreateProtector("k1", previousKeys: new() { ["k1"] = RandomNumberGenerator.GetBytes(32) }));
    }

    [Fact]
    public void LookupHashIsDeterministicLowercaseHexSha256()
    {
        var hash = CreateProtector().LookupHash("11010519491231002X");

        Assert.Equal(hash, CreateProtector().LookupHash("11010519491231002X"));
        Assert.Equal(64, hash.Length);
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void LookupHashIsHmacSha256OfTheNormalizedValue()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(LookupKey, "11010519491231002X"u8));

        Assert.Equal(expected, CreateProtector().LookupHash(" 11010519491231002x "));
    }

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData(" 11010519491231002X")]
    [InlineData("11010519491231002X  ")]
    [InlineData("\t11010519491231002x\n")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    public void NormalizationMakesCaseSpacesAndFullWidthHashEqual(string variant)
    {
        var protector = CreateProtector();

        Assert.Equal(protector.LookupHash("11010519491231002X"), protector.LookupHash(variant));
    }

    [Fact]
    public void DifferentValuesHashDifferently()
    {
        var protector = CreateProtector();

        Assert.NotEqual(protector.LookupHash("13800138000"), protector.LookupHash("13800138001"));
    }

    [Fact]
    public void DifferentLookupKeysGiveDifferentHashes()
    {
        var one = CreateProtector(lookupKey: RandomNumberGenerator.GetBytes(32));
        var two = CreateProtector(lookupKey: RandomNumberGenerator.GetBytes(32));

        Assert.NotEqual(one.LookupHash("11010519491231002X"), two.LookupHash("11010519491231002X"));
    }

    [Fact]
    public void LookupHashDoesNotDependOnTheEncryptionKey()
    {
        var one = CreateProtector(encryptionKey: RandomNumberGenerator.GetBytes(32));
        var two = CreateProtector(encryptionKey: RandomNumberGenerator.GetBytes(32));

        Assert.Equal(one.LookupHash("张三"), two.LookupHash("张三"));
    }

    [Fact]
    public void NullArgumentsThrowArgumentNullException()
    {
        var protector = CreateProtector();

        Assert.Throws<ArgumentNullException>(() => protector.Encrypt(null!));
        Assert.Throws<ArgumentNullException>(() => protector.Decrypt(null!));
        Assert.Throws<ArgumentNullException>(() => protector.LookupHash(null!));
    }

    [Theory]
    [InlineData("k.1")]
    [InlineData("")]
    [InlineData("key id")]
    [InlineData("a-key-id-that-is-longer-than-32-chars")]
    public void MalformedKeyIdIsRejected(string keyId)
    {
        Assert.Throws<ArgumentException>(() => new PersonalDataKeys(keyId, EncryptionKey, LookupKey));
    }

    [Fact]
    public void WrongKeySizesAreRejected()
    {
        Assert.Throws<ArgumentException>(() => new PersonalDataKeys("k1", RandomNumberGenerator.GetBytes(16), LookupKey));
        Assert.Throws<ArgumentException>(() => new PersonalDataKeys("k1", RandomNumberGenerator.GetBytes(33), LookupKey));
        Assert.Throws<ArgumentException>(() => new PersonalDataKeys("k1", EncryptionKey, RandomNumberGenerator.GetBytes(31)));
        Assert.NotNull(new PersonalDataKeys("k1", EncryptionKey, RandomNumberGenerator.GetBytes(64)));
    }
}

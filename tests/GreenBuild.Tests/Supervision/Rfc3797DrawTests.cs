using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using GreenBuild.Supervision.Draw;

namespace GreenBuild.Tests.Supervision;

/// <summary>RFC 3797 §4 exactly as §6 works it: the key string and the table of 16 selections from a pool of 25.</summary>
public sealed class Rfc3797DrawTests
{
    public const string ExampleKey = "9319./2.5.8.10.12./9.18.26.34.41.45./";

    /// <summary>RFC 3797 §6: index, hex value of MD5, div, selected.</summary>
    public static readonly (string Md5, int Div, int Selected)[] ExampleTable =
    [
        ("990DD0A5692A029A98B5E01AA28F3459", 25, 17), ("3691E55CB63FCC37914430B2F70B5EC6", 24, 7),
        ("FE814EDF564C190AC1D25753979990FA", 23, 2), ("1863CCACEB568C31D7DDBDF1D4E91387", 22, 16),
        ("F4AB33DF4889F0AF29C513905BE1D758", 21, 25), ("13EAEB529F61ACFB9A29D0BA3A60DE4A", 20, 23),
        ("992DB77C382CA2BDB9727001F3CDCCD9", 19, 8), ("63AB4258ECA922976811C7F55C383CE7", 18, 24),
        ("DFBC5AC97CED01B3A6E348E3CC63F40D", 17, 19), ("31CB111C4A4EBE9287CEAE16FE51B909", 16, 13),
        ("07FA46C122F164C215BBC72793B189A3", 15, 22), ("AC52F8D75CCBE2E61AFEB3387637D501", 14, 5),
        ("53306F73E14FC0B2FBF434218D25948E", 13, 18), ("B5D1403501A81F9A47318BE7893B347C", 12, 9),
        ("85B10B356AA06663EF1B1B407765100A", 11, 1), ("3269E6CE559ABD57E2BA6AAB495EB9BD", 10, 4),
    ];

    public static readonly string[] ExampleSources = ["9319", "2 5 12 8 10", "9 18 26 34 41 45"];

    public static TheoryData<string> Cultures => ["", "zh-CN", "en-US", "tr-TR", "ar-SA", "fa-IR", "th-TH", "de-DE", "hi-IN"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_rfc_example_key_is_reproduced_exactly_in_any_culture(string culture)
    {
        using var _ = new CultureScope(culture);
        var key = DrawKey.From([.. ExampleSources.Select(DrawSource.Parse)]);
        Assert.True(key.Succeeded);
        Assert.Equal(ExampleKey, key.Value!.Key);
        Assert.Equal(["9319./", "2.5.8.10.12./", "9.18.26.34.41.45./"], key.Value.Sources.Select(s => s.Canonical));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_rfc_example_table_is_reproduced_exactly_in_any_culture(string culture)
    {
        using var _ = new CultureScope(culture);
        var steps = Rfc3797.Steps(ExampleKey, 25).Take(16).ToList();
        Assert.Equal(ExampleTable.Select(r => r.Md5), steps.Select(s => s.Md5));
        Assert.Equal(ExampleTable.Select(r => r.Div), steps.Select(s => s.Remaining));
        Assert.Equal([17, 7, 2, 16, 25, 23, 8, 24, 19, 13, 22, 5, 18, 9, 1, 4], steps.Select(s => s.Position));
    }

    [Fact]
    public void The_counter_is_two_bytes_most_significant_first_before_and_after_the_key()
    {
        var key = "1./";
#pragma warning disable CA5351 // RFC 3797 prescribes MD5.
        var expected = MD5.HashData([0x01, 0x02, .. Encoding.ASCII.GetBytes(key), 0x01, 0x02]);
#pragma warning restore CA5351
        Assert.Equal(expected, Rfc3797.Hash(key, 0x0102));
    }

    [Fact]
    public void The_hash_is_read_as_an_unsigned_big_endian_128_bit_number()
    {
        var hash = Convert.FromHexString("FF000000000000000000000000000001");
        var expected = (int)(BigInteger.Parse("0FF000000000000000000000000000001", NumberStyles.HexNumber, CultureInfo.InvariantCulture) % 1000);
        Assert.Equal(expected, Rfc3797.Remainder(hash, 1000));
    }

    [Fact]
    public void A_whole_pool_is_a_permutation()
    {
        var positions = Rfc3797.Steps(ExampleKey, 300).Select(s => s.Position).ToList();
        Assert.Equal(Enumerable.Range(1, 300), positions.Order());
    }

    [Fact]
    public void Values_lose_leading_zeros_and_accept_full_width_digits_commas_and_names()
    {
        var key = DrawKey.From([DrawSource.Parse("福彩3D 第2026318期=0５，005 2"), DrawSource.Parse("上证成交量=000123456789012345678901234567890")]);
        Assert.True(key.Succeeded);
        Assert.Equal("2.5.5./123456789012345678901234567890./", key.Value!.Key);
        Assert.Equal("福彩3D 第2026318期", key.Value.Sources[0].Name);
    }

    [Fact]
    public void The_first_picks_do_not_depend_on_how_many_are_drawn()
    {
        var ten = Rfc3797.Steps(ExampleKey, 25).Take(10).Select(s => s.Position);
        var three = Rfc3797.Steps(ExampleKey, 25).Take(3).Select(s => s.Position);
        Assert.Equal(ten.Take(3), three);
    }
}

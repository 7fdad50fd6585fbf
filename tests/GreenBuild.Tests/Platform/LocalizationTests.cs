using GreenBuild.Platform.Localization;

namespace GreenBuild.Tests.Platform;

/// <summary>Chinese first, English complete: both resource tables have the same keys.</summary>
public sealed class LocalizationTests
{
    [Fact]
    public void Every_chinese_text_has_an_english_one_and_back()
    {
        var zh = JsonStringLocalizer.TableFor("zh-CN").Keys.ToHashSet();
        var en = JsonStringLocalizer.TableFor("en").Keys.ToHashSet();
        Assert.Empty(zh.Except(en));
        Assert.Empty(en.Except(zh));
        Assert.True(zh.Count > 100);
    }
}

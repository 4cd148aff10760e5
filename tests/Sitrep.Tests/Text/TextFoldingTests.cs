using AwesomeAssertions;
using Sitrep.Text;
using Xunit;

namespace Sitrep.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Arīḩā", "ariha")]       // GeoNames' Arabic transliteration: h with cedilla
    [InlineData("Ḩarastā", "harasta")]
    [InlineData("Dayr az Zawr", "dayr")]
    [InlineData("Ţafas", "tafas")]
    [InlineData("Ḑumayr", "dumayr")]
    [InlineData("Ẕāhir", "zahir")]
    [InlineData("Ṯalāṯa", "talata")]
    [InlineData("Quảng Ngãi", "quang")]  // Vietnamese stacked marks
    [InlineData("Łódź", "lodz")]
    [InlineData("al-Ḩasakah", "hasakah")]
    public void Transliteration_marks_fold_to_the_plain_spelling(string name, string key) =>
        TextFolding.Key(name.Split(' ')[0]).Should().Be(key);

    [Fact]
    public void Letters_without_a_decomposition_are_kept() =>
        TextFolding.Key("Ωmega").Should().Be("ωmega");
}

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

    [Theory]
    [InlineData("Ki\u0307\u0304rtipur", "kirtipur")]   // a GeoNames row with stray combining marks
    [InlineData("Bogota\u0301", "bogota")]              // decomposed text
    [InlineData("Sa\u0303o", "sao")]
    public void Combining_marks_are_no_letters_of_the_key(string word, string key)
    {
        TextFolding.Key(word).Should().Be(key);
        // (and the tokenizer keeps the word whole)
        Tokenizer.Tokenize(word + " said").Should().HaveCount(2);
    }

    [Fact]
    public void Ayn_after_a_combining_mark_stays_inside_the_word() =>
        Tokenizer.Tokenize("Ma\u0304‘arrat said").Should().HaveCount(2);

    [Fact]
    public void Letters_without_a_decomposition_are_kept() =>
        TextFolding.Key("Ωmega").Should().Be("ωmega");
}

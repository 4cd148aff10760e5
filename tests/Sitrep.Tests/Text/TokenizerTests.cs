using AwesomeAssertions;
using Sitrep.Text;
using Xunit;

namespace Sitrep.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Fact]
    public void Abbreviation_with_periods_stays_one_token() =>
        Words("The U.S. military said").Should().Equal("The", "U.S.", "military", "said");

    [Fact]
    public void Hyphenated_words_and_model_numbers_stay_whole() =>
        Words("a US F-15 struck pro-regime pick-up trucks").Should().Equal("a", "US", "F-15", "struck", "pro-regime", "pick-up", "trucks");

    [Fact]
    public void Decimals_thousands_and_dates_stay_whole() =>
        Words("3.5 km, 1,000 people on 7/6/2017").Should().Equal("3.5", "km", ",", "1,000", "people", "on", "7/6/2017");

    [Fact]
    public void Possessive_s_is_split_so_the_name_matches() =>
        Words("Daesh's capital").Should().Equal("Daesh", "'s", "capital");

    [Fact]
    public void Quotes_and_punctuation_are_tokens() =>
        Words("\"hit dirt,\" he said.").Should().Equal("\"", "hit", "dirt", ",", "\"", "he", "said", ".");

    [Theory]
    [InlineData("Al-Tanf", "tanf")]
    [InlineData("al-Tanf", "tanf")]
    [InlineData("Ḥamāh", "hamah")]
    [InlineData("U.S.", "us")]
    [InlineData("Deir ez-Zor", "deir")]
    public void Keys_fold_case_diacritics_and_arabic_articles(string word, string key) =>
        Tokenizer.Tokenize(word)[0].Key.Should().Be(key);
}

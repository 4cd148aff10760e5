using AwesomeAssertions;
using Sitrep.Errors;
using Sitrep.Lexicons;
using Xunit;

namespace Sitrep.Tests.Data;

public class WordClassesTests
{
    private const string Header = "# source: test\n# licence: CC0\n# date: 2026-11-29\nword\tclass\n";

    [Fact]
    public void An_unknown_class_names_file_and_line()
    {
        var act = () => WordClasses.Parse("nouns.tsv", new StringReader(Header + "square\tfacility\nsquare\tfacilty\n"));
        act.Should().Throw<SitrepException>().WithMessage("E006: nouns.tsv:6: unknown word class 'facilty'*");
    }

    [Fact]
    public void A_word_twice_in_one_class_names_file_and_line()
    {
        var act = () => WordClasses.Parse("nouns.tsv", new StringReader(Header + "kin\tkin\nson\tkin\nson\tkin\n"));
        act.Should().Throw<SitrepException>().WithMessage("E006: nouns.tsv:7: duplicate word 'son' in class 'kin'");
    }

    [Fact]
    public void An_empty_word_names_file_and_line()
    {
        var act = () => WordClasses.Parse("nouns.tsv", new StringReader(Header + "\tkin\n"));
        act.Should().Throw<SitrepException>().WithMessage("E006: nouns.tsv:5: empty word");
    }

    [Fact]
    public void The_shipped_file_has_every_class_and_keeps_words_shared_between_classes()
    {
        var nouns = WordClasses.Load(Path.Combine(AppContext.BaseDirectory, "data", "lexicons", "nouns.tsv"));
        foreach (var cls in WordClasses.Known) nouns.Of(cls).Should().NotBeEmpty(cls);
        nouns.Of(WordClasses.PersonPlural).Should().Contain("hostages");
        nouns.Of(WordClasses.Facility).Should().Contain("neighbourhood");
        nouns.Of(WordClasses.PlacePart).Should().Contain("neighbourhood");
        nouns.Of(WordClasses.CivilianPlace).Should().Contain("café");
    }
}

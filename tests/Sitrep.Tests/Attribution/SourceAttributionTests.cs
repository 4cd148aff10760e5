using AwesomeAssertions;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Attribution;

public class SourceAttributionTests
{
    private static string[] Sources(string text) => Some.Through("sources", text).Sources.Select(s => s.Name).ToArray();

    [Fact]
    public void Date_ends_the_clause_before_a_speaker_in_text_without_commas() =>
        Sources("At least 20 rebels were killed in a blast on Thursday the Syrian Observatory for Human Rights said.")
            .Should().Equal("the Syrian Observatory for Human Rights");

    [Fact]
    public void Date_between_speaker_and_verb_is_no_part_of_the_speaker() =>
        Sources("The ministry on Thursday said the strikes hit the depot.").Should().Equal("The ministry");

    [Fact]
    public void Date_inside_a_name_is_part_of_the_speaker() =>
        Sources("Twelve people were killed, the Sunday Times said. The toll rose, the May 18 Memorial Foundation said.")
            .Should().Equal("the Sunday Times", "the May 18 Memorial Foundation");

    [Theory]
    // text with its commas stripped: the article opens the speaker
    [InlineData("Air strikes killed 10 civilians in Douma the Observatory said.", "the Observatory")]
    [InlineData("Regime bombs landed on eastern Ghouta the observatory reported on Thursday.", "the observatory")]
    // a preposition ties the article to more
    [InlineData("The head of the Syrian Observatory said 12 people were killed.", "The head of the Syrian Observatory")]
    // with its commas the speaker is the whole phrase after the comma
    [InlineData("An Israeli strike killed five people in Rafah on Tuesday, rescuers searching the rubble said.", "rescuers searching the rubble")]
    public void Article_opens_a_speaker_written_without_commas(string text, string speaker) =>
        Sources(text).Should().Equal(speaker);

    [Fact]
    public void Speaker_is_the_one_its_relative_clause_describes() =>
        Sources("The Syrian Observatory which tracks the violence says 12 people were killed.").Should().Equal("The Syrian Observatory");

    [Fact]
    public void Speaker_after_the_quote() =>
        Sources("\"It was a threat,\" said Colonel Ryan Dillon, a spokesman.").Should().Equal("Colonel Ryan Dillon");

    [Fact]
    public void Speaker_before_the_verb_skipping_a_parenthetical() =>
        Sources("A US official, speaking on condition of anonymity, said the drone fell.").Should().Equal("A US official");

    [Fact]
    public void Pronoun_and_definite_description_resolve_to_earlier_speakers() =>
        Sources("Colonel Ryan Dillon said it fell. A US official said it burned. He added more. The official added that it was Iranian.")
            .Should().Equal("Colonel Ryan Dillon", "A US official", "Colonel Ryan Dillon", "A US official");

    [Fact]
    public void Surname_resolves_to_the_full_name() =>
        Sources("Colonel Ryan Dillon said it fell. Dillon said it burned.").Should().Equal("Colonel Ryan Dillon", "Colonel Ryan Dillon");

    [Fact]
    public void According_to() => Sources("According to the Syrian Observatory for Human Rights, 5 died.").Should().Equal("the Syrian Observatory for Human Rights");

    [Fact]
    public void Capitalised_States_is_not_a_reporting_verb() => Sources("The United States struck a convoy.").Should().BeEmpty();

    [Fact]
    public void Speaker_with_a_relative_clause_between_commas()
    {
        Sources("The monitoring group, which relies on activists inside Syria, said the clashes in Aleppo killed 50 fighters.").Should().Equal("The monitoring group");
        Sources("The Syrian Observatory for Human Rights, based in Britain, said air strikes killed 12 people.").Should().Equal("The Syrian Observatory for Human Rights");
        // a relative clause before a verb whose speaker follows it belongs to the report, not to the speaker
        Sources("Islamic State fighters attacked Deir ez-Zor airport, which is held by government forces, said the Observatory on Monday.")
            .Should().Equal("the Observatory");
    }

    [Fact]
    public void Place_in_the_speakers_parenthetical_is_not_where_it_happened() =>
        Some.Article("The Observatory, based in Coventry, said government forces killed 10 civilians in Aleppo on Monday.", "2016-06-11")
            .Events.Should().ContainSingle().Which.Location!.Value.Value.Name.Should().Be("Aleppo");
}

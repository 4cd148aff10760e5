using AwesomeAssertions;
using Sitrep.Events;
using Sitrep.Text;
using Sitrep.Time;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Issues;

/// <summary>Bugs met while building the core (issue 2), each named after the linguistic case.</summary>
public class Issue2Regressions
{
    [Fact]
    public void Dateline_dates_the_report_never_the_event()
    {
        var d = Some.Article("Published February 23 2015 A suicide bomber killed four people in a hospital in Qardaha on Sunday.", "2015-02-23");
        d.Events.Should().ContainSingle().Which.Date!.Iso.Should().Be("2015-02-22");
    }

    private static Document WithMetadata(string text, string published) =>
        Some.Extractor.Pipeline.Run(Document.Create("test", text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), PublishedSource.Metadata));

    [Fact]
    public void Dateline_after_a_glued_headline_dates_the_report_not_the_corpus_column()
    {
        var d = WithMetadata("43 killed in Syria army shelling of rebel town Monitor AFP Sunday 3 Jul 2016 Fierce government bombardment killed 43 people on Saturday.", "2016-07-19");
        d.Published.Should().Be(new DateOnly(2016, 7, 3));
        d.PublishedSource.Should().Be(PublishedSource.Dateline);
    }

    [Fact]
    public void Weekday_dateline_after_a_headline_needs_no_capital_after_it()
    {
        var d = WithMetadata("Syrian army kills 62 rebels east of Damascus Reuters Wednesday 7 Aug 2013 sixty-two rebel fighters were killed in an ambush at dawn on Wednesday.", "2013-08-15");
        d.Published.Should().Be(new DateOnly(2013, 8, 7));
    }

    [Fact]
    public void Dateline_later_than_a_wrong_corpus_date_still_wins()
    {
        var d = WithMetadata("Thu Sep 5 2013 Car bomb kills four in Damascus. A car bomb has killed four people in the Sumaria area.", "2011-02-02");
        d.Published.Should().Be(new DateOnly(2013, 9, 5));
    }

    [Fact]
    public void Update_stamp_later_than_the_metadata_is_not_the_story_date()
    {
        var d = WithMetadata("Last updated at Jun 28 2016 A bomb killed 22 people in Qamishli on Wednesday.", "2016-06-27");
        d.Published.Should().Be(new DateOnly(2016, 6, 27));
    }

    [Fact]
    public void Update_stamp_weeks_after_the_metadata_means_the_metadata_is_wrong()
    {
        var d = WithMetadata("Last updated at Oct 26 2016 Air strikes hit a school complex in Hass on Wednesday, killing 22 people.", "2016-10-07");
        d.Published.Should().Be(new DateOnly(2016, 10, 26));
        d.Events.Should().ContainSingle().Which.Date!.Iso.Should().Be("2016-10-26");
    }

    [Fact]
    public void Update_stamp_with_day_glued_to_year_is_read()
    {
        var d = WithMetadata("Last updated at Jun 062016 Nearly 50 air strikes hit Aleppo on Sunday.", "2016-06-22");
        d.Published.Should().Be(new DateOnly(2016, 6, 6));
    }

    [Fact]
    public void Date_in_running_prose_is_no_dateline()
    {
        var d = WithMetadata("Rebels said the siege began on Sunday 3 July 2016 and fighting continued.", "2016-07-19");
        d.Published.Should().Be(new DateOnly(2016, 7, 19));
    }

    [Fact]
    public void Lower_case_at_is_a_preposition_not_an_arabic_article()
    {
        var d = Some.Through("actors", "Regime forces fired a drone at coalition forces.");
        d.Actors.Select(a => d[a.Span]).Should().Contain("coalition forces").And.NotContain("at coalition forces");
    }

    [Fact]
    public void Rocket_shells_are_a_weapon_not_a_shelling_verb()
    {
        var d = Some.Article("Militants fired rocket shells on Thursday at Douma, leaving 3 civilians killed.", "2015-02-05");
        d.EventMentions.Where(m => m.Suppressed is null).Select(m => d[m.Trigger]).Should().NotContain("shells");
        d.Events.Should().ContainSingle().Which.Type.SubType.Should().Be("Shelling/artillery/missile attack");
    }

    [Fact]
    public void United_States_holds_no_reporting_verb() =>
        Some.Through("sources", "The United States has shot down a drone, a US military spokesperson said.")
            .Sources.Select(s => s.Name).Should().Equal("a US military spokesperson");

    [Fact]
    public void Strike_by_warplanes_is_not_aimed_at_the_warplanes()
    {
        var e = Some.Article("An airstrike by Russian warplanes on Saturday killed 18 people in Idlib.", "2017-04-08").Events.Should().ContainSingle().Subject;
        e.Type.SubType.Should().Be("Air/drone strike");
    }

    [Fact]
    public void Cumulative_toll_since_a_year_is_no_event() =>
        Some.Article("Coalition strikes in northern Syria have killed 649 civilians since September 2014, a report said on Wednesday.", "2016-10-19")
            .Events.Should().BeEmpty();

    [Fact]
    public void Civilians_are_victims_not_actor1()
    {
        var e = Some.Article("Russia accused Belgium of killing civilians while partaking in coalition strikes near Aleppo on Tuesday.", "2016-10-19", includeBackground: true)
            .Events.Should().ContainSingle().Subject;
        (e.Actor1?.Value.Inter).Should().NotBe(7);
    }

    [Fact]
    public void Unnamed_northern_village_falls_back_to_the_documents_country_region()
    {
        var d = Some.Article("Troops clashed with rebels in Hama on Monday. Troops executed 48 people earlier this week in a northern village, a monitor said.", "2015-02-23");
        var e = d.Events.Single(x => x.Type.Type == EventType.ViolenceAgainstCivilians);
        e.Location!.Value.Value.Place.Country.Should().Be("SY");
        e.Location.Value.Value.GeoPrecision.Should().Be(3);
        e.Actor1!.Value.Value.Country.Should().Be("SY");
    }

    [Fact]
    public void Halt_of_bombing_is_a_change_to_group_activity() =>
        Some.Article("Moscow announced on Tuesday that the Russian air force had stopped bombing Aleppo.", "2016-10-19")
            .Events.Should().ContainSingle().Which.Type.SubType.Should().Be("Change to group/activity");
}

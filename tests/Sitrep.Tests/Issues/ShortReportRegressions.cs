using AwesomeAssertions;
using Sitrep.Events;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Issues;

/// <summary>One- or two-sentence reports in the style of ACLED notes (issue 4's end-to-end case), one case each.</summary>
public class ShortReportRegressions
{
    private static CodedEvent Single(string text, string published) =>
        Some.Article(text, published).Events.Should().ContainSingle().Subject;

    [Fact]
    public void On_date_comma_dates_the_event_it_is_not_a_dateline()
    {
        var e = Single("On 12 March 2021, unidentified warplanes struck a weapons depot near Deir ez-Zor, killing four fighters.", "2021-03-12");
        e.Date!.Iso.Should().Be("2021-03-12");
        e.Type.SubType.Should().Be("Air/drone strike");
        e.Fatalities!.Value.Value.Should().Be(4);
    }

    [Fact]
    public void Clashed_with_names_the_other_side_not_a_companion()
    {
        var e = Single("On 9 June 2017, Syrian government forces clashed with Turkish troops near Manbij.", "2017-06-10");
        e.Type.SubType.Should().Be("Armed clash");
        e.Actor1!.Value.Value.Country.Should().Be("SY");
        e.Actor2!.Value.Value.Country.Should().Be("TR");
    }

    [Fact]
    public void Shot_dead_a_civilian_is_one_death() =>
        Single("On 3 May 2020, unknown gunmen shot dead a civilian in Daraa city.", "2020-05-03").Fatalities!.Value.Value.Should().Be(1);

    [Fact]
    public void No_casualties_in_the_next_sentence_is_zero() =>
        Single("On 7 July 2018, an IED exploded targeting a military vehicle in Mosul. No casualties reported.", "2018-07-07").Fatalities!.Value.Value.Should().Be(0);

    [Fact]
    public void Victims_counted_in_the_next_sentence_belong_to_the_clash()
    {
        var e = Single("On 14 February 2021, clashes erupted between HTS and the Syrian National Army near Afrin. 3 fighters were killed.", "2021-02-14");
        e.Type.SubType.Should().Be("Armed clash");
        e.Fatalities!.Value.Value.Should().Be(3);
    }

    [Fact]
    public void People_protesting_are_protesters_of_that_country()
    {
        var e = Single("On 9 January 2022, around 200 people protested in Sanaa against rising fuel prices.", "2022-01-09");
        e.Actor1!.Value.Value.Inter.Should().Be(6);
        e.Actor1.Value.Value.Country.Should().Be("YE");
    }

    [Fact]
    public void Foreign_forces_taking_a_town_overtake_it_they_do_not_regain_it() =>
        Single("On 1 October 2019, Turkish forces and the SNA captured the town of Ras al-Ain from the SDF.", "2019-10-01")
            .Type.SubType.Should().Be("Non-state actor overtakes territory");

    [Fact]
    public void Drones_launched_and_intercepted_are_one_interception() =>
        Single("On 20 August 2020, Russian forces intercepted two drones launched towards Hmeimim airbase.", "2020-08-20")
            .Type.SubType.Should().Be("Disrupted weapons use");

    [Fact]
    public void An_earthquake_is_not_political_violence() =>
        Some.Article("On 6 February 2023, an earthquake killed 200 people in Gaziantep.", "2023-02-06").Events.Should().BeEmpty();
}

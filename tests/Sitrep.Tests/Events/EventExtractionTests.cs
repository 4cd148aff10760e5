using AwesomeAssertions;
using Sitrep.Events;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Events;

public class EventExtractionTests
{
    private static CodedEvent Single(string text, string published = "2017-06-08") =>
        Some.Article(text, published).Events.Should().ContainSingle().Subject;

    [Fact]
    public void Air_strike_with_actor_target_place_date_and_deaths()
    {
        var e = Single("On Tuesday, Russian warplanes struck a market in Idlib, killing 6 civilians.");
        e.Type.SubType.Should().Be("Air/drone strike");
        e.Date!.Iso.Should().Be("2017-06-06");
        e.Location!.Value.Value.Place.Country.Should().Be("SY");
        e.Fatalities!.Value.Value.Should().Be(6);
        e.Actor1!.Value.Value.Country.Should().Be("RU");
    }

    [Fact]
    public void Strike_in_a_mountain_range_is_placed_in_the_range()
    {
        // the Qandil Mountains are no town: before the range was known, the strike fell back to the attacker's country, Turkey
        var e = Single("Turkish jets struck PKK targets in the Qandil Mountains on Monday, killing 12 militants.", "2019-05-03");
        e.Location!.Value.Value.Name.Should().Be("Qandil Mountains");
        e.Location!.Value.Value.Place.Country.Should().Be("IQ");
    }

    [Fact]
    public void Strike_on_a_town_in_southern_Gaza_is_in_the_town()
    {
        // Mozambique's Gaza province once read as the town's qualifier dropped the town, and the strike fell back to Israel
        var e = Single("Israeli strikes killed 14 people in Khan Younis in southern Gaza on Monday, the health ministry said.", "2024-05-01");
        e.Location!.Value.Value.Place.Country.Should().Be("PS");
        e.Location!.Value.Value.Place.Kind.Should().Be(Sitrep.Places.PlaceKind.City);
    }

    [Fact]
    public void Strike_on_a_city_named_like_a_river_is_in_the_city()
    {
        // "the Dnipro region" is the city's: the strike is no event on the river (or in Russia, the attacker's country)
        var e = Single("Russian forces shelled the Dnipro region, killing two people.", "2024-05-03");
        e.Location!.Value.Value.Place.Should().Match<Sitrep.Places.Place>(p => p.Country == "UA" && p.Kind == Sitrep.Places.PlaceKind.City);
    }

    [Fact]
    public void Clash_on_a_border_river_is_still_an_event()
    {
        // the river anchors the report less than a town would, but with the dead it is one: the event is kept
        Some.Article("Iranian and Taliban border forces clashed near the Helmand River, killing three.", "2023-05-28").Events.Should().ContainSingle()
            .Which.Location?.Value.Place.FeatureCode.Should().NotBe("STM");
    }

    [Fact]
    public void Adjective_of_a_region_is_no_place_of_the_event()
    {
        // "a Scottish worker": evidence for Scotland as "Syrian" is for Syria, not where the attack happened
        var e = Single("A Scottish worker was killed in an Israeli attack.", "2024-05-03");
        e.Location?.Value.Place.Name.Should().NotBe("Scotland");
        // … but the area's own police act in it
        Some.Article("Scottish police arrested two men on Saturday after a fight outside a pub.", "2024-05-03").Events
            .Should().Contain(x => x.Location != null && x.Location.Value.Value.Place.Name == "Scotland");
    }

    [Fact]
    public void Event_on_a_river_of_several_countries_falls_to_the_storys_towns_not_the_attackers_nationality()
    {
        // the Dnipro flows through three countries; the story's town (Kherson, in its governor) says which — not "Russian"
        var e = Single("Russian drones attacked boats on the Dnipro River on Sunday, killing three civilians, the Kherson governor said.", "2024-05-03");
        e.Location!.Value.Value.Place.Country.Should().Be("UA");
        // a range of several countries likewise: the Tibesti lies in Chad and Libya, and the rebels are Chad's
        var t = Single("Chadian rebels clashed with the army in the Tibesti mountains near the Libyan border on Monday, killing 10 fighters.", "2024-05-03");
        t.Location!.Value.Value.Place.Country.Should().Be("TD");
    }

    [Fact]
    public void River_is_never_where_the_act_happened()
    {
        // the Dnipro's point is its mouth, far downstream: the shelling is placed no nearer than the country its actors name
        var e = Single("Ukrainian artillery shelled Russian positions on the Dnipro on Monday, killing two soldiers.", "2023-05-03");
        e.Location!.Value.Value.Place.FeatureCode.Should().NotBe("STM");
        e.Location!.Value.Value.Place.Country.Should().Be("UA");
    }

    [Fact]
    public void Unplaced_neighbourhood_yields_to_the_placed_town_after_it()
    {
        // "Khor" alone meets Al Khor in Qatar and Khor in Russia, which the story rules out; the event is in Aden, a placed
        // name of the story's country, not somewhere in Yemen
        var e = Single("Residents protested in front of the district office in Khor Maksar, Aden, Yemen, on 19 June over power cuts.", "2023-06-20");
        e.Location!.Value.Value.Name.Should().Be("Aden");
    }

    [Fact]
    public void Hyphenated_nationality_is_no_event_location()
    {
        // "UK-based" and "Saudi-led" name countries inside words: with no placed town, the story's country is Yemen's, the one
        // named as a place
        var e = Single("Saudi-led coalition air strikes killed 5 civilians on Monday, the UK-based monitor said. Yemen's government condemned the raids.");
        e.Location!.Value.Value.Place.Country.Should().Be("YE");
    }

    [Fact]
    public void Passive_voice_puts_the_agent_first()
    {
        var e = Single("The drone was shot down by Turkish forces near Afrin on Monday.");
        e.Type.SubType.Should().Be("Disrupted weapons use");
        e.Actor1!.Value.Value.Country.Should().Be("TR");
    }

    [Fact]
    public void Strike_aimed_at_a_drone_is_disrupted_weapons_use()
    {
        var e = Single("On Thursday a US F-15 fighter jet was used to strike the drone near Al Tanf.");
        e.Type.SubType.Should().Be("Disrupted weapons use");
        e.Fatalities!.Value.Value.Should().Be(0);
    }

    [Fact]
    public void Threat_is_coded_with_threat_modality()
    {
        var e = Single("Hezbollah threatened on Wednesday to hit US positions in Syria.");
        e.Modality.Should().Be(Modality.Threat);
        e.Type.Plover.Should().Be("THREATEN");
        e.Date!.Iso.Should().Be("2017-06-07");
    }

    [Fact]
    public void History_with_an_old_year_is_not_reported() =>
        Some.Article("Daesh seized Raqqa in 2014 and has held it since.").Events.Should().BeEmpty();

    [Fact]
    public void History_is_reported_as_historical_when_asked()
    {
        var extractor = new Sitrep.Extraction.SitrepExtractor(Some.Resources, new Sitrep.Pipeline.ExtractionOptions { IncludeBackground = true });
        var d = extractor.Extract("h", "Daesh seized Raqqa in 2014.", new DateOnly(2017, 6, 8));
        d.Events.Should().ContainSingle().Which.Modality.Should().Be(Modality.Historical);
    }

    [Fact]
    public void Incident_days_before_the_lead_is_background()
    {
        // published Friday 9 June 2017: the lead is Thursday's strike; last Sunday's raids are context
        var events = Some.Article("Air strikes killed 12 civilians in Idlib on Thursday, a monitor said. "
            + "On Sunday, barrel bombs killed 8 people in Douma.", "2017-06-09").Events;
        events.Should().ContainSingle().Which.Date!.Iso.Should().Be("2017-06-08");
    }

    [Fact]
    public void Incident_a_day_or_two_before_the_lead_is_still_news()
    {
        var events = Some.Article("Air strikes killed 12 civilians in Idlib on Thursday, a monitor said. "
            + "On Tuesday night, barrel bombs killed 8 people in Douma.", "2017-06-09").Events;
        events.Select(e => e.Date!.Iso).Should().BeEquivalentTo(["2017-06-08", "2017-06-06"]);
    }

    [Fact]
    public void Earlier_day_told_after_the_lead_is_context_not_a_report()
    {
        // Monday's story of Monday's raids on Raqqa: Sunday's raids, told after it, stay an event the story mentions
        var events = Some.Article("Syrian warplanes bombed Islamic State positions in Raqqa province on Monday, a monitoring group said. "
            + "On Sunday regime planes killed 31 jihadists and eight civilians in an unprecedented wave of aerial bombardment in Raqqa.", "2014-08-18").Events;
        events.Should().HaveCount(2);
        events.Single(e => e.Date!.Iso == "2014-08-18").Context.Should().BeFalse();
        events.Single(e => e.Date!.Iso == "2014-08-17").Context.Should().BeTrue();
    }

    [Fact]
    public void Earlier_day_of_a_story_whose_lead_names_no_day_is_context_before_the_eve_of_publication()
    {
        // (an undated lead may be yesterday's news: the eve of publication is the lead's day, and a day before it is context)
        var events = Some.Article("Regime air strikes killed 12 civilians in Idlib, a monitor said. "
            + "On Tuesday, barrel bombs killed 8 people in Douma. On Wednesday, rockets killed 3 people in Aleppo.", "2017-06-08").Events;
        events.Single(e => e.Date?.Iso == "2017-06-06").Context.Should().BeTrue();
        events.Single(e => e.Date?.Iso == "2017-06-07").Context.Should().BeFalse();
    }

    [Fact]
    public void Headline_run_into_the_story_leaves_the_first_sentence_to_date_the_lead()
    {
        var events = Some.Article("Assad's forces bombard Damascus suburbs after gas attack: activists. "
            + "Syrian forces bombarded rebel-held suburbs of Damascus on Thursday, activists said. "
            + "Between 500 and 1300 people died on Wednesday from chemical weapons attacks in Ghouta, the activists said.", "2013-08-22").Events;
        events.Single(e => e.Date?.Iso == "2013-08-21").Context.Should().BeTrue();
        events.Where(e => e.Date?.Iso != "2013-08-21").Should().NotBeEmpty().And.OnlyContain(e => !e.Context);
    }

    [Fact]
    public void Follow_up_story_reports_the_earlier_act_it_follows_up()
    {
        // the lead is the toll's rise; Tuesday's bombing is what the story reports
        var events = Some.Article("The death toll from a suicide bombing at a market in Baghdad rose to 42 on Thursday, medical sources said. "
            + "The bomber blew himself up on Tuesday in the crowded Karrada district, killing at least 30 people at the time.", "2017-06-08").Events;
        events.Should().Contain(e => e.Date!.Iso == "2017-06-06").And.OnlyContain(e => !e.Context);
    }

    [Fact]
    public void Condemned_act_is_reported_by_the_story_that_tells_the_condemnation()
    {
        var events = Some.Article("BAGHDAD (AFP) - A suicide bombing in Baghdad was condemned by the UN on Thursday. The bomber struck a market on Tuesday, killing 40.", "2025-03-06").Events;
        events.Should().Contain(e => e.Fatalities != null && e.Fatalities.Value.Value == 40).And.OnlyContain(e => !e.Context);
    }

    [Fact]
    public void Act_strongly_condemned_is_reported_by_the_story_of_the_condemnation()
    {
        var events = Some.Article("The bombing of a market in Kano was strongly condemned on Wednesday by the United Nations. "
            + "Twelve people were killed in the blast on Monday, police said.", "2024-03-14").Events;
        events.Should().Contain(e => e.Fatalities != null && e.Fatalities.Value.Value == 12).And.OnlyContain(e => !e.Context);
    }

    [Fact]
    public void Lead_that_only_refers_back_leaves_the_next_act_to_lead()
    {
        // "At least 20 civilians were killed in air strikes …" names no attacker and makes no event of its own: Friday's strikes
        // in a Sunday story are the news, not context
        var events = Some.Article("At least 20 civilians were killed in air strikes on Jisr al-Shughur, the Observatory said. "
            + "On Friday, air strikes killed 11 civilians in Darkush.", "2017-06-11").Events;
        events.Should().Contain(e => e.Date!.Iso == "2017-06-09").And.OnlyContain(e => !e.Context);
    }

    [Theory]
    [InlineData("Earlier Wednesday clashes erupted on the edges of the town killing four fighters.")]
    [InlineData("Last night clashes erupted on the edges of Harasta killing 4 fighters.")]
    [InlineData("In an earlier attack on Wednesday gunmen killed three policemen in Hawija.")]
    [InlineData("Barrel bombs killed 8 people in Douma on Tuesday evening.")]
    public void When_said_of_the_lead_day_or_its_eve_is_no_context(string second)
    {
        var events = Some.Article("Government forces shelled Harasta on Wednesday killing 5 civilians. " + second, "2017-06-07").Events;
        events.Should().HaveCount(2).And.OnlyContain(e => !e.Context);
    }

    [Fact]
    public void Earlier_attack_of_the_same_day_is_its_own_news()
    {
        var events = Some.Article("Militants attacked a police station in Arish on Wednesday. "
            + "An earlier attack on Wednesday killed 6 soldiers at a checkpoint in Rafah.", "2019-05-02").Events;
        events.Should().HaveCount(2).And.OnlyContain(e => !e.Context);
        events.Should().Contain(e => e.Fatalities != null && e.Fatalities.Value.Value == 6 && e.Location!.Value.Value.Name.StartsWith("Rafa"));
    }

    [Theory]
    // a condemnation told of the news, or a funeral as its target, makes no follow-up
    [InlineData("Gunmen killed 8 villagers in Zamfara on Wednesday in an attack the UN condemned. On Monday gunmen killed 5 farmers in Maru.", "2025-03-13", "2025-03-10")]
    [InlineData("Gunmen attacked a funeral procession in Jos on Wednesday killing 9 mourners. On Monday 4 people were killed in Bokkos.", "2025-03-13", "2025-03-10")]
    // a court, a trial or victims in the lead's own act make no follow-up
    [InlineData("Gunmen killed 6 people at a court in Kandahar on Wednesday. On Monday a roadside bomb killed 4 in Ghazni.", "2019-05-02", "2019-04-29")]
    // the evening two days before the lead's day
    [InlineData("Air strikes killed 9 people in Douma on Thursday. On Tuesday evening raids killed 3 in Harasta.", "2019-05-03", "2019-04-30")]
    // a sentence that opens with a noun is no headline ("Shells fell …")
    [InlineData("Shells fell on a market in Aleppo killing 8 people. On Monday air strikes killed 4 in Idlib.", "2019-05-02", "2019-04-29")]
    // "that" opens what was said: Monday is the act's day, not the day of telling
    [InlineData("Police said that on Monday gunmen killed 3 people in Kano. On Sunday bandits killed 7 in Katsina.", "2019-05-02", "2019-04-28")]
    public void Act_of_a_day_before_the_lead_is_context(string text, string published, string day) =>
        Some.Article(text, published).Events.Should().ContainSingle(e => e.Date != null && e.Date.Iso == day).Which.Context.Should().BeTrue();

    [Fact]
    public void Day_a_statement_was_made_is_no_day_of_the_lead_act()
    {
        var events = Some.Article("Air strikes killed 12 civilians in Idlib on Tuesday, the Observatory said in a statement on Wednesday. "
            + "Barrel bombs killed 8 people in Douma on Tuesday.", "2017-06-07").Events;
        events.Should().HaveCount(2).And.OnlyContain(e => !e.Context);
    }

    [Fact]
    public void Day_a_speaker_told_the_lead_is_no_day_of_the_lead_act()
    {
        // "the organisation said Tuesday": Monday's raid on the convoy is the lead's act, not context
        var events = Some.Article("The air raids that hit an aid convoy near Aleppo killed around 20 people, the humanitarian organisation said Tuesday. "
            + "Monday's raid on the convoy destroyed at least 18 of 31 vehicles in Orum al-Kubra in Aleppo province.", "2016-09-20").Events;
        events.Should().OnlyContain(e => !e.Context);
    }

    [Fact]
    public void Night_before_the_lead_day_is_news_not_context()
    {
        var events = Some.Article("Air strikes killed 12 civilians in Idlib on Wednesday, a monitor said. "
            + "Late on Tuesday, barrel bombs killed 8 people in Douma.", "2017-06-07").Events;
        events.Should().HaveCount(2).And.OnlyContain(e => !e.Context);
    }

    [Theory]
    [InlineData("An earlier bombing near the shrine in Sayyida Zeinab killed eight people.")]
    [InlineData("The last attack on the shrine in Sayyida Zeinab killed at least seven people.")]
    public void Act_named_as_the_one_before_is_context(string second)
    {
        var events = Some.Article("Two suicide bombers killed 20 people near the Sayyida Zeinab shrine south of Damascus, a monitor said. " + second, "2016-06-12").Events;
        events.Should().HaveCount(2);
        events.Single(e => e.Fatalities!.Value.Value == 20).Context.Should().BeFalse();
        events.Single(e => e.Fatalities!.Value.Value != 20).Context.Should().BeTrue();
    }

    [Fact]
    public void Foreign_capital_dateline_is_not_where_it_happened()
    {
        var e = Some.Article("BEIRUT A Russian military helicopter was shot down over Syria on Monday, killing all five people on board. "
            + "The helicopter was returning to the Hmeimim air base in Latakia province in Syria.", "2016-08-01").Events.First();
        e.Location!.Value.Value.Place.Country.Should().Be("SY");
        // a dateline after a glued headline, known by the agency's credit
        Some.Article("Strikes kill 120 fighters Moscow AFP Saturday 7 Oct 2017 Some 120 fighters were killed in air strikes on Saturday, the defence "
            + "ministry said. Syria welcomed the strikes in Deir ez-Zor. Syria said more would follow.", "2017-10-07")
            .Events.First().Location!.Value.Value.Place.Country.Should().Be("SY");
    }

    [Fact]
    public void Capital_as_the_agent_of_a_passive_is_a_government()
    {
        var events = Some.Article("An offensive backed by Moscow in rebel-held areas killed 12 civilians on Monday. Rebels in Idlib and Hama vowed to fight on.", "2016-08-02").Events;
        events.Should().NotBeEmpty().And.OnlyContain(e => e.Location == null || e.Location.Value.Value.Place.Country != "RU");
        // (the story's own capital too: "backed by Damascus" is the government, not where the shelling was)
        var own = Some.Article("A militia backed by Damascus shelled rebel-held areas on Monday, killing 5. Rebels in Idlib and Hama vowed revenge.", "2016-08-02").Events;
        own.Should().NotBeEmpty().And.OnlyContain(e => e.Location == null || e.Location.Value.Value.Name != "Damascus");
    }

    [Fact]
    public void Place_past_a_day_after_belongs_to_the_context()
    {
        var e = Some.Article("Rebel forces hit a school in government-controlled west Aleppo on Thursday, killing six children, just a day after "
            + "dozens of children were killed in airstrikes on a school in Idlib.", "2016-10-27").Events.First();
        e.Location!.Value.Value.Name.Should().Be("Aleppo");
    }

    [Fact]
    public void Count_that_places_the_act_reports_it()
    {
        // the first sentence names no place; the count after it is where and when it happened
        var e = Some.Article("They were among 39 people who died in the attack according to a monitor. "
            + "At least 30 children were among 39 people killed in the double bombing at a school in Homs today.", "2014-10-01").Events.Should().ContainSingle().Subject;
        e.Location!.Value.Value.Name.Should().Be("Homs");
        e.Fatalities!.Value.Value.Should().Be(39);
    }

    [Fact]
    public void Count_with_its_own_act_does_not_date_the_act_before()
    {
        // the second sentence's dead are its own strike's ("when the air force pounded"), so its "yesterday" is not the massacre's
        var events = Some.Article("The regime committed a massacre in the village of al-Bureij northeast of Aleppo where 18 civilians were killed in a barrel bomb attack. "
            + "Twenty-six civilians were also killed yesterday when the air force pounded the neighbourhood of Al-Maghayer in Aleppo.", "2015-07-22").Events;
        events.Should().HaveCount(2);
        events.Should().ContainSingle(e => e.Fatalities != null && e.Fatalities.Value.Value == 18).Which.Date.Should().BeNull();
        events.Should().ContainSingle(e => e.Fatalities != null && e.Fatalities.Value.Value == 26).Which.Date!.Iso.Should().Be("2015-07-21");
    }

    [Fact]
    public void Later_reference_that_names_the_town_and_the_attacker_completes_the_lead()
    {
        // the lead places the strikes only "in a town in northern Syria"; "the strikes on Atareb … carried out by Syrian warplanes" names both
        var e = Some.Article("Air strikes on a market killed at least 29 civilians in a town in northern Syria on Monday. "
            + "The strikes on rebel-held Atareb were carried out by Syrian warplanes.", "2017-11-13").Events.Should().ContainSingle().Subject;
        e.Location!.Value.Value.Name.Should().Be("Al Atārib");
        e.Actor1!.Value.Value.Country.Should().Be("SY");
        e.Fatalities!.Value.Value.Should().Be(29);
    }

    [Theory]
    // the month belongs to the retaking, told in a clause of its own
    [InlineData("The blast hit the neighbourhood of Salaheddin in Aleppo, which was on the front line before Assad's forces retook full control of the city in December.", "Remote explosive/landmine/IED", null)]
    // a day named there is the day of both, and a clause with no subject of its own shares the act's day
    [InlineData("The army arrested 15 people after protesters blocked a road in Lagos on 14 April 2017.", "Arrests", "2017-04-14")]
    [InlineData("A woman from Rajo in Afrin district said she had been raped by a member of a Turkish-backed faction after being detained at a checkpoint on 15 March 2020.", "Sexual violence", "2020-03-15")]
    public void Month_in_a_clause_of_another_act_is_that_acts(string text, string subType, string? day)
    {
        var d = Some.Through("modality", text, "2020-04-01");
        var m = d.EventMentions.First(x => x.Type.SubType == subType);
        (m.Date?.Value is { } v ? v.Start.ToString("yyyy-MM-dd") : null).Should().Be(day);
    }

    [Theory]
    [InlineData("The strikes on rebel-held Atareb had been carried out by Syrian warplanes.", "SY")]
    // a participle with no auxiliary describes the target: the rally was staged by the supporters, the strike was not
    [InlineData("An air strike on a rally staged by opposition supporters in Idlib on Friday killed 10 people.", null)]
    public void Agent_of_a_finite_passive_after_the_acts_noun_is_its_attacker(string text, string? country)
    {
        var d = Some.Through("modality", text, "2017-11-13");
        var m = d.EventMentions.First(x => x.Type.SubType == "Air/drone strike");
        m.Actor1?.Actor.Country.Should().Be(country);
    }

    [Fact]
    public void Count_that_retells_the_act_with_a_verb_still_dates_and_places_it()
    {
        // "when the gunmen opened fire" is the storming told again, not a second attack
        var e = Some.Article("Gunmen stormed a church in Owo. At least 40 worshippers were killed on Sunday when the gunmen opened fire.", "2022-06-06")
            .Events.Should().ContainSingle().Subject;
        e.Location!.Value.Value.Name.Should().Be("Owo");
        e.Date!.Iso.Should().Be("2022-06-05");
    }

    [Fact]
    public void Definite_reference_to_strikes_on_another_town_does_not_complete_the_lead()
    {
        var events = Some.Article("Air strikes hit the town of Saraqeb on Monday, killing seven people. The Russian strikes on Idlib city killed 12 others.", "2017-04-18").Events;
        events.Should().Contain(e => e.Location != null && e.Location.Value.Value.Name == "Saraqib")
            .Which.Actor1.Should().BeNull();
    }

    [Theory]
    [InlineData("Warplanes struck the town of Saraqeb on Tuesday, killing nine civilians.", true)]
    [InlineData("Warplanes struck the town of Saraqeb late on Tuesday, killing nine civilians.", false)]
    [InlineData("Warplanes struck the town of Saraqeb on Tuesday night, killing nine civilians.", false)]
    [InlineData("MOSUL, Iraq, April 19 (Reuters) - A suicide bomber killed 12 people at a checkpoint in Mosul, police said.", false)]
    [InlineData("Warplanes struck the town of Saraqeb on Tuesday, late reports said, killing nine civilians.", true)]
    [InlineData("Warplanes struck the town of Saraqeb on Tuesday evening, killing nine civilians.", true)]
    public void Only_a_day_the_story_names_itself_is_a_named_day(string text, bool named) =>
        Some.Article(text, "2017-04-19").Events.Should().ContainSingle().Which.DayNamed.Should().Be(named);

    [Fact]
    public void Bomb_placed_on_a_factory_bus_is_an_attack_not_an_accident() =>
        Some.Article("A bomb exploded aboard a bus near Homs on Saturday killing a woman. "
            + "The bomb was placed inside a bus that transports workers at a private factory.", "2017-04-08")
            .Events.Should().ContainSingle().Which.Type.SubType.Should().Be("Remote explosive/landmine/IED");

    [Fact]
    public void Monitor_that_reports_the_strike_is_no_perpetrator()
    {
        var e = Single("The Syrian Observatory for Human Rights which tracks the violence says at least 12 people were killed when airstrikes struck Idlib on Sunday.", "2016-06-12");
        (e.Actor1?.Value.Name ?? "").Should().NotContain("Observatory");
        // (and the Observatory, not its relative clause "tracks the violence", is the source)
        e.Sources.Select(x => x.Value).Should().Equal("The Syrian Observatory for Human Rights");
    }

    [Fact]
    public void The_syrian_capital_is_damascus()
    {
        Single("A car bomb exploded in the Syrian capital on Saturday killing 20 people.", "2016-06-11").Location!.Value.Value.Name.Should().Be("Damascus");
        var near = Single("Suicide bombers struck outside a shrine near Yemen's capital on Saturday killing 20 people.", "2016-06-11").Location!.Value.Value;
        near.Place.Name.Should().Be("Sanaa");
        near.GeoPrecision.Should().Be(2);
    }

    [Fact]
    public void A_groups_de_facto_capital_is_not_the_countrys()
    {
        var e = Single("Air strikes on the Islamic State group's de facto Syrian capital killed 25 civilians on Tuesday.", "2016-06-22");
        (e.Location?.Value.Name ?? "").Should().NotBe("Damascus");
    }

    [Fact]
    public void Possessor_country_qualifies_the_place_it_owns()
    {
        Single("Air strikes killed 19 civilians in Syria's Aleppo on Thursday.", "2016-06-11").Location!.Value.Value.Name.Should().Be("Aleppo");
        Single("Rebel rockets killed five children near Syria's second city Aleppo on Sunday.", "2015-07-26").Location!.Value.Value.Name.Should().Be("Aleppo");
    }

    [Fact]
    public void Neighbourhood_of_a_city_is_where_it_happened()
    {
        // the city after "neighbourhood of" names whose neighbourhood it is, and the preposition reaches over "the Kurdish-held"
        Single("Rebel shelling killed seven people in the Kurdish-held Sheikh Maqsoud neighbourhood of Aleppo on Saturday.", "2016-06-18")
            .Location!.Value.Value.Name.Should().Be("Sheikh Maqsoud");
        Single("Rebel shelling killed seven people in the Sheikh Maqsoud district in Aleppo on Saturday.", "2016-06-18")
            .Location!.Value.Value.Name.Should().Be("Sheikh Maqsoud");
        // (a town's district of a province is the district: "the Manbij district of Aleppo province")
        Single("Air strikes hit the Manbij district of Aleppo province on Monday, killing five civilians.", "2016-07-19")
            .Location!.Value.Value.Name.Should().Contain("Manbij");
    }

    [Fact]
    public void Possessive_with_its_apostrophe_stripped_is_still_a_possessive()
    {
        // FA-KES strips apostrophes: "Syrias" is "Syria's" in a text that writes "Syria" elsewhere
        var e = Some.Article("Suicide bombers struck a shrine near Syrias capital on Saturday killing 20 people. Syria has seen such attacks before.", "2016-06-11")
            .Events.First();
        e.Location!.Value.Value.Name.Should().Be("Damascus");
        // a story may write its country only as a demonym: "Syrias capital … the Syrian Observatory"
        Some.Article("Suicide bombers struck a shrine near Syrias capital Saturday leaving at least 20 people dead. "
                + "The Syrian Observatory for Human Rights said 13 civilians were among the dead.", "2016-06-11")
            .Events.First().Location!.Value.Value.Name.Should().Be("Damascus");
        // "Ankaras offensive" is the government's, not where the raid was
        Some.Article("Turkish jets raided Kurdish villages on Monday in an escalation of Ankaras offensive. Ankara denied it.", "2016-06-11")
            .Events.Should().NotBeEmpty().And.OnlyContain(x => x.Location == null || x.Location.Value.Value.Name != "Ankara");
        // a plural is no possessive: "Turkeys" where the story never writes "Turkey" alone
        var plural = Some.Through("places", "Farmers sold Turkeys at the market in Ankara on Monday.");
        plural.Places.Select(x => plural[x.Span]).Should().Equal("Ankara");
    }

    [Fact]
    public void Attack_on_a_foreign_capital_happened_in_that_capital()
    {
        var e = Some.Article("Russian missiles struck Kyiv on Monday, killing 11 people. Russia said it hit military targets. Moscow blamed Ukraine. "
            + "Russia's defence ministry said the strikes were precise.", "2023-10-09").Events.First();
        e.Location!.Value.Value.Name.Should().Be("Kyiv");
    }

    [Fact]
    public void Caption_date_is_not_the_story_lead() =>
        Single("People inspect the damage after an air strike in Idlib province, Syria June 12, 2016. "
            + "Air strikes on Thursday killed 20 people in Maarat al-Numan in Idlib.", "2016-06-13").Date!.Iso.Should().Be("2016-06-09");

    [Fact]
    public void Count_after_a_dated_act_counts_its_victims_and_places_it()
    {
        var e = Single("Government airstrikes hit a crowded market on Monday. At least 12 people were killed in Atareb.", "2016-06-13");
        e.Fatalities!.Value.Value.Should().Be(12);
        e.Location!.Value.Value.Place.Name.Should().Be("Al Atārib");
    }

    [Fact]
    public void Cordon_placed_after_a_warehouse_blast_leaves_it_an_accident() =>
        Single("An explosion at a fuel warehouse in Homs killed 3 workers on Monday. Police placed the area under a cordon.", "2017-04-10")
            .Type.SubType.Should().Be("Man-made disaster");

    [Fact]
    public void Time_after_a_peaceful_noun_keeps_the_place()
    {
        Single("Gunmen stormed a mosque hours after Friday prayers in Kabul, killing 4 people.", "2017-06-09").Location!.Value.Value.Name.Should().Be("Kabul");
        Single("A car bomb exploded days after the ceasefire took effect in Aleppo, killing 4 people.", "2016-03-02").Location!.Value.Value.Name.Should().Be("Aleppo");
    }

    [Fact]
    public void In_the_syrian_capital_takes_its_preposition() =>
        Single("A car bomb exploded in the Syrian capital on Monday, killing 5 people in the worst attack in Syria this year.", "2016-06-13")
            .Location!.Value.Value.Name.Should().Be("Damascus");

    [Fact]
    public void Foreign_city_opening_a_sentence_is_the_story_not_a_dateline() =>
        Some.Article("Russia said its forces captured two villages. Moscow said Russia would press on. Kharkiv, Ukraine's second city, was hit "
            + "by Russian missiles on Monday, killing three people.", "2023-10-09").Events.Last().Location!.Value.Value.Name.Should().Be("Kharkiv");

    [Fact]
    public void Count_place_is_not_its_speakers()
    {
        var e = Single("Government airstrikes hit a crowded market on Monday. At least 12 people were killed, according to the Syrian Observatory "
            + "for Human Rights, a monitoring group based in Britain.", "2016-06-13");
        e.Location?.Value.Place.Country.Should().NotBe("GB");
    }

    [Fact]
    public void Places_joined_by_an_ampersand_after_a_preposition_stay_places() =>
        Single("Israeli forces raided refugee camps in Jenin & Tulkarm on Wednesday, killing 10 Palestinians.", "2016-06-13")
            .Location!.Value.Value.Place.Name.Should().Be("Janīn");

    [Fact]
    public void Dateline_in_capitals_after_a_timestamp_is_the_city() =>
        Single("Last updated at Jan 20 2015 ALEPPO at least 12 people were killed in barrel bomb attacks on Tuesday.", "2015-01-20")
            .Location!.Value.Value.GeoPrecision.Should().Be(1);

    [Fact]
    public void Province_holds_only_its_own_towns_when_mentions_merge()
    {
        // "the strikes" cannot carry Idlib province's 22 dead to Damascus, which lies outside it
        var events = Some.Article("Airstrikes on a school in Idlib province killed 22 children on Wednesday. "
            + "The strikes also hit a market in Damascus, killing 8 people.", "2016-10-27").Events;
        events.Should().Contain(e => e.Location!.Value.Value.Place.Name == "Idlib" && e.Fatalities!.Value.Value == 22);
    }

    [Fact]
    public void Negated_act_is_no_event() =>
        Some.Article("The projectile landed near the base and failed to explode.").Events.Should().BeEmpty();

    [Fact]
    public void Habitual_repeated_warnings_are_no_event() =>
        Some.Article("The US military has repeatedly warned forces to stay away from the zone.").Events.Should().BeEmpty();

    [Fact]
    public void Speculation_with_such_is_no_event() =>
        Some.Article("The concern is that such strikes could take away attention from the fight against Daesh.").Events.Should().BeEmpty();

    [Fact]
    public void Light_verb_and_noun_trigger_make_one_event()
    {
        var e = Single("On Tuesday, the United States launched an air strike against Iranian-backed fighters in southern Syria.");
        e.Type.SubType.Should().Be("Air/drone strike");
        e.Actor2!.Value.Value.Name.Should().Contain("Iranian-backed");
        e.Location!.Value.Value.GeoPrecision.Should().Be(3);
    }

    [Fact]
    public void Purpose_clause_is_not_a_second_event()
    {
        var e = Single("Earlier, the Syrian Democratic Forces launched their assault to capture Raqqa.");
        e.Type.Type.Should().Be(EventType.Battles);
        e.Date.Should().BeNull();
        e.DateNote.Should().Contain("Earlier");
    }

    [Fact]
    public void Caption_repeating_the_lead_adds_evidence_not_an_event()
    {
        var d = Some.Article("Regime forces fired a drone at coalition forces near Al Tanf\n\nRegime forces fired a drone at coalition forces on Thursday, officials said.");
        var e = d.Events.Should().ContainSingle().Subject;
        e.Location!.Value.Value.Name.Should().Contain("Tanf");
        e.Evidence.Should().HaveCount(2);
    }

    [Fact]
    public void Same_incident_mentioned_twice_is_one_event_with_two_spans()
    {
        var d = Some.Article("On Monday a car bomb exploded in Azaz, killing 8 people. The blast was the deadliest this year.", "2017-06-08");
        d.Events.Should().ContainSingle().Which.Evidence.Should().HaveCount(2);
    }

    [Fact]
    public void Killing_verb_next_to_a_strike_counts_victims_not_a_second_event()
    {
        var e = Single("Warplanes bombed Douma on Sunday, killing 12 people.");
        e.Type.SubType.Should().Be("Air/drone strike");
        e.Fatalities!.Value.Value.Should().Be(12);
    }

    [Fact]
    public void Gunmen_killing_civilians_is_violence_against_civilians()
    {
        var e = Single("Gunmen killed five civilians in Daraa on Friday.");
        e.Type.Type.Should().Be(EventType.ViolenceAgainstCivilians);
        e.Fatalities!.Value.Value.Should().Be(5);
    }

    [Fact]
    public void State_forces_abroad_are_external_forces()
    {
        var e = Single("Russian warplanes struck rebels in Idlib on Sunday.");
        e.Actor1!.Value.Value.Inter.Should().Be(8);
    }

    [Fact]
    public void Descriptive_participle_after_an_actor_is_not_a_clash() =>
        Some.Article("Colonel Ryan Dillon, a spokesman for the US-led coalition fighting Daesh, said nothing new.").Events.Should().BeEmpty();
    [Fact]
    public void Simple_past_act_with_only_a_place_is_an_event()
    {
        Single("A suicide bomber blew himself up in Hasakah city.", "2016-07-05").Location!.Value.Value.Name.Should().Be("Al Ḩasakah");
        Single("A bomb went off in Hasakah city.", "2016-07-05").Location!.Value.Value.Name.Should().Be("Al Ḩasakah");
        // a state in the perfect, a present passive, a warning or territory taken long ago is not one act of violence
        Some.Article("The Islamic State group, which has seized large areas of Syria and Iraq, holds the town.", "2016-07-05").Events.Should().BeEmpty();
        Some.Article("Civilians are targeted by snipers in Taiz.", "2016-07-05").Events.Should().BeEmpty();
        Some.Article("The UN envoy warned on Tuesday that the truce was at risk.", "2016-07-05").Events.Should().BeEmpty();
        Some.Article("The group seized large areas of Syria and Iraq in a lightning 2014 campaign.", "2016-07-05").Events.Should().BeEmpty();
    }

    [Fact]
    public void Same_toll_told_twice_is_one_incident()
    {
        // the quote names other victims ("people") than the lead ("soldiers"), but its five dead are the lead's five
        var events = Some.Article("A bomb blast killed at least five soldiers near a security headquarters in Hama city on Thursday, a monitor said. "
            + "\"A truck packed with explosives detonated near a branch of the military intelligence, killing at least five people,\" "
            + "the Syrian Observatory for Human Rights said.", "2014-03-06").Events;
        events.Should().ContainSingle(e => e.Type.Type == EventType.Explosions).Which.Fatalities!.Value.Value.Should().Be(5);
        // but not the same count in another town, a vague count, or a toll told as "also"
        Some.Article("Government air strikes killed five civilians in Douma on Monday. Russian air strikes killed five rebels in Harasta on Monday.", "2014-03-06")
            .Events.Should().HaveCount(2);
        Some.Article("The army killed dozens of militants on Monday, a source said. Rebels killed dozens of soldiers on Monday, activists said.", "2014-03-06")
            .Events.Should().HaveCount(2);
        Some.Article("Rebels killed ten soldiers in Aleppo on Monday. Jihadists also killed ten soldiers on Monday.", "2014-03-06")
            .Events.Should().HaveCount(2);
    }
    [Fact]
    public void Undated_plural_raids_in_the_lead_are_the_news()
    {
        // later in a story, undated plural raids are cumulative background; in the lead they are the day's news
        Single("U.S.-led coalition air raids on ISIL positions near Kobani reportedly killed 35 fighters and injured many others.", "2014-10-04")
            .Fatalities!.Value.Value.Should().Be(35);
        Some.Article("Rebels shelled a school in Aleppo on Monday, killing two pupils. U.S.-led coalition air raids killed 35 fighters.", "2014-10-04")
            .Events.Should().ContainSingle();
        // a dateline line is no lead; raids that "have killed" a toll over a week count up to now
        Some.Article("Published 10 June 2017.\n\nRussian air raids killed 23 civilians in Idlib, a monitor said.", "2017-06-10").Events.Should().ContainSingle();
        Some.Article("Russian air strikes have killed 40 civilians in Idlib province over the past week, a monitor said.", "2016-06-11").Events.Should().BeEmpty();
    }
    [Fact]
    public void Place_after_west_of_is_the_reference_point()
    {
        // the named district is where it happened; the town after "west of" is where the direction is measured from
        Single("Heavy fighting took place between government troops and Houthi forces in Sirwah district, west of Marib, on 14 February 2021.", "2021-02-15")
            .Location!.Value.Value.Name.Should().Be("Sirwah");
        // alone, the act happened near that town (ACLED's precision 2)
        Single("Rebels shelled a village west of Aleppo on Monday, killing five people.", "2016-06-11").Location!.Value.Value.GeoPrecision.Should().Be(2);
        // but "the east of Aleppo" is a part of Aleppo
        Single("Government air strikes on rebel-held districts in the east of Aleppo killed 12 civilians on Monday.", "2016-06-11")
            .Location!.Value.Value.GeoPrecision.Should().Be(1);
    }
    [Fact]
    public void Question_opened_by_whether_is_no_report() =>
        Some.Article("The warplane crashed in a market in Ariha in Idlib province on Monday and it was not clear whether it was shot down by rebels.", "2015-08-03")
            .Events.Should().NotContain(e => e.Type.SubType == "Disrupted weapons use");
    [Fact]
    public void Activists_who_report_a_clash_are_not_rioters()
    {
        // the activists who report the clash, or on whom the monitor relies, are its sources, not its sides
        Single("Syrian activists said on Tuesday that at least 33 militants were killed during clashes with the army in Aleppo.", "2016-06-11")
            .Type.SubType.Should().Be("Armed clash");
        var e = Single("The monitoring group which relies on activists inside Syria said the clashes in Aleppo killed 50 fighters on Tuesday.", "2016-06-11");
        e.Type.SubType.Should().Be("Armed clash");
        e.Actor1.Should().BeNull();
        // but a crowd named beside the police is a side, wherever it stands in the sentence
        Single("Police and protesters clashed in Kinshasa on Monday.", "2016-06-11").Type.SubType.Should().Be("Violent demonstration");
        Single("Clashes between police and opposition supporters in Kinshasa on Monday left 17 dead.", "2016-06-11").Type.SubType.Should().Be("Violent demonstration");
        // a relative clause on the speaker holds no side; a relative clause on a side is no speaker's
        Single("According to police, the gunmen, who told passengers to recite verses, killed 28 people near Mandera on Monday.", "2016-06-11")
            .Actor1!.Value.Value.Name.Should().Be("Gunmen");
    }
    [Fact]
    public void Deal_named_is_no_deal_made()
    {
        Some.Article("US President Barack Obama will meet with security aides on Friday amid deep unease over the ceasefire deal in Syria.", "2016-09-17")
            .Events.Should().BeEmpty();
        Some.Article("Russia and the regime violated the truce in Aleppo 264 times on Monday.", "2016-09-17")
            .Events.Should().NotContain(e => e.Type.SubType == "Agreement");
        Single("The United States and Russia reached a ceasefire deal for Syria in Geneva on Friday.", "2016-09-17").Type.SubType.Should().Be("Agreement");
        Single("A ceasefire brokered by Russia and the United States took effect in Syria on Saturday.", "2016-09-17").Type.SubType.Should().Be("Agreement");
        Single("The ceasefire between the army and rebels in Aleppo came into effect on Monday.", "2016-09-17").Type.SubType.Should().Be("Agreement");
        Single("A truce between rebels and government forces in Aleppo held on Monday.", "2016-09-17").Type.SubType.Should().Be("Agreement");
        // (an air force is no force of law)
        Some.Article("The Syrian air force violated the ceasefire in Aleppo on Monday, killing 12 civilians.", "2016-09-17")
            .Events.Should().NotContain(e => e.Type.SubType == "Agreement");
    }
}

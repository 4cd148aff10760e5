using AwesomeAssertions;
using Sitrep.Events;
using Sitrep.Places;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Issues;

/// <summary>One- or two-sentence reports in the style of ACLED notes (issue 4's end-to-end case), one case each.</summary>
public class ShortReportRegressions
{
    private static CodedEvent First(string text, string published) =>
        Some.Article(text, published).Events.Should().NotBeEmpty().And.Subject.First();

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
    [Fact]
    public void Firearms_seized_in_the_passive_are_a_weapons_seizure() =>
        Single("On 2 March 2021, two firearms and 150 rounds of ammunition were seized by police in Kirkuk.", "2021-03-02")
            .Type.SubType.Should().Be("Disrupted weapons use");

    [Fact]
    public void Cleared_landmines_are_disrupted_weapons_use() =>
        Single("On 4 April 2022, army engineers cleared more than 200 landmines near Marib city.", "2022-04-04")
            .Type.SubType.Should().Be("Disrupted weapons use");

    [Fact]
    public void One_sentence_without_a_full_stop_is_still_a_report()
    {
        var e = Single("Gunmen killed five soldiers in Mogadishu on Monday", "2024-03-05");
        e.Fatalities!.Value.Value.Should().Be(5);
        e.Location!.Value.Value.Name.Should().Be("Mogadishu");
        // (read as prose, not as a Title Case headline: "Ain" of an unknown "Ain Daqneh" is no Al Ain in the Emirates)
        Single("Airstrikes hit Ain Daqneh and Kafr Zeita on Monday killing 7", "2024-03-05").Location?.Value.Place.Country.Should().NotBe("AE");
    }

    [Fact]
    public void Tanks_destroyed_in_a_battle_are_not_a_weapons_seizure() =>
        Some.Article("On 5 May 2019, rebels clashed with the army near Hama and destroyed two tanks.", "2019-05-05").Events
            .Should().NotContain(e => e.Type.SubType == "Disrupted weapons use");

    [Fact]
    public void Protesters_blocking_roads_are_a_violent_demonstration() =>
        Single("On 6 June 2020, protesters blocked roads with burning tyres in Beirut against rising prices.", "2020-06-06")
            .Type.SubType.Should().Be("Violent demonstration");

    [Fact]
    public void A_march_against_gun_violence_stays_peaceful() =>
        Single("On 24 March 2018, thousands of students marched in Washington against gun violence.", "2018-03-24")
            .Type.SubType.Should().Be("Peaceful protest");

    [Fact]
    public void Protesters_detained_during_a_rally_is_an_intervention() =>
        Single("On 10 July 2020, police detained several activists during an unsanctioned rally in Khabarovsk.", "2020-07-10")
            .Type.SubType.Should().BeOneOf("Protest with intervention", "Arrests");
    [Fact]
    public void Coordinated_counts_add_up() =>
        Single("On 4 April 2024, militants attacked a police headquarters in Rask. 11 security personnel and 16 militants were killed in the ensuing clashes.", "2024-04-04")
            .Fatalities!.Value.Value.Should().Be(27);

    [Fact]
    public void Killing_himself_and_others_counts_the_bomber() =>
        Single("On 16 January 2019, a suicide bomber blew himself up near a restaurant in Manbij, killing himself and 15 others.", "2019-01-16")
            .Fatalities!.Value.Value.Should().Be(16);

    [Fact]
    public void Resulting_in_the_death_of_a_child_is_one_death() =>
        Single("On 8 August 2021, a landmine exploded near Hays, resulting in the death of a shepherd.", "2021-08-08")
            .Fatalities!.Value.Value.Should().Be(1);

    [Fact]
    public void Attackers_also_killed_are_added() =>
        Single("On 6 September 2022, militants attacked army positions near Mudiyah, killing 19 soldiers; 4 attackers were also killed.", "2022-09-06")
            .Fatalities!.Value.Value.Should().Be(23);

    [Fact]
    public void Weapon_noun_before_a_past_verb_is_its_subject() =>
        Single("On 16 October 2023, Israeli artillery shelled the outskirts of Marjayoun. No casualties reported.", "2023-10-16")
            .Type.SubType.Should().Be("Shelling/artillery/missile attack");

    [Fact]
    public void Gunmen_on_a_motorcycle_shot_dead_is_a_verb_not_a_noun() =>
        Single("On 28 July 2020, gunmen on a motorcycle shot dead a local mukhtar in Al-Asharah.", "2020-07-28")
            .Fatalities!.Value.Value.Should().Be(1);

    [Fact]
    public void Size_note_after_the_sentence_does_not_make_a_headline() =>
        Single("On 14 October 2022, around 300 people demonstrated in Azaz demanding the withdrawal of HTS fighters. [size=around 300]", "2022-10-14")
            .Type.SubType.Should().Be("Peaceful protest");
    [Fact]
    public void Opening_fire_on_protesters_and_killing_is_excessive_force() =>
        Single("On 28 November 2019, security forces opened fire on protesters blocking a bridge in Nasiriyah, killing at least 18 demonstrators.", "2019-11-28")
            .Type.SubType.Should().Be("Excessive force against protesters");

    [Fact]
    public void Shells_carrying_chlorine_are_a_chemical_weapon() =>
        Single("On 19 May 2019, regime forces fired shells containing chlorine gas at rebel positions near Jisr ash-Shughur.", "2019-05-19")
            .Type.SubType.Should().Be("Chemical weapon");

    [Fact]
    public void Settlers_rampaging_without_a_protest_is_mob_violence() =>
        Single("On 26 February 2023, hundreds of settlers rampaged through Huwwara, setting fire to houses and cars.", "2023-02-26")
            .Type.SubType.Should().Be("Mob violence");

    [Fact]
    public void Raided_and_arrested_is_an_arrest() =>
        Single("On 5 June 2020, SDF forces raided As-Susah and arrested 4 people accused of belonging to IS cells.", "2020-06-05")
            .Type.SubType.Should().Be("Arrests");

    [Fact]
    public void Arrests_after_a_sit_in_stay_arrests() =>
        First("On 3 November 2022, security forces arrested at least 20 students following a sit-in at a university in Tehran.", "2022-11-03")
            .Type.SubType.Should().Be("Arrests");

    [Fact]
    public void Shots_into_the_air_to_disperse_protesters_are_an_intervention() =>
        Single("On 15 September 2021, security forces fired into the air to disperse several hundred protesters in Aden.", "2021-09-15")
            .Type.SubType.Should().Be("Protest with intervention");

    [Fact]
    public void A_deal_in_a_past_perfect_relative_clause_is_background() =>
        Single("On 3 October 2020, unknown gunmen shot dead a former commander who had signed a reconciliation deal, in Al-Muzayrib.", "2020-10-03")
            .Type.SubType.Should().Be("Attack");

    [Fact]
    public void A_town_s_named_district_is_where_it_happened() =>
        Single("On 9 March 2021, unidentified gunmen abducted an activist from a street in Benghazi's Al-Hadaiq area.", "2021-03-09")
            .Location!.Value.Value.Place.Country.Should().Be("LY");
    [Fact]
    public void Gunmen_firing_on_a_teahouse_attack_civilians() =>
        Single("On 4 February 2022, unidentified gunmen opened fire on a teahouse in Istanbul, wounding 3 people.", "2022-02-04")
            .Type.SubType.Should().Be("Attack");

    [Fact]
    public void Fighters_surrendering_is_an_agreement() =>
        Single("On 2 August 2018, more than 150 Islamic State fighters surrendered to government forces in Jawzjan province.", "2018-08-02")
            .Type.SubType.Should().Be("Agreement");

    [Fact]
    public void Taking_a_town_after_the_other_side_pulled_out_is_non_violent() =>
        Single("On 27 March 2016, Islamic State militants took control of Palmyra after government forces pulled out of the city.", "2016-03-27")
            .Type.SubType.Should().Be("Non-violent transfer of territory");
    [Fact]
    public void Intercepting_smugglers_is_not_disrupted_weapons_use() =>
        Some.Article("On 6 May 2019, Italian authorities intercepted 20 smugglers off the coast of Zuwara.", "2019-05-06").Events
            .Should().NotContain(e => e.Type.SubType == "Disrupted weapons use");

    [Fact]
    public void Intercepting_explosive_laden_boats_is_disrupted_weapons_use() =>
        Single("On 12 December 2019, coalition naval forces intercepted and destroyed two explosive-laden boats off Al Luhayyah.", "2019-12-12")
            .Type.SubType.Should().Be("Disrupted weapons use");
    [Fact]
    public void Two_named_victims_joined_by_and_are_two_deaths() =>
        Single("On 30 November 2021, an IED struck an army vehicle near Hawija, killing an officer and a soldier.", "2021-11-30")
            .Fatalities!.Value.Value.Should().Be(2);

    [Fact]
    public void Apposition_between_the_count_and_the_verb_is_skipped() =>
        Single("On 21 January 2022, coalition aircraft struck a prison in Saada city. 66 people, mostly African migrants held in the facility, were killed.", "2022-01-21")
            .Fatalities!.Value.Value.Should().Be(66);

    [Fact]
    public void A_past_toll_in_a_relative_clause_is_not_this_event_s() =>
        (Single("On 14 February 2023, a tribal committee brokered a truce between two clans in Nisab, ending a dispute that had killed several people last year.", "2023-02-14")
            .Fatalities?.Value ?? 0).Should().Be(0);

    [Fact]
    public void A_suicide_bomber_is_counted_among_the_dead() =>
        Single("On 30 September 2022, a suicide bomber blew himself up inside an education centre in Kabul, killing 21 students.", "2022-09-30")
            .Fatalities!.Value.Value.Should().Be(22);

    [Fact]
    public void Tear_gas_to_disperse_a_protest_is_an_intervention() =>
        First("On 9 February 2018, Israeli forces fired tear gas canisters and rubber-coated bullets to disperse the weekly protest in Nilin.", "2018-02-09")
            .Type.SubType.Should().Be("Protest with intervention");

    [Fact]
    public void Leaflets_dropped_from_helicopters_are_no_air_strike() =>
        Some.Article("On 29 June 2018, regime helicopters dropped leaflets over Jasim urging fighters to lay down their weapons.", "2018-06-29").Events
            .Should().NotContain(e => e.Type.SubType == "Air/drone strike");

    [Fact]
    public void Explosives_dropped_by_drones_are_an_air_strike() =>
        Single("On 20 April 2021, drones operated by the CJNG dropped explosives on houses in El Aguaje.", "2021-04-20")
            .Type.SubType.Should().Be("Air/drone strike");

    [Fact]
    public void Withdrawal_under_bombardment_is_not_a_peaceful_handover() =>
        First("On 21 August 2019, regime forces regained control of Khan Sheikhoun after HTS fighters withdrew from the town under heavy bombardment.", "2019-08-21")
            .Type.SubType.Should().Be("Government regains territory");

    [Fact]
    public void Beaten_by_a_crowd_is_mob_violence() =>
        Single("On 18 July 2022, a man accused of stealing a motorbike was beaten by a crowd of residents in Jaramana.", "2022-07-18")
            .Type.SubType.Should().Be("Mob violence");
    [Fact]
    public void An_event_known_only_by_its_province_sits_at_the_provincial_capital()
    {
        var e = Single("On 11 October 2023, army drones struck several buildings in Kidal region, killing eight people.", "2023-10-11");
        e.Location!.Value.Value.GeoPrecision.Should().Be(3);
        Sitrep.Places.Place.DistanceKm(e.Location.Value.Value.Lat, e.Location.Value.Value.Lon, 18.44, 1.41).Should().BeLessThan(15);
    }
    [Fact]
    public void Victims_killed_in_the_fighting_belong_to_the_clash_before() =>
        First("On 20 November 2020, SDF and SNA fighters exchanged heavy gunfire near Ain Issa. Two SNA fighters and one SDF member were killed in the fighting, which came amid renewed drone activity.", "2020-11-20")
            .Fatalities!.Value.Value.Should().Be(3);

    [Fact]
    public void A_man_and_his_son_are_two_deaths() =>
        First("On 8 May 2022, Houthi gunmen stormed a house in Rada'a city and killed a man and his son over a land dispute.", "2022-05-08")
            .Fatalities!.Value.Value.Should().Be(2);

    [Fact]
    public void He_died_of_his_injuries_counts_the_victim() =>
        First("On 18 July 2022, a man was beaten by a crowd of residents in Jaramana. He died of his injuries in hospital the following day.", "2022-07-18")
            .Fatalities!.Value.Value.Should().Be(1);
    [Fact]
    public void Forces_leaving_a_base_with_no_one_taking_it_is_a_change_of_activity() =>
        Single("On 20 October 2019, US forces withdrew from a key base south of the Turkish border near Kobani.", "2019-10-20")
            .Type.SubType.Should().Be("Change to group/activity");

    [Fact]
    public void Forces_handing_a_base_over_is_a_non_violent_transfer() =>
        Single("On 19 March 2020, coalition forces withdrew from the Qaim base and handed control of it to Iraqi security forces.", "2020-03-19")
            .Type.SubType.Should().Be("Non-violent transfer of territory");
    [Fact]
    public void Acled_fatality_remark_gives_the_count() =>
        Single("On 18 June 2024, Israeli warplanes struck a house in Khuzaa (Khan Younis, Gaza Strip). Fatality count coded as 10 (several).", "2024-06-18")
            .Fatalities!.Value.Value.Should().Be(10);

    [Fact]
    public void The_body_of_a_victim_found_is_one_death() =>
        Single("On 3 March 2022, the body of a shepherd was found dumped on the outskirts of Ad Dawr, killed by unknown gunmen.", "2022-03-03")
            .Fatalities!.Value.Value.Should().Be(1);

    [Fact]
    public void Known_dead_count_and_an_unknown_number_do_not_add_up_to_nothing() =>
        Single("On 7 March 2021, Joint Forces clashed with Houthi forces east of At Tuhayta. 2 Joint Forces members and an unknown number of Houthis were killed.", "2021-03-07")
            .Fatalities!.Value.Value.Should().Be(2);

    [Fact]
    public void Acled_note_prefix_names_the_sub_type() =>
        Single("Property destruction: On 11 March 2024, Houthi forces blew up the house of a wanted tribesman in Rada city (Al Bayda). No casualties.", "2024-03-11")
            .Type.SubType.Should().Be("Looting/property destruction");

    [Fact]
    public void Air_support_named_in_an_apposition_is_part_of_the_take_over() =>
        First("On 2 March 2020, regime forces, supported by Russian airstrikes, regained control of Saraqib following clashes with HTS.", "2020-03-02")
            .Type.SubType.Should().Be("Government regains territory");

    [Fact]
    public void The_first_of_coordinated_subjects_leads() =>
        First("On 8 January 2022, government forces and the Giants Brigades regained control of Harib from Houthi forces.", "2022-01-08")
            .Type.SubType.Should().Be("Government regains territory");

    [Fact]
    public void A_gathering_to_demand_something_is_a_protest() =>
        Single("On 22 June 2022, depositors gathered in front of the Association of Banks in Beirut to demand access to their savings. [size=around 50]", "2022-06-22")
            .Type.SubType.Should().Be("Peaceful protest");
    [Fact]
    public void The_speaker_of_the_report_is_no_party_to_it() =>
        First("On 29 June 2020, armed men attacked the stock exchange building in Karachi, and four of the assailants were killed, police said.", "2020-06-29")
            .Actor2.Should().BeNull();
    [Fact]
    public void Civilians_seized_by_an_armed_group_are_an_abduction() =>
        First("On 9 March 2021, Al Shabaab militants seized 12 civilians near Jowhar and took them to an unknown location.", "2021-03-09")
            .Type.SubType.Should().Be("Abduction/forced disappearance");
    [Fact]
    public void Troops_entering_a_village_and_raping_is_sexual_violence() =>
        First("On 10 July 2016, army troops entered a village near Juba and raped at least six women and girls.", "2016-07-10")
            .Type.SubType.Should().Be("Sexual violence");

    [Fact]
    public void Camps_of_a_group_with_people_in_its_name_are_no_people() =>
        First("On 12 May 2019, army troopers captured two New People's Army camps in Abra.", "2019-05-12")
            .Type.SubType.Should().NotBe("Arrests");
    [Fact]
    public void Parts_after_including_are_within_the_total() =>
        First("On 8 April 2017, an airstrike by Russian warplanes killed 18 people including five children and two women in Idlib province.", "2017-04-08")
            .Fatalities!.Value.Value.Should().Be(18);

    [Fact]
    public void A_day_after_clause_is_context_not_a_second_event()
    {
        var d = Some.Article("Syrian forces bombarded rebel-held suburbs of Damascus on Thursday, a day after the opposition accused the army of gassing hundreds in a chemical attack.", "2013-08-22");
        d.Events.Should().ContainSingle().Which.Date!.Iso.Should().Be("2013-08-22");
    }

    [Fact]
    public void Killed_after_a_car_bomb_exploded_keeps_the_bombing_as_the_news()
    {
        var d = Some.Article("Five people were killed on Sunday after a car bomb exploded in a market in Azaz.", "2016-10-10");
        d.Events.Should().ContainSingle().Which.Type.SubType.Should().Be("Remote explosive/landmine/IED");
    }

    [Fact]
    public void Came_as_a_monitor_reported_a_toll_is_a_report_not_context()
    {
        var d = Some.Article("A suicide bomber killed four people in a hospital in Qardaha on Sunday. The attack came as the monitor reported that troops had executed 48 people in a village earlier this week.", "2015-02-22");
        d.Events.Select(e => e.Fatalities?.Value).Should().BeEquivalentTo(new int?[] { 4, 48 });
    }

    [Fact]
    public void Distant_reference_point_is_not_the_event_location()
    {
        var d = Some.Article("Two car bombs went off in the al-Zahraa district of Homs, located 162 kilometers (101 miles) north of the capital Damascus, on Sunday, killing 46 people.", "2016-02-21");
        // (the district is a neighbourhood of Homs the gazetteer knows; al-Zahraa in Aleppo is another)
        d.Events.Should().ContainSingle().Which.Location!.Value.Value.Name.Should().Be("Al-Zahraa, Homs");
    }

    [Fact]
    public void Village_some_km_from_a_town_is_near_that_town()
    {
        var e = Some.Article("An air strike hit a village 30 km north of Aleppo on Monday, killing 5 civilians.", "2016-02-23").Events.Should().ContainSingle().Subject;
        e.Location!.Value.Value.Name.Should().Be("Aleppo");
        e.Location!.Value.Value.GeoPrecision.Should().Be(2);
    }

    [Fact]
    public void Plural_strikes_overnight_are_one_nights_raids_not_a_cumulative_toll()
    {
        var d = Some.Article("At least 35 jihadists were killed in air strikes by a US-led coalition overnight near Shadadi in Hasakeh province, a monitor said.", "2014-10-04");
        d.Events.Should().ContainSingle().Which.Fatalities!.Value.Value.Should().Be(35);
    }

    [Fact]
    public void Landmark_qualified_by_a_town_of_another_country_is_a_namesake()
    {
        // Cairo's Tahrir Square is in the gazetteer; Baghdad's is not
        var d = Some.Article("On 13 February 2022, graduates demonstrated in Tahrir Square in Baghdad demanding government jobs.", "2022-02-13");
        d.Events.Should().ContainSingle().Which.Location!.Value.Value.Name.Should().Be("Baghdad");
    }

    [Fact]
    public void Outlet_named_today_is_no_date()
    {
        // "Ariha Today", "USA Today": a capitalised "Today" ending a name dates nothing; a count told only by the outlet is no event
        var d = Some.Article("An airstrike on Urum al-Joz killed 15 people on Saturday. The names of all 18 killed were listed by Ariha Today activist group.", "2017-04-08");
        d.Events.Should().ContainSingle().Which.Date!.Iso.Should().Be("2017-04-08");
        d.Dates.Select(x => d[x.Span]).Should().NotContain(x => x.Contains("Today"));
        Some.Article("Today, rebels shelled Aleppo, killing five civilians.", "2017-04-08").Events.Should().ContainSingle().Which.Date!.Iso.Should().Be("2017-04-08");
    }

    [Fact]
    public void Figure_written_with_a_leading_zero_is_no_toll_and_all_five_is_five()
    {
        // "Last updated at Aug 012016": a date glued into one number; "killing all five people" counts five
        var e = Single("Last updated at Aug 012016 BEIRUT A Russian military helicopter was shot down over Syria on Monday killing all five people on board.", "2016-08-01");
        e.Fatalities!.Value.Value.Should().Be(5);
    }

    [Theory]
    [InlineData("Twenty-six civilians were killed when warplanes struck the market in Idlib.", 26)]
    [InlineData("The strike on the market in Idlib killed forty - three people.", 43)]
    [InlineData("Twenty-five hundred people were killed in the fighting in Mosul on Monday.", 2500)]
    [InlineData("Five thousand people were killed in the fighting in Mosul on Monday.", 5000)]
    // a multiplier alone counts nothing, and "several thousand" is no more than thousands
    [InlineData("The Thousand Oaks shooting killed 12 people on Wednesday, police said.", 12)]
    [InlineData("Several thousand people were killed in the fighting in Aleppo on Monday.", 1000)]
    public void Hyphenated_or_multiplied_number_word_is_one_toll(string text, int toll) =>
        Single(text, "2015-07-22").Fatalities!.Value.Value.Should().Be(toll);

    [Theory]
    [InlineData("Two car bombs killed at least 20 people near the shrine in Sayyida Zeinab on Saturday.", 20)]
    [InlineData("Three gunmen killed 7 worshippers at a mosque in Kabul on Friday.", 7)]
    [InlineData("Fifteen Taliban killed 6 Afghan troops in Helmand on Saturday.", 6)]
    // (after weapons or attackers any count of victims, whatever follows it)
    [InlineData("Two gunmen killed 5 in Mogadishu on Thursday, police said, in an attack on a tea shop near the Bakara market.", 5)]
    [InlineData("Three rockets killed 2 Ukrainian servicemen near Avdiivka on Tuesday, the military said.", 2)]
    [InlineData("Two car bombs killed 25 and wounded 60 in Baghdad on Saturday.", 25)]
    [InlineData("Two suicide bombers killed 7 members of one family in Maiduguri on Saturday.", 7)]
    [InlineData("Two car bombs killed 15 civilians among them 4 children in Baghdad on Saturday.", 15)]
    [InlineData("Two car bombs killed 15 people in Baghdad, each packed with explosives, police said.", 15)]
    // (militants are counted dead in headlines, and a fate after the count is a headline's second count)
    [InlineData("Twelve militants killed 2 commanders among them in Lower Shabelle on Saturday.", 12)]
    [InlineData("Three insurgents killed 4 and injured 7 in Konduga on Wednesday, police said.", 4)]
    [InlineData("Two jihadists killed 5 in Menaka on Wednesday, a local official said.", 5)]
    // (a headline's passive keeps its count, whatever count or time follows it)
    [InlineData("Two civilians killed in rocket attack on Aleppo on Saturday.", 2)]
    [InlineData("Syrian Observatory: 25 killed 60 wounded in regime airstrikes on Douma on Saturday.", 25)]
    [InlineData("Two Afghan policemen killed 1 wounded in Taliban attack in Helmand on Saturday.", 2)]
    [InlineData("12 civilians killed 4 of them children in Saudi-led air strikes on Sanaa on Saturday.", 12)]
    [InlineData("Three Syrian civilians killed 1 child among them in regime barrel bomb attack on Daraa on Saturday.", 3)]
    [InlineData("Three people killed 10 minutes later when a second bomb went off near the market in Kirkuk on Saturday, police said.", 3)]
    [InlineData("Twelve villagers killed 30 abducted by Boko Haram in Borno on Saturday, residents said.", 12)]
    [InlineData("Nine civilians killed 4 others wounded in shelling of Ariha on Saturday.", 9)]
    public void Count_before_an_active_verb_with_a_count_after_it_is_the_agents_not_the_toll(string text, int toll) =>
        Single(text, "2016-06-12").Fatalities!.Value.Value.Should().Be(toll);

    [Theory]
    // (FA-KES strips commas: the status word after the victims has a count of its own, so it is the next verb)
    [InlineData("A suicide bomber killed 30 people injured 90 on Monday in an attack targeting a wedding party in Hasakeh.", 30, 90)]
    [InlineData("Gunmen attacked a market in Maiduguri on Monday killing 20 people wounded 50 others police said.", 20, 50)]
    [InlineData("Several shells hit the local market in Aleppo on Monday killing 14 and leaving injured about 50.", 14, null)]
    public void Comma_lost_between_killing_and_wounding_keeps_both_counts(string text, int dead, int? injured)
        => CountsOf(text, dead, injured);

    private static void CountsOf(string text, int dead, int? injured)
    {
        var e = Single(text, "2016-10-04");
        e.Fatalities!.Value.Value.Should().Be(dead);
        if (injured is not null) e.Injured!.Value.Value.Should().Be(injured.Value);
    }

    [Theory]
    // the headline sums up the lead, whatever act its own words name and whatever roles it seems to give
    [InlineData("Boko Haram kills 30 in Borno village raid\n\nSuspected Boko Haram fighters raided the village of Kalari in Borno state on Saturday night, burning homes, residents said.", 30)]
    [InlineData("Five soldiers killed in Sinai ambush\n\nMilitants ambushed an army checkpoint near El-Arish on Monday, the military said in a statement.", 5)]
    [InlineData("At least 40 dead in Mogadishu truck bombing\n\nA truck packed with explosives detonated at a busy intersection in Mogadishu on Saturday, police said. Hospitals were overwhelmed.", 40)]
    // (but not a headline about another town, nor one the body contradicts with a toll of its own)
    [InlineData("12 killed in air strikes on Aleppo\n\nRebels ambushed an army convoy near Daraa on Tuesday, a monitor said.", null)]
    [InlineData("Air strikes kill 12 in Idlib\n\nWarplanes struck a market in Idlib on Tuesday, killing 9 people, residents said.", 9)]
    // (nor a headline that sums up a period or several acts, nor one whose perpetrator is another than the lead's)
    [InlineData("Violence in Burundi has killed 500 since 2015, UN says\n\nGunmen attacked a bar in Bujumbura on Tuesday, police said.", null)]
    [InlineData("Two attacks kill 20 in Iraq\n\nA car bomb exploded in Tikrit on Monday, police said.", null)]
    [InlineData("Over 60 killed in Darfur clashes this month\n\nGunmen attacked a market in Nyala on Monday, residents said.", null)]
    [InlineData("Police kill 6 suspected robbers in Lagos\n\nGunmen attacked a bank in Ikorodu on Tuesday, residents said. Police later cornered the robbers in Lagos.", null)]
    // (nor a body that tells of an earlier month first)
    [InlineData("Gunmen kill 10 in Damboa market attack\n\nLast month, militants attacked a military base in Damboa, officials said.", null)]
    // (nor a blast's toll to gunmen's attack, nor the toll of a state's forces to an ambush they suffered)
    [InlineData("3 killed in Peshawar blast\n\nGunmen attacked a checkpoint in Peshawar on Monday. Later, a bomb exploded at a bus stop in the city.", null)]
    [InlineData("Jets kill 12 militants in Kunar\n\nTaliban fighters ambushed an Afghan army convoy in Kunar province on Monday, officials said.", null)]
    [InlineData("Security forces kill 8 Maoists in Chhattisgarh\n\nMaoists ambushed a police patrol in Sukma district of Chhattisgarh on Monday, officials said.", null)]
    [InlineData("Gunmen kill 6 at Kabul wedding\n\nRockets struck near the airport in Kabul on Monday, police said. Hours later, gunmen stormed a wedding hall in the city.", null)]
    [InlineData("Gunmen kill 4 soldiers in Niger\n\nSuspected jihadists raided a village near Tillaberi on Monday, burning homes, residents said.", null)]
    [InlineData("Seven killed in Cameroon as troops raid separatist camp\n\nSeparatists attacked a gendarmerie post in Kumbo on Monday, officials said.", null)]
    public void Headline_toll_is_the_leads_when_the_body_tells_none(string text, int? toll)
    {
        var events = Some.Article(text, "2017-07-15").Events;
        events.Should().NotBeEmpty();
        if (toll is null) events.Should().OnlyContain(e => e.Fatalities == null);
        else events[0].Fatalities!.Value.Value.Should().Be(toll.Value);
    }

    [Theory]
    [InlineData("Warplanes struck the town of Douma on Monday, killing 5 civilians, the Observatory said. On Sunday, shelling there killed 3 people.", "Douma")]
    [InlineData("A car bomb exploded in Kirkuk on Tuesday, killing 7 people. A day earlier, gunmen had attacked a checkpoint there, killing 2 policemen.", "Kirkuk")]
    public void Act_told_there_is_at_the_last_place_named(string text, string place)
    {
        var events = Some.Article(text, "2017-07-15").Events;
        events.Should().HaveCount(2);
        var second = events[1];
        second.Location!.Value.Value.Place.Kind.Should().Be(PlaceKind.City);
        text[second.Location.Value.Span.Start..second.Location.Value.Span.End].Should().Be(place);
    }

    [Theory]
    // "there" is not where officials met or spoke, nor a town of another country than the story's
    [InlineData("Foreign ministers met in Moscow on Friday to discuss Afghanistan. Insurgents there attacked a police post in the east on Saturday, killing 4 policemen, officials said.")]
    [InlineData("Militants attacked an army post near Gao on Monday, the defence ministry in Bamako said. Gunmen there killed two soldiers on Tuesday.")]
    [InlineData("Militants attacked a checkpoint in Tikrit on Monday, a police officer in Baghdad said. On Wednesday, militants there killed 14 civilians.")]
    public void There_is_not_where_it_was_told(string text)
    {
        var last = Some.Article(text, "2017-07-15").Events[^1];
        new[] { "Moscow", "Bamako", "Baghdad" }.Should().NotContain(last.Location!.Value.Value.Name);
    }

    [Fact]
    public void Existential_there_places_nothing()
    {
        var events = Some.Article("A car bomb exploded in Kirkuk on Tuesday, killing 7 people. On Monday there were clashes, killing 2 policemen.", "2017-07-15").Events;
        events.Should().HaveCount(2);
        events[1].Location!.Value.Value.Place.Kind.Should().Be(PlaceKind.Country);
    }

    [Fact]
    public void Counted_plural_acts_in_a_lead_that_names_no_day_are_news_not_a_reference_back()
    {
        // "Two suicide bombers" are two acts of one attack, not "suicide bombings" in general
        var e = Single("Two suicide bombers killed 20 people near the Sayyida Zeinab shrine south of Damascus, a monitor said.", "2016-06-12");
        e.Fatalities!.Value.Value.Should().Be(20);
        Some.Article("The two strikes killed 20 people, a monitor said.", "2016-06-12").Events.Should().BeEmpty();
    }

    [Theory]
    [InlineData("A car bomb exploded near a checkpoint in Tikrit on Saturday killing 5 soldiers. Two suicide bombings have killed 30 people in Baghdad this month.")]
    [InlineData("A car bomb exploded near a checkpoint in Tikrit on Saturday killing 5 soldiers. Earlier this year, two suicide bombings killed 30 people in the city.")]
    [InlineData("A car bomb exploded near a checkpoint in Tikrit on Saturday killing 5 soldiers. Three suicide attacks a week kill dozens of people in Iraq, officials say.")]
    public void Counted_plural_acts_of_a_month_a_year_or_a_rate_are_no_news(string text) =>
        Some.Article(text, "2016-06-12").Events.Should().ContainSingle().Which.Fatalities!.Value.Value.Should().Be(5);

    [Theory]
    // the day the count was told, or the town the bodies were taken to, is no other act
    [InlineData("A suicide bomber struck a funeral in Jalalabad on Tuesday. At least 15 mourners were killed, officials said on Wednesday.")]
    [InlineData("An explosion hit a crowded market in Tal Afar on Tuesday. Six people were killed and their bodies taken to Mosul, a police source said.")]
    [InlineData("Regime aircraft bombed Maarat al-Numan on Tuesday. Ten civilians were killed in the nearby village of Kafr Nabl.")]
    public void Count_sentence_without_an_act_of_its_own_counts_the_act_before(string text) =>
        Some.Article(text, "2017-06-07").Events.Should().ContainSingle().Which.Date!.Iso.Should().Be("2017-06-06");

    [Theory]
    [InlineData("40 insurgents killed 7 surrendered in Borno on Saturday.", 40)]
    [InlineData("Two attackers killed 3 policemen injured in Kandahar on Saturday.", 2)]
    public void Fate_after_the_second_count_makes_a_headline_that_keeps_its_first_count(string text, int toll) =>
        Some.Article(text, "2016-06-12").Events.Should().NotBeEmpty().And.OnlyContain(e => e.Fatalities != null && e.Fatalities.Value.Value == toll);

    [Theory]
    // "before that" and "said that" open no clause about a victim
    [InlineData("Al-Shabaab fighters attacked a base in Lower Shabelle on Wednesday. Before that on Tuesday 3 soldiers were killed in Afgoye.")]
    [InlineData("Al-Shabaab fighters attacked a base in Lower Shabelle on Wednesday. Officials said that on Tuesday 3 soldiers were killed in a separate ambush.")]
    public void Count_of_an_earlier_day_after_that_or_before_is_still_another_act(string text) =>
        Some.Article(text, "2024-03-14").Events.Should().ContainSingle(e => e.Fatalities != null && e.Fatalities.Value.Value == 3).Which.Date!.Iso.Should().Be("2024-03-12");

    [Fact]
    public void Weapon_word_that_only_describes_people_leaves_them_the_dead()
    {
        Some.Article("Four bomb disposal experts killed in Helmand on Wednesday.", "2024-03-14").Events
            .Should().NotBeEmpty().And.OnlyContain(e => e.Fatalities != null && e.Fatalities.Value.Value == 4);
    }

    [Fact]
    public void Weapons_before_killed_are_never_the_dead()
    {
        var events = Some.Article("Two drones killed 4 soldiers hurt in a clash near Kidal on Wednesday, the army said.", "2025-03-13").Events;
        events.Should().NotContain(e => e.Fatalities != null && e.Fatalities.Value.Value == 2);
    }

    [Fact]
    public void Day_in_a_clause_about_a_victim_leaves_the_count_to_the_act()
    {
        var events = Some.Article("A car bomb exploded in Mogadishu on Wednesday. 8 people were killed including 2 lawmakers who had returned from Nairobi on Tuesday.", "2025-03-13").Events;
        events.Should().Contain(e => e.Location!.Value.Value.Name == "Mogadishu" && e.Fatalities != null && e.Fatalities.Value.Value == 8);
    }

    [Fact]
    public void Night_before_an_act_with_its_own_toll_is_another_raid()
    {
        var events = Some.Article("Gunmen raided Kutama in Zamfara on Wednesday killing 3 people. Late on Tuesday 6 villagers were killed in nearby Dogo.", "2025-03-13").Events;
        events.Select(e => e.Fatalities?.Value).Should().BeEquivalentTo(new int?[] { 3, 6 });
    }

    [Fact]
    public void Count_of_an_earlier_day_is_not_also_the_toll_of_the_act_before()
    {
        var events = Some.Article("BAGHDAD (AFP) - Gunmen opened fire on a checkpoint in Tarmiyah on Wednesday. A day earlier 3 soldiers were killed there.", "2025-03-06").Events;
        events.Should().ContainSingle(e => e.Fatalities != null && e.Fatalities.Value.Value == 3).Which.Date!.Iso.Should().Be("2025-03-04");
    }

    [Fact]
    public void Count_of_the_night_before_is_the_toll_of_the_raid_it_follows()
    {
        var events = Some.Article("GUSAU (AFP) - Gunmen stormed a village in Zamfara on Wednesday, police said. Late on Tuesday 6 villagers were killed in the village.", "2025-03-06").Events;
        events.Should().ContainSingle().Which.Fatalities!.Value.Value.Should().Be(6);
    }

    [Theory]
    [InlineData("A suicide bomber killed 14 people at a trial in Mogadishu on Wednesday. On Monday al-Shabaab killed 3 soldiers in Afgoye.", "2019-04-29", 3)]
    [InlineData("Air strikes hit Douma on Wednesday. The previous day 9 people were killed in Douma, the Observatory said.", "2017-06-06", 9)]
    public void Count_sentence_naming_an_earlier_day_is_another_act(string text, string day, int toll) =>
        Some.Article(text, text.Contains("Douma") ? "2017-06-08" : "2019-05-02").Events.Should().Contain(e => e.Date!.Iso == day && e.Fatalities!.Value.Value == toll);

    [Fact]
    public void Count_sentence_of_another_day_and_town_is_its_own_act()
    {
        // "… in Idlib. On Tuesday, barrel bombs killed 8 people in Douma. On Wednesday, rockets killed 3 people in Aleppo.": three
        // acts, and neither later day dates the lead
        var events = Some.Article("Regime air strikes killed 12 civilians in Idlib, a monitor said. "
            + "On Tuesday, barrel bombs killed 8 people in Douma. On Wednesday, rockets killed 3 people in Aleppo.", "2017-06-08").Events;
        events.Select(e => (e.Location!.Value.Value.Name, e.Date?.Iso, e.Fatalities!.Value.Value)).Should().BeEquivalentTo(
            [("Idlib", (string?)null, 12), ("Dūmā", "2017-06-06", 8), ("Aleppo", "2017-06-07", 3)]);
    }

    [Theory]
    [InlineData("DAMASCUS (Sputnik) Clashes between Faylaq al-Rahman and Jabhat Fatah al-Sham (banned in Russia) in the Damascus suburbs killed over 100 militants on Friday.", "Damascus")]
    [InlineData("The Syrian Observatory for Human Rights based in Britain said 45 opposition fighters were killed in fighting in Daraa on Thursday.", "Dar")]
    // the rally banned there and the troops based there are the act's
    [InlineData("Police detained 300 people at an opposition rally banned in Moscow on Saturday.", "Moscow")]
    [InlineData("Iraqi militia drones attacked U.S. troops based in Syria on Monday, Iraqi officials said. Iraq's government condemned the attack. Iraqi police were on alert in Baghdad.", "Syria")]
    public void Place_that_describes_a_group_is_not_where_it_happened(string text, string place) =>
        Single(text, "2017-04-14").Location!.Value.Value.Name.Should().StartWith(place);

    [Fact]
    public void Speaker_after_a_place_in_text_without_commas_is_only_the_speaker()
    {
        // "… in Syrias Kobani a monitor said Sunday": the article opens the speaker; the place before it is where it happened
        var e = Some.Article("Kobani toll rises. At least 50 ISIL terrorists have been killed in clashes and air strikes in Syrias Kobani a monitor said Sunday. "
            + "The Syrian Observatory gave the figure.", "2014-11-30").Events.Should().Contain(x => x.Type.SubType == "Air/drone strike").Subject;
        e.Location!.Value.Value.Name.Should().Be("‘Ayn al ‘Arab");
        e.Sources.Select(x => x.Value).Should().Equal("a monitor");
    }

    [Fact]
    public void Front_named_after_a_town_is_fought_at_the_town() =>
        Single("Heavy fighting broke out on the Kafr Nabl front in southern Idleb on 27 February 2020, as regime forces attempted to advance.", "2020-02-28")
            .Location!.Value.Value.Name.Should().Be("Kafranbel");

    [Theory]
    // local witnesses tell it where it happened; officials, agencies and exiles speak from a capital or abroad
    [InlineData("Residents of Raqqa said an air strike killed nine civilians on Sunday.", "Ar Raqqah")]
    [InlineData("Officials in Damascus said that 6 civilians were killed in shelling on Sunday.", "Syria")]
    [InlineData("Sources in Damascus said that six rebels were killed in clashes on Sunday.", "Syria")]
    [InlineData("Opposition activists based in Gaziantep said government forces shelled the town on Sunday, killing four.", "Syria")]
    public void Act_with_no_place_of_its_own_is_where_its_local_witnesses_are(string text, string place) =>
        Some.Article("Syria. " + text, "2017-04-10").Events.Should().ContainSingle().Which.Location!.Value.Value.Name.Should().Be(place);

    [Fact]
    public void Crowd_gathered_calling_for_something_late_in_a_long_sentence_is_a_protest() =>
        Single("Tens of thousands of people gathered in Martyrs' Square and Riad al-Solh Square in Beirut on 20 October 2019, calling for the resignation of the government.", "2019-10-20")
            .Type.SubType.Should().Be("Peaceful protest");

    [Fact]
    public void Foreign_capital_the_incident_matters_to_is_not_where_it_happened()
    {
        var e = Single("A Russian military helicopter was shot down over Syria on Monday, killing all five people on board in the deadliest incident for Moscow since it intervened.", "2016-08-01");
        e.Location!.Value.Value.Place.Country.Should().Be("SY");
    }

    [Fact]
    public void Attackers_posted_in_one_neighbourhood_fire_on_another()
    {
        var e = Single("The terrorists positioned in Bustan al-Qaser neighborhood fired rocket shells on al-Ashrafiyeh neighborhood in Aleppo on Thursday, killing 5 civilians.", "2016-04-29");
        e.Location!.Value.Value.Name.Should().Be("Al-Ashrafiyeh");
    }

    [Fact]
    public void Count_that_dates_an_act_the_sentence_before_only_places_is_its_report()
    {
        // the first sentence places the attack (Akrameh) but gives no day; the count after it says "today"
        var d = Some.Article("They were among 39 people who died in the attack in the Akrameh neighbourhood of Homs, a monitor said. "
            + "At least 30 children were among 39 people killed in the double bombing at a school in Homs today, the monitor said. "
            + "Al-Nusra Front said it was behind a similar twin bombing in the city that killed at least 12 people in May.", "2014-10-01");
        d.Events.Should().ContainSingle().Which.Date!.Iso.Should().Be("2014-10-01");
    }

    [Fact]
    public void Neighbourhood_name_several_cities_share_needs_its_city()
    {
        // al-Zahraa is a neighbourhood of Aleppo and of Homs in the gazetteer; Mosul's is not
        var e = First("IS fired mortar rounds at Iraqi army positions in the al-Zahraa neighbourhood of eastern Mosul on 4 March 2017, wounding seven soldiers.", "2017-03-04");
        e.Location!.Value.Value.Place.Country.Should().Be("IQ");
        e.Location!.Value.Value.Name.Should().Be("Mosul");
        Single("Two car bombs went off in the al-Zahraa district of Homs on Sunday, killing 46 people.", "2016-02-21").Location!.Value.Value.Name.Should().Be("Al-Zahraa, Homs");
    }

    [Fact]
    public void Campaign_stepped_up_or_ongoing_is_no_event_unless_a_day_pins_it()
    {
        Some.Article("Regime forces have recently stepped up their attacks on Eastern Ghouta even though the district falls within a de-escalation zone.", "2017-11-20")
            .Events.Should().BeEmpty();
        Some.Article("Aid workers in Syria have not been spared, with ongoing attacks on hospitals and aid convoys killing more than 100 people.", "2016-06-01")
            .Events.Should().BeEmpty();
        Single("Government forces stepped up their attacks on Douma on Monday, killing 5 civilians.", "2016-06-01").Fatalities!.Value.Value.Should().Be(5);
    }

    [Fact]
    public void Toll_since_the_war_began_is_a_sum_not_an_act()
    {
        Some.Article("More than 280000 people have been killed in Syria since the war began with anti-government protests.", "2016-06-01").Events.Should().BeEmpty();
        Some.Article("Since then hundreds of thousands of people have been killed in the fighting, according to the UN.", "2016-06-01").Events.Should().BeEmpty();
        // (a toll since a recent day may be the only report of an attack)
        Single("Two civilians have been killed in Aleppo city in the first deaths reported since the truce took effect on Monday.", "2016-09-16")
            .Fatalities!.Value.Value.Should().Be(2);
    }

    [Fact]
    public void Islamic_State_in_Iraq_and_the_Levant_is_a_group_not_a_place()
    {
        var e = Single("Syrian warplanes struck positions held by the Islamic State in Iraq and the Levant on Monday, killing 12 fighters, activists said.", "2016-06-01");
        e.Location!.Value.Value.Place.Country.Should().Be("SY");
    }

    [Fact]
    public void Neighbourhood_name_without_its_city_is_no_neighbourhood()
    {
        // (review findings: a person's name, part of a town's name, another city's namesake, a province spelled like a neighbourhood)
        Single("A car bomb exploded in Beirut's Ashrafiyeh district on Monday, killing 3 people.", "2016-01-28").Location!.Value.Value.Name.Should().Be("Beirut");
        Single("Rebels fired shells on the neighborhood of al-Kallaseh in Damascus on Monday, killing 4.", "2016-01-28").Location!.Value.Value.Name.Should().Be("Damascus");
        (Single("Gunmen killed 5 soldiers at a checkpoint in Salaheddin province on Monday.", "2016-01-28").Location?.Value.Place.Country ?? "IQ").Should().NotBe("SY");
        Some.Article("Gunmen killed Sabri, a local commander, in Benghazi on Monday.", "2016-01-28").Events
            .Should().ContainSingle().Which.Location!.Value.Value.Name.Should().Be("Benghazi");
    }

    [Fact]
    public void City_suburb_of_town_names_the_town()
    {
        Single("Government airstrikes killed 20 people in the Damascus suburb of Douma on Monday.", "2016-01-28").Location!.Value.Value.Place.GeonameId
            .Should().NotBe(170654); // Damascus
    }

    [Fact]
    public void Aircraft_backing_troops_is_no_shoot_down_and_battle_for_a_capital_is_fought_there()
    {
        Single("Backed by fighter jets, Afghan troops destroyed several Taliban hideouts in Helmand province on Monday, killing 25 militants.", "2016-01-28")
            .Fatalities!.Value.Value.Should().Be(25);
        Single("Twelve fighters were killed on Monday in the battle for Tripoli.", "2016-01-28").Location!.Value.Value.Name.Should().Be("Tripoli");
        Single("Nine Civilians Killed in Regime Airstrikes on Rural Homs Today.", "2016-01-28").Date!.Iso.Should().Be("2016-01-28");
    }

    [Fact]
    public void Strike_averted_or_discussed_makes_no_event()
    {
        Some.Article("On Wednesday Secretary of State John Kerry hinted at the possibility of averting the strike.", "2013-09-11").Events.Should().BeEmpty();
        Some.Article("Several governments condemned the attack, the foreign ministry said.", "2013-09-11").Events.Should().BeEmpty();
    }

    [Fact]
    public void Dated_count_after_an_undated_act_dates_that_act_once()
    {
        // a headline-like first sentence places the death, the count after it dates it: one event, on Sunday
        var d = Some.Article("Grand Prairie police investigate teen's shooting death after weekend party. "
            + "Grand Prairie police are investigating the death of a 16-year-old who was killed and another who was injured early Sunday after an altercation at a party.", "2008-12-29");
        d.Events.Should().ContainSingle().Which.Date!.Iso.Should().Be("2008-12-28");
    }
}

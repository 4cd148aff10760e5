using AwesomeAssertions;
using Sitrep.Places;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Recognition;

/// <summary>The linguistic cases issue 3 names, one test each.</summary>
public class GeoparsingCaseTests
{
    private static Place Single(string text, string mention)
    {
        var d = Some.Through("geocode", text);
        return d.Places.Single(p => d[p.Span].StartsWith(mention, StringComparison.Ordinal)).Resolved!;
    }

    [Fact]
    public void governorate_vs_city()
    {
        Single("Fighting raged across Idlib governorate on Monday.", "Idlib").Kind.Should().Be(PlaceKind.Admin1);
        Single("A car bomb exploded in Idlib city on Monday.", "Idlib").Kind.Should().Be(PlaceKind.City);
        // GeoNames' governorate is "Dayr az Zawr": with "city" after it the name is the town
        Single("Shelling hit Dayr az Zawr city on Monday.", "Dayr az Zawr").Kind.Should().Be(PlaceKind.City);
    }

    [Fact]
    public void governorate_vs_its_seat()
    {
        // a bare name shared by a governorate and its seat is the seat, however many people the rest of the governorate holds
        Single("Shelling hit Sweida on Monday.", "Sweida").Kind.Should().Be(PlaceKind.City);
        Single("Shelling hit Daraa on Monday.", "Daraa").Kind.Should().Be(PlaceKind.City);
        // the word before "of" names the level: "the northern province of Aleppo" is the governorate
        Single("Jets struck the northern province of Aleppo on Monday.", "Aleppo").Kind.Should().Be(PlaceKind.Admin1);
        Single("Jets struck the province of Daraa on Monday.", "Daraa").Kind.Should().Be(PlaceKind.Admin1);
        Single("Jets struck the city of Idlib on Monday.", "Idlib").Kind.Should().Be(PlaceKind.City);
        Single("Jets struck the capital of the province of Idlib on Monday.", "Idlib").Kind.Should().Be(PlaceKind.City);
        // the area around and beyond the seat
        Single("Taliban fighters attacked checkpoints across Ghazni on Monday.", "Ghazni").Kind.Should().Be(PlaceKind.Admin1);
        Single("Rebels seized villages in the Daraa countryside on Monday.", "Daraa").Kind.Should().Be(PlaceKind.Admin1);
        // (a city of half a million people is an area of its own)
        Single("Heavy clashes raged across Aleppo on Monday.", "Aleppo").Kind.Should().Be(PlaceKind.City);
    }

    [Fact]
    public void state_vs_its_big_city()
    {
        // a name shared by a state and a city of millions inside it means the city; GeoNames calls the city "New York City"
        Single("Police in New York arrested two men on Monday.", "New York").Should().Match<Place>(p => p.Kind == PlaceKind.City && p.Population > 1_000_000);
        // (and where the story also gives its full name)
        var both = Some.Through("geocode", "Police in New York City arrested two men. New York police said on Monday that both were released.");
        both.Places.Single(p => both[p.Span] == "New York").Resolved!.Kind.Should().Be(PlaceKind.City);
        // the state where the text says so: its name with "state", a town it qualifies, a list of states, its border
        Single("Smog drifted into New York state on Monday.", "New York").Kind.Should().Be(PlaceKind.Admin1);
        var buffalo = Some.Through("geocode", "A fire broke out at the courthouse in downtown Buffalo, New York, on Monday.");
        buffalo.Places.Single(p => buffalo[p.Span] == "New York").Resolved!.Kind.Should().Be(PlaceKind.Admin1);
        var list = Some.Through("geocode", "Dancers came from Missouri, New York, North Carolina and Virginia to perform.");
        list.Places.Single(p => list[p.Span] == "New York").Resolved!.Kind.Should().Be(PlaceKind.Admin1);
        Single("Trucks queued near the New York border on Monday.", "New York").Kind.Should().Be(PlaceKind.Admin1);
        // a borough qualified by the city is in the city; a town of its own near it is not
        var queens = Some.Through("geocode", "Students from a school in Queens, New York have caught the flu.");
        queens.Places.Single(p => queens[p.Span] == "New York").Resolved!.Kind.Should().Be(PlaceKind.City);
        var yonkers = Some.Through("geocode", "Police in Yonkers, New York, said two were shot.");
        yonkers.Places.Single(p => yonkers[p.Span] == "New York").Resolved!.Kind.Should().Be(PlaceKind.Admin1);
        // the state's parts and offices
        foreach (var text in (string[])["State troopers arrested 12 protesters in upstate New York on Monday.", "Snow blanketed western New York on Monday.",
                     "The governor of New York declared a state of emergency.", "New York Gov. Andrew Cuomo spoke on Monday.",
                     "New York's attorney general sued the company.", "The law was passed by the state of New York."])
        {
            var d = Some.Through("geocode", text);
            d.Places.Single(p => d[p.Span].EndsWith("New York", StringComparison.Ordinal)).Resolved!.Admin1.Should().Be("NY", text);
            d.Places.Single(p => d[p.Span].EndsWith("New York", StringComparison.Ordinal)).Resolved!.Population.Should().BeGreaterThan(10_000_000, text);
        }
        // a qualified town before a list that goes on, by its own name a town of the state: the list's next name is no namesake there
        var albany = Some.Through("geocode", "Protests spread to Albany, New York, and Boston on Monday.");
        albany.Places.Single(p => albany[p.Span] == "New York").Resolved!.Kind.Should().Be(PlaceKind.Admin1);
        albany.Places.Single(p => albany[p.Span] == "Boston").Resolved!.Admin1.Should().Be("MA");
        // and a state whose big cities bear other names stays the state ("Washington" is not a city of Washington State)
        Single("Wildfires burned across Texas on Monday.", "Texas").Kind.Should().Be(PlaceKind.Admin1);
    }

    [Fact]
    public void town_named_like_a_state_keeps_its_state()
    {
        // "Washington, Pennsylvania" is the town of Washington in Pennsylvania, not the capital; so are "Delaware, Ohio" and
        // "Kansas, Oklahoma" — a state qualifies a town of its own by that very name
        foreach (var (text, name, admin1) in new[] { ("A gunman killed 3 people in Washington, Pennsylvania, on Saturday.", "Washington", "PA"),
                     ("Police in Delaware, Ohio, shot dead a man on Saturday.", "Delaware", "OH") })
        {
            var d = Some.Through("geocode", text);
            d.Places.Single(p => d[p.Span] == name).Resolved!.Should().Match<Place>(p => p.Kind == PlaceKind.City && p.Admin1 == admin1, text);
        }
        // but in a list of states that goes on, each is a state ("Oklahoma, Pennsylvania" is no town of Pennsylvania here)
        var list = Some.Through("geocode", "Losses were seen in states including Georgia, Oklahoma, Pennsylvania, Wisconsin and California.");
        list.Places.Single(p => list[p.Span] == "Oklahoma").Resolved!.Kind.Should().Be(PlaceKind.Admin1);
        // and a bare name is no state capital named after it ("Carson" is no Carson City)
        Single("The shooting in Carson on Monday left 2 dead.", "Carson").Name.Should().Be("Carson");
    }

    [Fact]
    public void big_city_in_a_list_of_states_is_the_state()
    {
        // a list with a name that can only be a state keeps the states: "California, New York and Washington"
        var d = Some.Through("geocode", "He campaigned in California, New York and Washington last month.");
        d.Places.Single(p => d[p.Span] == "New York").Resolved!.Kind.Should().Be(PlaceKind.Admin1);
        d.Places.Single(p => d[p.Span] == "Washington").Resolved!.Should().Match<Place>(p => p.Kind == PlaceKind.Admin1 && p.Admin1 == "WA");
        var g = Some.Through("geocode", "Lawsuits were filed in New York and Georgia.");
        g.Places.Single(p => g[p.Span] == "Georgia").Resolved!.Country.Should().Be("US");
        // "Georgia, United States" is the state: a country's own state is no other country
        Single("The storm hit Georgia, United States, overnight.", "Georgia").Country.Should().Be("US");
        // a national capital keeps its name before the parts and offices of its province
        Single("Saudi-led airstrikes hit northern Sanaa on Monday.", "northern Sanaa").Kind.Should().NotBe(PlaceKind.Admin1);
        Single("Washington lawmakers are debating new sanctions on Iran.", "Washington").Admin1.Should().Be("DC");
    }

    [Fact]
    public void county_qualifies_a_town_in_it()
    {
        // an English county, a Philippine province, is a second-level area: "Thetford, Norfolk" is read as "Buffalo, New York"
        // is, whatever the story's other Norfolk
        var d = Some.Through("geocode", "Trials were held in Norfolk, Virginia and in Thetford, Norfolk.");
        d.Places.Single(p => d[p.Span] == "Thetford").Resolved!.Country.Should().Be("GB");
        d.Places.Last(p => d[p.Span] == "Norfolk").Resolved!.Country.Should().Be("GB");
    }

    [Fact]
    public void list_of_countries_that_goes_on_holds_countries()
    {
        // "Niger, Nigeria" could be Nigeria's Niger State and "Iraq, Iran" Iran's Arak, but in a list that goes on each is a country
        foreach (var (text, name, country) in new[] { ("Boko Haram operates in Niger, Nigeria, Chad and Cameroon.", "Niger", "NE"),
                     ("Leaders from Iraq, Iran, Syria and Turkey met in Baghdad.", "Iraq", "IQ") })
        {
            var d = Some.Through("geocode", text);
            d.Places.Single(p => d[p.Span] == name).Resolved!.Should().Match<Place>(p => p.Kind == PlaceKind.Country && p.Country == country, text);
        }
    }

    [Theory]
    // a list of world cities keeps them (no London, Ohio beside New York and Boston), a list that goes on holds no county
    // qualifier (Hamilton, Newcastle), a county abroad does not outweigh England's old one (Berkshire), a city's own
    // municipality qualifies nothing (Juárez), and a list of towns keeps the town before its district (Derna)
    [InlineData("The company has offices in New York, Boston, London and Paris.", "London", "GB")]
    [InlineData("Security was tightened in Washington, New York, London and Paris.", "Paris", "FR")]
    [InlineData("The tour visits Edinburgh, Glasgow, Hamilton, Newcastle and Leeds.", "Hamilton", "GB")]
    [InlineData("The tour visits Edinburgh, Glasgow, Hamilton, Newcastle and Leeds.", "Newcastle", "GB")]
    [InlineData("Police shot dead a man in Windsor, Berkshire, on Friday.", "Windsor", "GB")]
    [InlineData("Shootings killed 6 in San Antonio, Juarez and El Paso over the weekend.", "San Antonio", "US")]
    public void list_and_qualifier_keep_their_big_names(string text, string mention, string country)
    {
        var d = Some.Through("geocode", text);
        d.Places.Single(p => d[p.Span] == mention).Resolved!.Country.Should().Be(country, text);
    }

    [Theory]
    // a region of one country that a reading of the town before it lies in qualifies that town (England's old counties are no
    // GeoNames units): "Lewes, Sussex" is no list of a town and Sussex, Wisconsin
    [InlineData("Floods in Yalding, Kent and Lewes, Sussex.", "Sussex")]
    [InlineData("Floods hit Richmond, Yorkshire.", "Yorkshire")]
    public void old_county_qualifies_its_town(string text, string county) =>
        Single(text, county).Country.Should().Be("GB", text);

    [Theory]
    // a historical region now split into first-level units named after it ("Central Equatoria", "Zemo Svaneti") is the whole
    // region by its bare name
    [InlineData("Fighting between the army and rebels spread across Equatoria last week.", "Equatoria", "SS")]
    [InlineData("Three climbers went missing in the mountains of Svaneti.", "Svaneti", "GE")]
    [InlineData("Cattle raids in Bahr el Ghazal killed twelve people.", "Bahr el Ghazal", "SS")]
    public void region_split_into_units_named_after_it(string text, string name, string country)
    {
        var place = Single(text, name);
        place.Kind.Should().Be(PlaceKind.Region, text);
        place.Country.Should().Be(country, text);
    }

    [Theory]
    // a governorate or state by the other spelling the press uses ("Daqahliya" for GeoNames' Dakahlia, "Warab" for Warrap)
    [InlineData("Bird flu was found on poultry farms in Daqahliya last week.", "Daqahliya", "EG")]
    [InlineData("Health officials confirmed two cases in Menoufia on Monday.", "Menoufia", "EG")]
    [InlineData("Cattle raiders attacked three villages in Warab on Sunday.", "Warab", "SS")]
    [InlineData("Fighting displaced thousands in Northern Bahr el Ghazal last month.", "Northern Bahr el Ghazal", "SS")]
    // (Russia's republics and krais, Italy's regions, Bosnia's entities by the names the press uses, not GeoNames' "Sakha",
    // "Primorye", "Apulia", "Srpska")
    [InlineData("Wildfires burned across Yakutia for a third week.", "Yakutia", "RU")]
    [InlineData("A gunfight broke out in Kabardino-Balkaria and North Ossetia on Friday.", "North Ossetia", "RU")]
    [InlineData("A typhoon brought floods to Primorsky Krai on Monday.", "Primorsky Krai", "RU")]
    [InlineData("Olive trees in Puglia are dying of a bacterial disease.", "Puglia", "IT")]
    [InlineData("Leaders of Republika Srpska threatened to secede.", "Republika Srpska", "BA")]
    public void first_level_area_by_its_press_spelling(string text, string name, string country)
    {
        var place = Single(text, name);
        place.Kind.Should().Be(PlaceKind.Admin1, text);
        place.Country.Should().Be(country, text);
    }

    [Theory]
    // a former state by the name history and obituaries still use: "Upper Volta" was Ghana's Volta region with a direction,
    // "East Pakistan" the east of Pakistan, "East Berlin" a village in Pennsylvania, Yugoslavia and Abyssinia nothing
    [InlineData("He was born in Abyssinia in 1930.", "Abyssinia", "ET")]
    [InlineData("Upper Volta became Burkina Faso in 1984.", "Upper Volta", "BF")]
    [InlineData("Refugees from East Pakistan crossed into India in 1971.", "East Pakistan", "BD")]
    [InlineData("She grew up in East Berlin before the wall fell.", "East Berlin", "DE")]
    [InlineData("Northern Rhodesia became Zambia in 1964.", "Northern Rhodesia", "ZM")]
    public void former_state_by_its_old_name(string text, string name, string country) =>
        Single(text, name).Country.Should().Be(country, text);

    [Theory]
    // named natural features GeoNames' shipped files lack: Kilauea was a town on Kauai, "Zion National Park" the New Jersey town
    // of National Park, Lake Baikal and Tahiti nothing
    [InlineData("Kilauea erupted again on Monday, the USGS said.", "Kilauea", 19.41, -155.28)]
    [InlineData("Hikers were rescued in Utah's Zion National Park.", "Zion National Park", 37.3, -113.0)]
    [InlineData("Wildfires burned near Lake Baikal for a week.", "Lake Baikal", 53.5, 108.0)]
    [InlineData("Ferries to Tahiti were cancelled as the storm passed.", "Tahiti", -17.65, -149.45)]
    [InlineData("Lava poured down the slopes of Mount Etna overnight.", "Mount Etna", 37.75, 15.0)]
    public void natural_feature_by_its_news_name(string text, string name, double lat, double lon) =>
        Single(text, name).DistanceKm(new Place("x", null, "x", lat, lon, "", null, "RGN", 0, PlaceKind.Region)).Should().BeLessThan(40, text);

    [Theory]
    // Northern Ireland's six counties, which its districts replaced in GeoNames but not in the press, and Scotland's island
    // councils without "Islands" (Orkney was a South African town), Anglesey by its Welsh name
    [InlineData("A farmer in Co Tyrone was injured on Monday.", "Co Tyrone", "GB", 54.6, -7.05)]
    [InlineData("Bangor, County Down, has applied for city status.", "County Down", "GB", 54.35, -5.85)]
    [InlineData("Ferries from Scrabster to Stromness, in Orkney, were cancelled.", "Orkney", "GB", 58.9, -3.1)]
    [InlineData("Voters on Ynys Mon elected a new MP.", "Ynys Mon", "GB", 53.29, -4.36)]
    // (and "the main town of" an area does not make the area a town: Orkney, North West, was the only town of the name)
    [InlineData("Kirkwall, the main town of Orkney, was cut off by the storm.", "Orkney", "GB", 58.9, -3.1)]
    public void county_or_island_council_by_the_name_the_press_uses(string text, string name, string country, double lat, double lon)
    {
        var place = Single(text, name);
        place.Country.Should().Be(country, text);
        place.DistanceKm(new Place("x", null, "x", lat, lon, "", null, "RGN", 0, PlaceKind.Region)).Should().BeLessThan(30, text);
    }

    [Fact]
    public void small_town_kept_where_its_neighbour_was_first_read_by_an_alternate_name() =>
        // Trnava was first read as Tirana, which also goes by the name, so Nitra had no Slovak company and was dropped as a
        // small town abroad; Trnava's final reading is Slovak, a few dozen kilometres away
        Single("Nitra and Trnava said US tariffs could cost thousands of jobs.", "Nitra").Country.Should().Be("SK");

    [Fact]
    public void capital_of_a_country_the_story_names_before_a_hamlet_abroad() =>
        // Wellington, New South Wales (4,000 people, 260 km from Sydney) took the Australian share of the story
        Single("Prime Minister Christopher Luxon flew from Wellington to Auckland before leaving for Sydney to meet his Australian counterpart.", "Wellington")
            .Country.Should().Be("NZ");

    [Theory]
    // a governor's or premier's title names the state or province they lead: Georgia was the country, Ontario a town of New
    // York beside the US states, Quebec the city
    [InlineData("Georgia Gov. Brian Kemp signed the bill on Monday.", "Georgia", "US")]
    [InlineData("Ontario Premier Doug Ford threatened to cut electricity exports to Michigan, New York and Minnesota.", "Ontario", "CA")]
    [InlineData("Quebec Premier François Legault said the province would appeal.", "Quebec", "CA")]
    [InlineData("Georgia Lt. Gov. Burt Jones spoke at the rally.", "Georgia", "US")]
    public void state_before_its_leaders_title(string text, string name, string country)
    {
        var place = Single(text, name);
        (place.Kind, place.Country).Should().Be((PlaceKind.Admin1, country), text);
    }

    [Theory]
    // … but a bank's governor is the bank's, and a premier may lead a country
    [InlineData("National Bank of Georgia Governor Natia Turnava spoke in Tbilisi on Monday.", "Georgia", "GE")]
    [InlineData("Taiwan Premier Cho Jung-tai visited the flooded towns on Monday.", "Taiwan", "TW")]
    public void country_before_a_title_not_a_states(string text, string name, string country)
    {
        var place = Single(text, name);
        (place.Kind, place.Country).Should().Be((PlaceKind.Country, country), text);
    }

    [Fact]
    public void former_federation_lies_over_its_successors()
    {
        var place = Single("Yugoslavia broke apart in the 1990s.", "Yugoslavia");
        place.Kind.Should().Be(PlaceKind.Region);
        // (among Slovenia, Croatia, Bosnia, Serbia, Montenegro, North Macedonia and Kosovo)
        place.Lat.Should().BeInRange(41, 47);
        place.Lon.Should().BeInRange(13, 23);
    }

    [Fact]
    public void list_of_towns_keeps_the_town_before_its_district() =>
        Single("Clashes in Benghazi, Derna and Sirte killed dozens.", "Derna").Kind.Should().Be(PlaceKind.City);

    [Theory]
    // a curated landmark by its own name before a small namesake town
    [InlineData("Reporters waited outside a White House dinner last October.", "White House", "US", 38.9)]
    [InlineData("Snow closed roads on Mount Hermon on Monday.", "Mount Hermon", "SY", 33.4)]
    public void landmark_before_a_small_namesake(string text, string mention, string country, double lat)
    {
        var p = Single(text, mention);
        p.Country.Should().Be(country);
        p.Lat.Should().BeApproximately(lat, 0.1);
    }

    [Fact]
    public void headline_in_capitals_keeps_its_towns_but_not_its_words()
    {
        // every word of a headline in capitals looks like a name: a small town named like a word of the lexicons is that word
        // unless a locative comes before it ("KILL" is no Kill, Ireland), and a short city after "in" is no acronym ("JOS") …
        var d = Some.Through("geocode", "BREAKING: GUNMEN KILL 5 IN JOS");
        d.Places.Where(p => p.Resolved is not null).Select(p => p.Resolved!.Name).Should().Equal("Jos");
        // … but a town that is no such word stays, wherever it stands
        foreach (var (text, town) in new[] { ("UKRAINE RETAKES LYMAN", "LYMAN"), ("BATTLE FOR AFRIN", "AFRIN"), ("AFRIN OFFENSIVE ENTERS SECOND WEEK", "AFRIN") })
        {
            var h = Some.Through("geocode", text);
            h.Places.Where(p => p.Resolved is not null).Select(p => h[p.Span]).Should().Contain(town, text).And.NotContain("WEEK", text);
        }
    }

    [Fact]
    public void neighbourhood_does_not_hide_a_namesake_town()
    {
        // Khartoum's Halfaya is a curated neighbourhood, a place only beside its city; Syria's Halfaya stays the town
        var d = Some.Through("geocode", "Rebels attacked army positions in Halfaya on Monday, killing 4 soldiers.");
        d.Places.Single(p => d[p.Span] == "Halfaya").Resolved!.Country.Should().Be("SY");
    }

    [Theory]
    // a name written with hyphens for its spaces, an article inside or not
    [InlineData("A drone struck Jisr-al-Shughur on Monday.", "Jisr-al-Shughur", "SY")]
    [InlineData("Gunmen attacked a bus in Dera-Ismail-Khan on Monday.", "Dera-Ismail-Khan", "PK")]
    [InlineData("Troops moved into Kvemo-Kartli on Monday.", "Kvemo-Kartli", "GE")]
    [InlineData("Shells fell on Salah-Eddin in Aleppo on Monday.", "Salah-Eddin", "SY")]
    public void hyphens_for_spaces(string text, string mention, string country)
    {
        var d = Some.Through("geocode", text);
        d.Places.Single(p => d[p.Span] == mention).Resolved!.Country.Should().Be(country);
    }

    [Fact]
    public void sea_opening_an_organisation_name_is_no_place()
    {
        var d = Some.Through("geocode", "The North Atlantic Treaty Organization met in Brussels on Monday.");
        d.Places.Where(p => p.Resolved is not null).Select(p => d[p.Span]).Should().Equal("Brussels");
    }

    [Fact]
    public void list_of_cities_is_no_qualifier_chain()
    {
        // "Washington, New York and Boston": a list goes on after "New York", so it does not qualify Washington as a state
        var d = Some.Through("geocode", "After stops in Washington, New York and Boston, the crown prince flew to Houston.");
        d.Places.Single(p => d[p.Span] == "Washington").Resolved!.Admin1.Should().Be("DC");
        d.Places.Single(p => d[p.Span] == "Boston").Resolved!.Admin1.Should().Be("MA");
        // "the OAS in Washington": a building no town of Washington State can be
        var oas = Some.Through("geocode", "Diplomats failed to attend a meeting at the OAS in Washington, on March 15th, about Dominica.");
        oas.Places.Single(p => oas[p.Span] == "Washington").Resolved!.Admin1.Should().Be("DC");
    }

    [Fact]
    public void country_in_a_list_of_countries_is_no_qualified_town()
    {
        // "Mexico, the US, and Canada" is a list: Mexico is not Mexico, Missouri, even in a story about Missouri
        const string text = "Farmers in Missouri and Kansas worry. The pact includes Mexico, the US, and Canada.";
        var gp = new Sitrep.Extraction.Geocoding.Geoparser(Some.Resources);
        var r = gp.ResolveSpans("t", text, new[] { "Missouri", "Kansas", "Mexico", "US", "Canada" }
            .Select(n => new Sitrep.Text.TextSpan(text.IndexOf(n, StringComparison.Ordinal), text.IndexOf(n, StringComparison.Ordinal) + n.Length)).ToList());
        r[2].Place!.Kind.Should().Be(PlaceKind.Country);
        // but a country's name that is also a city of the next country is that city ("Armenia, Colombia")
        Single("An earthquake struck Armenia, Colombia, on Monday.", "Armenia").Country.Should().Be("CO");
    }

    [Fact]
    public void county_qualifies_a_town_the_gazetteer_lacks_there()
    {
        // "Rockingham, Northamptonshire": the gazetteer has no Rockingham in England, but the county says where it lies —
        // not in North Carolina, however much "Kent" (a Washington city too) pulls the story's other names to the US
        const string text = "The championship visits Kent and Leicestershire. 11/12 August: Rockingham, Northamptonshire. 25/26 August: Knockhill, Fife.";
        var gp = new Sitrep.Extraction.Geocoding.Geoparser(Some.Resources);
        var r = gp.ResolveSpans("t", text, new[] { "Kent", "Leicestershire", "Rockingham", "Northamptonshire" }
            .Select(n => new Sitrep.Text.TextSpan(text.IndexOf(n, StringComparison.Ordinal), text.IndexOf(n, StringComparison.Ordinal) + n.Length)).ToList());
        r[2].Place!.Country.Should().Be("GB");
        r[2].Place!.DistanceKm(r[3].Place!).Should().BeLessThan(50);
        // end to end the town stays unplaced rather than American
        var d = Some.Through("geocode", text);
        d.Places.Where(p => d[p.Span] == "Rockingham").Select(p => p.Resolved?.Country).Should().AllSatisfy(c => c.Should().NotBe("US"));
    }

    [Theory]
    // a populous county named by its own name, not by a bare form of "X County", before a namesake town abroad: England's Kent
    // (not Kent, Washington, which would carry Fife, Washington along) and Devon and Cornwall (not Pennsylvania's, which take Plymouth
    // to Pennsylvania), India's Krishna district (not its seat)
    [InlineData("The championship visits [Kent] and [Leicestershire]. 25/26 August: [Knockhill], [Fife].", "Fife", "GB", PlaceKind.Admin2)]
    [InlineData("Inspector David Eldridge said [Devon] and [Cornwall] police were alerted to the fire near [Plymouth].", "Plymouth", "GB", PlaceKind.City)]
    [InlineData("Rains lashed the West Godavari and [Krishna] districts of [Andhra Pradesh].", "Krishna", "IN", PlaceKind.Admin2)]
    public void county_by_its_own_name_before_a_town_abroad(string marked, string name, string country, PlaceKind kind)
    {
        var place = GivenMarked(marked).First(x => x.Name == name).Place!;
        place.Country.Should().Be(country, marked);
        place.Kind.Should().Be(kind, marked);
    }

    [Fact]
    public void county_by_a_long_name_of_its_own_is_no_generic_word_abroad() =>
        // the Isle of Wight (140,000 people) lost the penalty for another country's area names, and so to a village of Virginia
        Single("Ferries to the Isle of Wight were cancelled on Monday.", "Isle of Wight").Country.Should().Be("GB");

    [Fact]
    public void constituent_country_in_a_story_of_another_country()
    {
        // England is a first-level area of the UK in GeoNames, but no generic word like "Western" or "Gulf" that another
        // country's story would use: a story of Alberta and Texas that mentions England means England, not England, Arkansas
        var england = GivenMarked("The cow was born on a farm in [Alberta]. The second infected cow was found in [Texas]. The later case was diagnosed in [England].");
        england[2].Place!.Country.Should().Be("GB");
        england[2].Place!.Kind.Should().Be(PlaceKind.Admin1);
    }

    [Fact]
    public void county_in_the_state_its_sentence_names()
    {
        // Michigan and Iowa are each named twice (Ames is Iowa's), but the county's own sentence names Michigan
        var swans = GivenMarked("Swans in [Michigan] on the coast of [Lake Erie] were found near a game area in [Monroe County]. Tests were done in [Ames], [Iowa], and officials in [Michigan] and [Iowa] said more would follow.");
        swans[2].Place!.Admin1.Should().Be("MI");
        // (a town is no county: an Indiana governor's trip to Warsaw is to Poland)
        GivenMarked("[Indiana] Gov. Eric Holcomb led a trade delegation to [Warsaw] and [Berlin], meeting [Polish] and [German] officials.")[1].Place!.Country.Should().Be("PL");
    }

    [Theory]
    // Gaza is also a province of Mozambique, which no Gazan town lies in: the town stays, in the Palestinian territories
    [InlineData("Israeli strikes killed 14 people in Khan Younis in southern Gaza on Monday.", "Khan Younis", "PS")]
    [InlineData("Israeli strikes killed nine people in Nuseirat, Gaza, on Saturday.", "Nuseirat", "PS")]
    [InlineData("Extortion gangs bombed a school in La Esperanza, Trujillo.", "La Esperanza", "PE")]
    // (a list of a city's districts is no qualifier from a namesake near a town of the same name abroad)
    [InlineData("Envelopes were also sent to Hollywood, Los Angeles, San Fernando Valley and Santa Monica.", "Los Angeles", "US")]
    public void town_in_a_territory_named_like_a_province_abroad(string text, string mention, string country) =>
        Single(text, mention).Country.Should().Be(country);

    [Fact]
    public void town_measured_from_another_lies_near_it()
    {
        // "80 km north of Beirut": Lebanon's Tripoli, though Libya's is the larger
        Single("Clashes broke out in Tripoli, 80 km north of Beirut, on Monday.", "Tripoli").Country.Should().Be("LB");
        // a village we do not know 30 km from Hama is no Ma'an in Jordan, though the story names Jordan's Karak too
        var d = Some.Through("geocode", "Terrorists tried to attack residential areas in the direction of Maan 30 km north of Hama city, a source said. Jordanian officials in Karak said.");
        d.Places.Where(p => d[p.Span] == "Maan").Should().OnlyContain(p => p.Resolved == null);
        GivenMarked("Terrorists tried to attack residential areas in the direction of [Maan] 30 km north of [Hama] city, a source said. Jordanian officials in [Karak] said.")[0]
            .Place?.Country.Should().NotBe("JO");
    }

    [Theory]
    // Windsor, Connecticut took the whole American share of the story; Ontario's Windsor lies across the river from Detroit
    [InlineData("The Ambassador Bridge between Detroit and Windsor was closed for six days during the trucker protest.", "Windsor", "CA")]
    // Sderot is Israel's: Gaza was the Israeli district named after it
    [InlineData("Sderot, a town near Gaza, was hit by rockets on Saturday.", "Gaza", "PS")]
    // Dover first read as Delaware's capital gave Calais, Maine the whole story; Dover, England, and Calais, France agree across
    // the Channel, and so do Bethlehem and Nazareth, which was Pennsylvania's beside Bethlehem's namesake there
    [InlineData("Ferries between Dover and Calais were cancelled on Tuesday.", "Calais", "FR")]
    [InlineData("Ferries between Dover and Calais were cancelled on Tuesday.", "Dover", "GB")]
    [InlineData("Nazareth's Christmas market drew crowds of Arab Israeli families, and pilgrims also visited Bethlehem across the separation barrier.", "Nazareth", "IL")]
    public void town_across_a_border_from_a_place_of_the_story(string text, string mention, string country) =>
        Single(text, mention).Country.Should().Be(country);

    [Fact]
    public void same_name_qualified_twice_reads_each_by_its_own_qualifier()
    {
        // each Kochi took the other's country: the Indian city's guess, at the very point of its reading, was evidence for the
        // mention qualified by Japan (and end to end both were dropped, each outside its own qualifier)
        var d = Some.Through("geocode", "Storms hit Kochi, Japan, and Kochi, India, on Monday.");
        d.Places.Where(p => d[p.Span] == "Kochi").OrderBy(p => p.Span.Start).Select(p => p.Resolved?.Country).Should().Equal("JP", "IN");
        // (and a qualified town is no town "named like a province of a country the story names" that needs support of its own:
        // Lebanon's Tripoli lost to Libya's, whose province the story's "Libya" made likely)
        var t = Some.Through("geocode", "Tripoli, Lebanon, and Tripoli, Libya, both saw protests on Friday.");
        t.Places.Where(p => t[p.Span] == "Tripoli").OrderBy(p => p.Span.Start).Select(p => p.Resolved?.Country).Should().Equal("LB", "LY");
    }

    [Fact]
    public void name_again_after_the_begins_another_name_not_a_qualifier()
    {
        // "Santa Ana, the Santa Ana Unified School District" read the second Santa Ana as El Salvador's department qualifying the first
        var d = Some.Through("geocode", "Parents met at Franklin Elementary in Santa Ana, California. Representatives from the City of Santa Ana, "
                                        + "the Santa Ana Unified School District, and the air district attended.");
        d.Places.Where(p => d[p.Span] == "Santa Ana").Should().HaveCount(3).And.OnlyContain(p => p.Resolved != null && p.Resolved.Country == "US");
    }

    [Fact]
    public void strait_between_countries_gives_no_town_across_it_their_share() =>
        // Dibba Al-Fujairah, which also goes by "Fujairah", took Iran's share for lying near the Strait of Hormuz, and was then
        // dropped as a small town abroad, taking Fujairah with it
        Single("The vessels loaded Iranian oil at Bandar Abbas, switched off their transponders in the Strait of Hormuz and reappeared off Fujairah.", "Fujairah")
            .Should().Match<Place>(p => p.Country == "AE" && p.Population > 100_000);

    [Fact]
    public void direction_without_a_distance_still_measures_from_the_town()
    {
        // "the village of al-Bureij northeast of Aleppo": Gaza's Bureij camp, 600 km away, is no reading of a Syrian village
        var d = Some.Through("geocode", "The regime committed a massacre in the village of al-Bureij northeast of Aleppo, where 18 civilians were killed.");
        d.Places.Where(p => d[p.Span] == "al-Bureij").Should().OnlyContain(p => p.Resolved == null || p.Resolved.Country == "SY");
        // … but a city of 100,000 anywhere in the country is one a direction only orients: Kharkiv lies 480 km east of Kyiv (and
        // read as its oblast, Herat as nothing at all, when the direction kept only readings within 400 km)
        var kharkiv = Single("Heavy shelling hit Kharkiv, east of Kyiv, on Monday.", "Kharkiv");
        (kharkiv.Country, kharkiv.Kind).Should().Be(("UA", PlaceKind.City));
        Single("The Taliban seized Herat, west of Kabul, on Friday.", "Herat").Country.Should().Be("AF");
        // (and an area's point, or a river's mouth, says little of where its near part lies: Darfur is no town, and was dropped)
        Single("Fighting spread across Darfur, west of Khartoum, on Monday.", "Darfur").Country.Should().Be("SD");
    }

    [Fact]
    public void swap_pairing_with_a_reading_the_query_no_longer_allows()
    {
        // Brunswick is Melbourne's suburb, and Melbourne stays Australia's though Brunswick, Ohio first read as the likelier
        // Brunswick: the two names' readings swap countries, and pairing Brunswick, Ohio — which "north of Melbourne" rules out
        // — with Melbourne scored NaN, which settled nothing
        Single("Police said the victim lived on Sydney Road in Brunswick, north of Melbourne.", "Melbourne").Country.Should().Be("AU");
        Single("Police said the victim lived on Sydney Road in Brunswick, north of Melbourne.", "Brunswick").Country.Should().Be("AU");
    }

    [Fact]
    public void unknown_name_lies_in_the_country_the_given_names_name()
    {
        // an unknown neighbourhood of a story whose given names are countries lies in them: a sergeant called Florence is no
        // reason to place it in Italy
        GivenMarked("Sergeant Florence Mwangi, a Kenyan officer serving in [Haiti], was wounded in [Solino] on Monday.")[1].Place!.Country.Should().Be("HT");
    }

    [Fact]
    public void nationality_beside_given_spans_counts_half_a_place_abroad()
    {
        // as in the pipeline, "Russian drones" is no named place in Russia: with Romania it does not make Izmail, the only
        // Izmail, a small town abroad that nothing supports
        GivenMarked("Russian drones struck the port of [Izmail] on the Danube, across the river from [Romania].")[0].Place!.Country.Should().Be("UA");
    }

    [Fact]
    public void region_word_after_a_city_named_area()
    {
        // "the Kursk region", "Kharkiv oblast": the first-level area named after the city, end to end and with given spans
        Single("Ukrainian forces advanced in the Kursk region on Tuesday.", "Kursk").Kind.Should().Be(PlaceKind.Admin1);
        GivenMarked("In Ukraine's [Kharkiv] oblast, evacuations continued from [Kupiansk].")[0].Place!.Kind.Should().Be(PlaceKind.Admin1);
        GivenMarked("Flooding hit the [Mopti] region of [Mali].")[0].Place!.Kind.Should().Be(PlaceKind.Admin1);
        // (but "the Charlotte region" is the city's, not a parish of St Vincent named Charlotte)
        GivenMarked("The park will be one of the biggest in the [Charlotte] region, said officials in [North Carolina].")[0].Place!.Country.Should().Be("US");
    }

    [Fact]
    public void city_by_its_english_name_shared_with_its_province()
    {
        // GeoNames writes the cities "Makkah" and "Madinah", their provinces "Mecca Region" and "Medina Region": the English
        // names are the cities' — but "the Mecca region" is the province
        var d = Some.Through("geocode", "Pilgrims performed the hajj in Mecca, and visitors then travelled to Medina.");
        d.Places.Should().HaveCount(2).And.OnlyContain(p => p.Resolved!.Kind == PlaceKind.City && p.Resolved.Country == "SA");
        Single("Heavy rain fell in the Mecca region on Monday.", "Mecca").Kind.Should().Be(PlaceKind.Admin1);
    }

    [Fact]
    public void list_of_places_each_with_its_own_in_is_no_qualifier_chain()
    {
        // ", in" sets off a qualifier ("near Tripoli, in northern Lebanon") but not the next item of a list of "in"s
        GivenMarked("Demonstrations were held in [London], in [Washington] and in [Paris] on Saturday.").Select(x => x.Place!.Country).Should().Equal("GB", "US", "FR");
        GivenMarked("EU foreign ministers met in [Rome], in [Georgia] and in [Armenia] last week.")[0].Place!.Country.Should().Be("IT");
    }

    [Fact]
    public void region_of_an_area_is_left_to_that_area()
    {
        // "the X region of Y": Y decides, not a first-level area abroad named after a namesake city
        GivenMarked("Floods hit the [Concepcion] region of [Chile] on Monday.")[0].Place!.Country.Should().Be("CL");
        GivenMarked("Wildfires spread in the [Cordoba] region of [Andalusia].")[0].Place!.Country.Should().Be("ES");
        // ("the Minsk region" is the oblast, not the capital's own first-level area, "Minsk City")
        var minsk = GivenMarked("Troops held exercises in the [Minsk] region on Monday.")[0].Place!;
        minsk.Kind.Should().Be(PlaceKind.Admin1);
        minsk.Name.Should().NotEndWith("City");
    }

    [Fact]
    public void distance_from_an_area_measures_nothing()
    {
        // an area's point says nothing of where its border is: "about 30 miles from the Texas border" keeps Lake Charles
        Single("A chemical plant exploded near Lake Charles, about 30 miles from the Texas border.", "Lake Charles").Country.Should().Be("US");
        Single("Russian shelling hit Vovchansk, 5 km from the Belgorod region, on Sunday.", "Vovchansk").Country.Should().Be("UA");
    }

    [Fact]
    public void accented_state_named_as_a_state_stays()
    {
        // the country by its own letters drops accented towns, but "the State of Mexico" is México state
        Single("Police in the State of Mexico found 11 bodies in Ecatepec.", "Mexico").Kind.Should().Be(PlaceKind.Admin1);
        Single("The fungus has begun to spread into eastward Panama.", "Panama").Kind.Should().Be(PlaceKind.Country);
    }

    [Fact]
    public void nationality_given_as_a_span_is_no_focus_country()
    {
        GivenMarked("Sergeant Florence Ade said [Kenyan] police in [Haiti] patrolled [Solino] on Monday.")[2].Place!.Country.Should().Be("HT");
    }

    [Fact]
    public void unknown_peak_lies_in_the_region_the_story_names()
    {
        // a mountain the gazetteer lacks lies in the one-country region the story is about, not in the climbers' country
        var r = GivenMarked("Three [Latvian] climbers went missing in the mountains of [Svaneti]. The [Latvians] were climbing [Ushba] when the weather turned, a [Georgian] rescuer said.");
        r[3].Place!.Country.Should().Be("GE");
        r[3].Place!.Name.Should().Be("Svaneti");
    }

    [Fact]
    public void valley_named_after_a_town_surrounds_it()
    {
        // "the Salinas Valley" of a Californian story is around Salinas, not at California's middle; "the Fraser Valley" of a
        // story about Vancouver is no valley of a US town called Fraser
        var salinas = GivenMarked("Farmers in the [Salinas Valley] lost lettuce crops after the outbreak in [California].");
        salinas[0].Place!.Name.Should().Be("Salinas");
        var fraser = GivenMarked("Poultry farms in the [Fraser Valley] east of [Vancouver] were quarantined, [US] and [Canadian] officials said.");
        fraser[0].Place!.Country.Should().Be("CA");
    }

    [Theory]
    // what a county or province after a comma must not do: take a first name for a district ("Krishna Prasad"), send a town
    // abroad because its province is also a city's municipality ("Motril, Granada"), or let a county's first guess carry the
    // story's neighbours abroad ("Devon … south of Edmonton"); and three towns of one state stay towns ("Iowa, Sulphur and
    // Lake Charles")
    [InlineData("In Doha, Krishna Prasad, a Nepali labourer, described the heat.", "Doha", "QA")]
    [InlineData("A migrant boat reached the beach at Motril, Granada, with 48 people aboard.", "Motril", "ES")]
    [InlineData("A migrant boat reached the beach at Motril, Granada, with 48 people aboard.", "Granada", "ES")]
    [InlineData("RCMP in Devon said the crash on Highway 60 south of Edmonton killed two.", "Edmonton", "CA")]
    public void qualifier_reading_keeps_the_story_together(string text, string name, string country)
    {
        var d = Some.Through("geocode", text);
        (d.Places.Single(p => d[p.Span] == name).Resolved?.Country).Should().Be(country, text);
    }

    [Fact]
    public void club_named_after_a_city_is_no_qualifier_abroad()
    {
        // "In Madrid, Granada coach …": a state abroad that no reading of Madrid lies in qualifies it only where the state ends
        // the phrase, so Granada stays Spanish
        var d = Some.Through("geocode", "In Madrid, Granada coach Paco López praised his players.");
        (d.Places.Single(p => d[p.Span] == "Granada").Resolved?.Country).Should().Be("ES");
    }

    [Fact]
    public void unknown_street_lies_in_the_town_before_its_region()
    {
        // the story's focus for names the gazetteer lacks is the town, not the region around it that the town supports
        var r = GivenMarked("A missile hit [Vokzalna Street] overnight; officials in [Sloviansk], in the [Donbas], said two were killed.");
        r[0].Place!.Name.Should().Be(r[1].Place!.Name);
    }

    [Fact]
    public void towns_of_one_state_in_a_list_stay_towns()
    {
        var d = Some.Through("geocode", "Refineries in Iowa, Sulphur and Lake Charles shut down before the storm.");
        var iowa = d.Places.Single(p => d[p.Span] == "Iowa").Resolved!;
        iowa.Kind.Should().Be(PlaceKind.City);
        iowa.Admin1.Should().Be("LA");
    }

    [Fact]
    public void state_listed_beside_a_city_is_no_village()
    {
        // "New York City and Florida" lists a city and a state: a list of cities does not make Florida the village of Florida,
        // New York (2,800 people), however much the story's "New York Times" speaks for New York
        var r = GivenMarked("The attacks targeted politicians in [Washington DC], and members of the media in [New York City] and [Florida]. Kemp told the New York Times.");
        r[2].Place!.Kind.Should().Be(PlaceKind.Admin1);
    }

    [Fact]
    public void province_by_its_bare_name()
    {
        // GeoNames' "Province of Bulacan" is written "Bulacan" (as is a town inside it): beside another province the bare name
        // is the province
        var r = GivenMarked("Pigs at [Pandi], [Bulacan] and [Talavera] farms tested positive. Tests confirmed that pigs in [Nueva Ecija] and [Bulacan] farms were infected.");
        r[4].Place!.Kind.Should().Be(PlaceKind.Admin2);
        r[4].Place!.Name.Should().Contain("Bulacan");
    }

    /// <summary>Given-span resolution of a text whose [bracketed] names are the spans, in order.</summary>
    private static List<(string Name, Place? Place)> GivenMarked(string marked)
    {
        var text = marked.Replace("[", "").Replace("]", "");
        var spans = new List<Sitrep.Text.TextSpan>();
        int removed = 0;
        for (int i = 0; i < marked.Length; i++)
            if (marked[i] == '[') { int end = marked.IndexOf(']', i); spans.Add(new(i - removed, end - removed - 1)); removed += 2; i = end; }
        var result = new Sitrep.Extraction.Geocoding.Geoparser(Some.Resources).ResolveSpans("t", text, spans);
        return spans.Select((s, k) => (text[s.Start..s.End], result[k].Place)).ToList();
    }

    [Fact]
    public void postal_code_given_as_a_toponym()
    {
        // a span given as a toponym may be a state's postal or press code, which running text never looks up: "WA" fell back
        // to a town of the story, "SA" in a South African story to a province
        var us = GivenMarked("The company is based in [Seattle], [WA], and [Austin], [TX].");
        (us[1].Place!.Name, us[3].Place!.Name).Should().Be(("Washington", "Texas"));
        var au = GivenMarked("[Perth], [WA], recorded its hottest day as [Adelaide] in [SA] sweltered.");
        (au[1].Place!.Name, au[3].Place!.Name).Should().Be(("Western Australia", "South Australia"));
        // (and where a country and another country's state both fit the name before them, the state its biggest reading lies in:
        // Adelaide, South Australia, not the South African village)
        au[2].Place!.Country.Should().Be("AU");
        GivenMarked("Miners in [SA] went on strike, [Johannesburg] officials said.")[0].Place!.Kind.Should().Be(PlaceKind.Country);
        // (a city of millions by capitals of its own is that city, not the state of that code: "LA" is Los Angeles)
        GivenMarked("Wildfires burned across [LA] on Tuesday.")[0].Place!.Name.Should().Be("Los Angeles");
    }

    [Fact]
    public void state_abbreviation_given_without_its_full_stop()
    {
        // a span that stops before the abbreviation's full stop, after a town and a comma: "Ala" alone is a town in China
        var given = GivenMarked("Airbus opened a second line at its plant in [Mobile], [Ala]., and in [Wichita], [Kan]., last year.");
        given[1].Place!.Name.Should().Be("Alabama");
        given[3].Place!.Name.Should().Be("Kansas");
        // (a name that is no abbreviation keeps its own reading before a full stop, and so does a sentence's last town: Vic in
        // Catalonia is no Victoria, Pa in Burkina Faso no Pennsylvania)
        GivenMarked("Heavy rain fell in [Mobile]. Officials said.")[0].Place!.Admin1.Should().Be("AL");
        GivenMarked("Catalan police arrested three men in [Vic].")[0].Place!.Country.Should().Be("ES");
        GivenMarked("A bomb exploded at a market in [Pa]. Burkinabe officials said 12 people died.")[0].Place!.Country.Should().Be("BF");
    }

    [Fact]
    public void towns_of_a_state_the_story_names()
    {
        // the state a story names is evidence already for its towns' first readings, so the most populous namesakes (New
        // Jersey's Wayne, Bloomfield and Madison, New York's Plainview and Watertown) do not speak for one another; two names
        // alone keep them
        var nebraska = GivenMarked("Scouts in northeast [Nebraska] will collect food. Troops from [Wayne], [Bloomfield], [Madison] and [Plainview] will help the [Norfolk] food bank.");
        nebraska.Skip(1).Should().OnlyContain(x => x.Place!.Country == "US" && x.Place.Admin1 == "NE");
        var minnesota = GivenMarked("Police in [Watertown] said the man, from [Rochester], was arrested near [Plainview]. [Minnesota] officials said.");
        minnesota.Should().OnlyContain(x => x.Place!.Country == "US" && x.Place.Admin1 == "MN");
        GivenMarked("Scouts from [Wayne] and [Plainview] will collect food.").Select(x => x.Place!.Admin1).Should().Equal("NJ", "NY");
    }

    [Fact]
    public void towns_of_a_state_the_story_never_names()
    {
        // a local story that never names its state: the area where most of its towns have a reading (Minnesota has a Delano,
        // a Watertown, a Montgomery, a St. Paul and a Rochester) reads them there, not in New York and Alabama
        GivenMarked("The wrestlers from [Delano], [Watertown] and [Montgomery] met in [St. Paul] before the final in [Rochester].")
            .Should().OnlyContain(x => x.Place!.Country == "US" && x.Place.Admin1 == "MN");
        // (but capitals have no say: Ohio has a London, a Paris and a Dublin, and a senator from Ohio meets the pope in Italy's Rome)
        GivenMarked("Embassies in [London], [Paris] and [Dublin] issued warnings.").Select(x => x.Place!.Country).Should().Equal("GB", "FR", "IE");
        GivenMarked("A senator from [Ohio] met the pope in [Rome] and then flew to [Athens] for talks.")[1].Place!.Country.Should().Be("IT");
    }

    [Fact]
    public void list_of_provinces_beside_named_states()
    {
        // "Ontario, Quebec and New Brunswick" in a story that names California: Quebec's first reading is its capital, so the
        // names' kinds disagree, but all of them read as Canada's provinces, and Ontario is the province, not California's city
        var r = GivenMarked("Visitors came from [California] and [Texas], and from [Ontario], [Quebec] and [New Brunswick].");
        r.Skip(2).Should().OnlyContain(x => x.Place!.Country == "CA" && x.Place.Kind == PlaceKind.Admin1);
        // (where every province is named after its city, the list is of cities)
        GivenMarked("Aid convoys reached [Mykolaiv], [Kherson] and [Zaporizhzhia] on Monday.").Should().OnlyContain(x => x.Place!.Kind == PlaceKind.City);
        // (and "regions" after such a list names Russia's and Ukraine's oblasts)
        GivenMarked("Drones struck the [Belgorod], [Kursk] and [Bryansk] regions overnight.").Should().OnlyContain(x => x.Place!.Kind == PlaceKind.Admin1);
    }

    [Fact]
    public void territory_capital_in_a_list_of_states()
    {
        // "Trips to Saipan, Guam, Alaska, Hawaii and Florida": Guam opens no qualifier for a name with no reading there while
        // the list goes on (it made Saipan a name unknown in Guam), and a territory's capital of 48,000 is no unknown small town
        // abroad in a Washington story
        var r = GivenMarked("The team is based in [Washington]. Trips to [Saipan], [Guam], [Alaska], [Hawaii] and [Florida] have kept it busy. "
            + "A return trip to [Saipan] and a trip to [Thailand] come next.");
        r.Where(x => x.Name == "Saipan").Should().OnlyContain(x => x.Place!.Country == "MP");
    }

    [Fact]
    public void x_in_country() => Single("Clashes broke out in Tripoli in Lebanon on Monday.", "Tripoli").Country.Should().Be("LB");

    [Fact]
    public void x_comma_in_part_of_country() =>
        Single("An Israeli drone struck a car near Tripoli, in northern Lebanon, while France urged restraint.", "Tripoli").Country.Should().Be("LB");

    [Theory]
    // (the apposition names what it is the capital of: Georgetown was Penang's George Town, Victoria British Columbia's)
    [InlineData("[Georgetown], the capital of [Guyana], is booming on oil revenue, while [Penang]'s [George Town] attracts tech investment.", "GY")]
    [InlineData("[Victoria], the capital of [Seychelles] on [Mahe] island, opened a fish market, while in [Victoria], [British Columbia], a festival drew crowds.", "SC")]
    public void x_the_capital_of_country(string marked, string country)
    {
        // ("the capital of Galicia" names Spain's Galicia as well as the old Polish-Ukrainian one: a definite apposition qualifies
        // a known name only where it can lie, and Lviv stays Lviv)
        Single("Lviv, the historic capital of Galicia, belonged to Poland before the war.", "Lviv").Country.Should().Be("UA");
        var given = GivenMarked(marked);
        given[0].Place!.Country.Should().Be(country);
        var d = Some.Through("geocode", marked.Replace("[", "").Replace("]", ""));
        d.Places.First(p => d[p.Span].StartsWith(given[0].Name, StringComparison.Ordinal)).Resolved!.Country.Should().Be(country);
    }

    [Fact]
    public void x_republic_is_the_country()
    {
        // West African news writes the country "Niger Republic", "Benin Republic", beside Nigeria's Niger State
        GivenMarked("Traders from [Niger] Republic crossed into [Sokoto] and [Kebbi] states.")[0].Place!.Country.Should().Be("NE");
        Single("Traders from Niger Republic crossed into Sokoto and Kebbi states.", "Niger").Country.Should().Be("NE");
    }

    [Fact]
    public void name_and_unit_word_matched_whole_abroad()
    {
        // "Bolivar province" matched whole only Peru's "Provincia de Bolívar", a district, in a story of Ecuador; the provinces
        // named "Bolívar" are readings too — but "Mexico State" stays México, which it names whole
        var bolivar = Single("Ecuador notified WHO of a case of avian influenza in a child from Bolivar province on Monday.", "Bolivar");
        (bolivar.Country, bolivar.Kind).Should().Be(("EC", PlaceKind.Admin1));
        var mexico = Single("Floods hit Mexico State on Monday.", "Mexico");
        (mexico.Country, mexico.Admin1).Should().Be(("MX", "15"));
    }

    [Fact]
    public void metropolitan_region_by_its_nickname() =>
        // "Bay Area" was Bay, Arkansas
        Single("Bay Area lawmakers continue to resurrect bills that died last year.", "Bay Area").Name.Should().Be("San Francisco Bay Area");

    [Fact]
    public void transliteration_variant()
    {
        var d = Some.Through("geocode", "Troops at Al Tanf were attacked. Later At Tanf was quiet, and al-Tanf reopened.");
        d.Places.Select(p => p.Resolved?.Id).Distinct().Should().ContainSingle().Which.Should().NotBeNull();
    }

    [Fact]
    public void transliteration_variant_of_a_news_agency()
    {
        // AFP's spellings that GeoNames lacks
        Single("Jets struck Raqa on Monday.", "Raqa").GeonameId.Should().Be(172955);
        Single("Jets struck Deir Ezzor on Monday.", "Deir Ezzor").GeonameId.Should().Be(170794);
        Single("Jets struck Taez on Monday.", "Taez").GeonameId.Should().Be(70225);
    }

    [Fact]
    public void transliteration_variant_of_the_feminine_ending()
    {
        // -a, -ah, -e, -eh: "Hassakeh" is Al-Hasakah
        var d = Some.Through("geocode", "Warplanes bombed Kurdish positions in the north-eastern city of Hassakeh on Friday. Damascus denied it.");
        d.Places.Select(p => p.Resolved?.GeonameId).Should().Contain(173811);
    }

    [Fact]
    public void stripped_possessive_is_no_given_name()
    {
        // "Syrias Hassakeh" (apostrophes stripped) is Syria's Hassakeh, not a person called Syrias Hassakeh
        var d = Some.Through("geocode", "The uneasy peace in Syrias Hassakeh city was broken. Warplanes bombed the city of Hassakeh. Syria denied it.");
        d.Places.Count(p => p.Resolved?.GeonameId == 173811).Should().Be(2);
    }

    [Fact]
    public void region_not_town() => Single("Rebels advanced in southern Syria on Monday.", "southern").Kind.Should().Be(PlaceKind.Region);

    [Theory]
    // a country's named part lies on its main land: not in the Pacific for the Aleutians' sake, nor among the Azores, nor in
    // the Sea of Japan
    [InlineData("Wildfires raged across the western US on Monday.", "western US", 30, 45, -125, -100)]
    [InlineData("Floods hit southern Portugal on Monday.", "southern Portugal", 36.9, 39.5, -9.5, -6.2)]
    [InlineData("Snow fell across northern Japan on Monday.", "northern Japan", 41, 46, 139.5, 146)]
    // (and where the people of that part live: the North Caucasus, northern Luzon, Tripolitania — not Lake Baikal, the sea
    // off Bicol, the Sahara)
    [InlineData("Floods hit southern Russia on Monday.", "southern Russia", 42, 48, 35, 50)]
    [InlineData("A typhoon hit the northern Philippines on Monday.", "northern Philippines", 15, 19, 119.5, 122.5)]
    [InlineData("Clashes erupted in western Libya on Monday.", "western Libya", 30, 33.5, 10, 15.5)]
    public void region_of_a_country_lies_on_its_land(string text, string mention, double minLat, double maxLat, double minLon, double maxLon)
    {
        var p = Single(text, mention);
        p.Kind.Should().Be(PlaceKind.Region);
        p.Lat.Should().BeInRange(minLat, maxLat);
        p.Lon.Should().BeInRange(minLon, maxLon);
    }

    [Theory]
    // GeoNames' own reference points (ids 6269133, 7729887, 3373405, 1545739, 3411923), which GeoNames-coded corpora score
    // against: an area centroid or the Factbook's ocean points miss them by hundreds of kilometres
    [InlineData("Tension is rising across the Middle East.", "Middle East", 33.14, 35.86)]
    [InlineData("Migrants crossed from North Africa.", "North Africa", 32.95, 9.98)]
    [InlineData("The storm formed over the Atlantic.", "Atlantic", 10.0, -25.0)]
    [InlineData("The ship sank in the Indian Ocean.", "Indian Ocean", -10.0, 70.0)]
    [InlineData("The ship sank in the North Atlantic.", "North Atlantic", 40.0, -40.0)]
    public void region_at_its_geonames_point(string text, string mention, double lat, double lon)
    {
        var p = Single(text, mention);
        p.Kind.Should().Be(PlaceKind.Region);
        p.DistanceKm(new Place("x", null, "x", lat, lon, "", null, "RGN", 0, PlaceKind.Region)).Should().BeLessThan(50);
    }
}

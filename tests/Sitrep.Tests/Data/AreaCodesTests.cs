using AwesomeAssertions;
using Sitrep.Data;
using Sitrep.Errors;
using Sitrep.Places;
using Xunit;

namespace Sitrep.Tests.Data;

/// <summary>codes.tsv: postal and press codes to their states, provinces and countries, checked row by row.</summary>
public class AreaCodesTests
{
    private const string Header = "# source: test\n# licence: CC0\n# date: 2026-11-30\ncode\tplace\n";
    private static readonly Place Washington = new("5815135", 5815135, "Washington", 47.38, -120.49, "US", "WA", "ADM1", 0, PlaceKind.Admin1);
    private static readonly Place WesternAustralia = new("2058645", 2058645, "Western Australia", -25, 122, "AU", "08", "ADM1", 0, PlaceKind.Admin1);

    private static Place? Known(string key) => key switch { "US.WA" => Washington, "AU.08" => WesternAustralia, _ => null };

    [Fact]
    public void A_code_reads_as_every_place_it_stands_for()
    {
        var codes = Gazetteer.ReadCodes(TsvDataFile.Parse("codes.tsv", new StringReader(Header + "WA\tUS.WA\nWA\tAU.08\n"), "code", "place"), Known);
        codes["WA"].Should().Equal(Washington, WesternAustralia);
    }

    [Theory]
    [InlineData("Wa\tUS.WA\n", "E006: codes.tsv:5: code 'Wa' is not two or three capital letters")]
    [InlineData("WA\tUS.ZZ\n", "E006: codes.tsv:5: unknown place 'US.ZZ'")]
    [InlineData("WA\tUS.WA\nWA\tUS.WA\n", "E006: codes.tsv:6: WA US.WA listed twice")]
    public void A_bad_row_names_file_and_line(string rows, string message)
    {
        var act = () => Gazetteer.ReadCodes(TsvDataFile.Parse("codes.tsv", new StringReader(Header + rows), "code", "place"), Known);
        act.Should().Throw<SitrepException>().WithMessage(message);
    }
}

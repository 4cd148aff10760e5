namespace Sitrep.Places;

/// <summary>
/// All gazetteer entries as columns (no object per place until one is asked for): loading a quarter of a million
/// places is a few array reads, and only the places a text mentions become <see cref="Place"/> objects.
/// </summary>
public sealed class PlaceTable
{
    internal readonly double[] Lat, Lon;
    internal readonly long[] Population, GeonameId;
    internal readonly byte[] Kind;
    /// <summary>Six strings per place (id, name, country, admin1, feature code, admin2) as offsets into one character blob.</summary>
    internal readonly int[] StringOffsets;
    internal readonly char[] Chars;
    private readonly Place?[] _materialised;

    internal PlaceTable(double[] lat, double[] lon, long[] population, long[] geonameId, byte[] kind, int[] stringOffsets, char[] chars)
    {
        Lat = lat; Lon = lon; Population = population; GeonameId = geonameId; Kind = kind; StringOffsets = stringOffsets; Chars = chars;
        _materialised = new Place?[lat.Length];
    }

    private const int Fields = 6;

    public int Count => Lat.Length;

    public Place this[int index] => _materialised[index] ??= Materialise(index);

    public PlaceKind KindOf(int index) => (PlaceKind)Kind[index];

    public string CountryOf(int index) => Str(index, 2);

    /// <summary>Whether the place's GeoNames feature code is <paramref name="code"/>, without materialising it.</summary>
    public bool FeatureCodeIs(int index, string code)
    {
        int k = index * Fields + 4;
        return Chars.AsSpan(StringOffsets[k], StringOffsets[k + 1] - StringOffsets[k]).SequenceEqual(code);
    }

    public string Admin1Of(int index) => Str(index, 3);

    /// <summary>The place's own name (not its alternates).</summary>
    public string NameOf(int index) => Str(index, 1);

    private string Str(int index, int field)
    {
        int k = index * Fields + field;
        return new string(Chars, StringOffsets[k], StringOffsets[k + 1] - StringOffsets[k]);
    }

    private Place Materialise(int i)
    {
        var admin1 = Str(i, 3);
        var admin2 = Str(i, 5);
        return new Place(Str(i, 0), GeonameId[i] < 0 ? null : GeonameId[i], Str(i, 1), Lat[i], Lon[i], Str(i, 2), admin1.Length == 0 ? null : admin1, Str(i, 4), Population[i], (PlaceKind)Kind[i])
        {
            Admin2 = admin2.Length == 0 ? null : admin2,
        };
    }

    /// <summary>Collects places and writes them as columns.</summary>
    internal sealed class Builder
    {
        private readonly List<double> _lat = [], _lon = [];
        private readonly List<long> _pop = [], _gid = [];
        private readonly List<byte> _kind = [];
        private readonly List<int> _offsets = [0];
        private readonly System.Text.StringBuilder _chars = new();

        public int Count => _lat.Count;

        public int Add(Place p)
        {
            _lat.Add(p.Lat); _lon.Add(p.Lon); _pop.Add(p.Population); _gid.Add(p.GeonameId ?? -1); _kind.Add((byte)p.Kind);
            foreach (var s in new[] { p.Id, p.Name, p.Country, p.Admin1 ?? "", p.FeatureCode, p.Admin2 ?? "" })
            {
                _chars.Append(s);
                _offsets.Add(_chars.Length);
            }
            return _lat.Count - 1;
        }

        public PlaceTable Build()
        {
            var chars = new char[_chars.Length];
            _chars.CopyTo(0, chars, chars.Length);
            return new PlaceTable([.. _lat], [.. _lon], [.. _pop], [.. _gid], [.. _kind], [.. _offsets], chars);
        }
    }
}

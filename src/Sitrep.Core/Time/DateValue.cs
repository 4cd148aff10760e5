namespace Sitrep.Time;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision : byte { Day, Week, Month, Year }

/// <summary>A resolved date: a day, a range of days, a month or a year.</summary>
public sealed record DateValue(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateValue Day(DateOnly d) => new(d, d, DatePrecision.Day);

    /// <summary>ACLED time_precision: 1 exact day, 2 within a week or a short range, 3 month or vaguer.</summary>
    public int AcledPrecision => Precision switch
    {
        DatePrecision.Day when Start == End => 1,
        DatePrecision.Day or DatePrecision.Week => (End.DayNumber - Start.DayNumber) <= 7 ? 2 : 3,
        _ => 3,
    };

    /// <summary>The day ACLED would record: the day itself, else the start of the range.</summary>
    public DateOnly Representative => Start;

    /// <summary>ISO form: a day 2017-06-06, a range 2017-06-05/2017-06-07, a whole month 2017-06, a whole year 2014.</summary>
    public string Iso
    {
        get
        {
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            if (Start == End) return Start.ToString("yyyy-MM-dd", inv);
            if (Start.Day == 1 && Start.Month == 1 && End.Month == 12 && End.Day == 31 && Start.Year == End.Year) return Start.Year.ToString("0000", inv);
            if (Start.Day == 1 && End == Start.AddMonths(1).AddDays(-1)) return Start.ToString("yyyy-MM", inv);
            return Start.ToString("yyyy-MM-dd", inv) + "/" + End.ToString("yyyy-MM-dd", inv);
        }
    }

    /// <summary>day, week, month or year.</summary>
    public string PrecisionName => Precision.ToString().ToLowerInvariant();
}

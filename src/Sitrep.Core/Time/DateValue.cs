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

    /// <summary>ISO form: 2017-06-06, 2017-06-05/2017-06-07, 2017-06 or 2014.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Year => Start.Year.ToString("0000"),
        DatePrecision.Month => Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ when Start == End => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}",
    };
}

using System.Collections.Immutable;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Extraction.Time;

/// <summary>
/// Resolves every date expression against the publication date. Weekdays pick the most recent past day (the same day
/// counts) unless the tense is future; "earlier in the day" and "the next day" follow the narrative's current day;
/// vague expressions ("Earlier,") and durations resolve to nothing rather than to an invented day.
/// </summary>
public sealed class TimeResolutionStage : IPipelineStage
{
    public string Name => "time";
    public Annotations Requires => Annotations.Dates | Annotations.PublishedDate;
    public Annotations Provides => Annotations.ResolvedDates;

    public Document Run(Document d, StageContext context)
    {
        var anchor = d.Published;
        DateOnly? narrative = null;
        var result = ImmutableArray.CreateBuilder<DateMention>(d.Dates.Length);
        foreach (var m in d.Dates)
        {
            var value = Resolve(m.Expression, anchor, narrative ?? anchor, FutureContext(d, m));
            if (value is { Precision: DatePrecision.Day } && value.Start == value.End && m.Expression.Kind != DateExpressionKind.Vague)
            {
                int block = d.Sentences[d.SentenceOfToken(m.FirstToken)].Block == BlockKind.Body ? 1 : 0;
                if (block == 1) narrative = value.Start;
            }
            result.Add(m with { Value = value });
        }
        return d with { Dates = result.ToImmutable() };
    }

    /// <summary>"will meet on Monday", "is due to … next week": the sentence looks ahead.</summary>
    private static bool FutureContext(Document d, DateMention m)
    {
        if (m.Expression.Tense == Tense.Future) return true;
        int si = d.SentenceOfToken(m.FirstToken);
        if (si < 0) return false;
        var s = d.Sentences[si];
        for (int k = Math.Max(s.FirstToken, m.FirstToken - 8); k < m.FirstToken; k++)
        {
            var key = d.Key(k);
            if (key is "will" or "shall" or "'ll" or "scheduled" or "due" or "expected" or "planned" or "plans" or "upcoming") return true;
            if (key == "to" && k + 1 < m.FirstToken && d.Key(k + 1) is "meet" or "hold" or "visit" or "begin" or "start" or "resume" or "sign" or "vote" or "travel" or "take") return true;
        }
        return false;
    }

    public static DateValue? Resolve(DateExpression e, DateOnly? published, DateOnly? narrative, bool future)
    {
        switch (e.Kind)
        {
            case DateExpressionKind.Absolute:
            {
                if (e.Month is null || e.Day is null) return null;
                int year = e.Year ?? published?.Year ?? 0;
                if (year == 0 || !TryDate(year, e.Month.Value, e.Day.Value, out var date)) return null;
                // "June 7" without a year in a story from January means last June
                if (e.Year is null && published is not null && !future && date.DayNumber > published.Value.DayNumber + 7 && TryDate(year - 1, e.Month.Value, e.Day.Value, out var prev)) date = prev;
                return DateValue.Day(date);
            }
            case DateExpressionKind.Weekday:
            {
                if (published is null || e.Weekday is null) return null;
                var p = published.Value;
                int delta;
                if (future)
                {
                    delta = ((int)e.Weekday.Value - (int)p.DayOfWeek + 7) % 7;
                    if (delta == 0) delta = 7;
                }
                else
                {
                    delta = -(((int)p.DayOfWeek - (int)e.Weekday.Value + 7) % 7);
                    if (delta == 0 && e.Explicit) delta = -7; // "last Thursday" on a Thursday
                }
                return DateValue.Day(p.AddDays(delta));
            }
            case DateExpressionKind.RelativeDay:
            {
                if (published is null) return null;
                var start = published.Value.AddDays(e.OffsetDays);
                if (e.EndDay is int endOffset) return new DateValue(start, published.Value.AddDays(endOffset), DatePrecision.Week);
                return DateValue.Day(start);
            }
            case DateExpressionKind.SameDay:
                return narrative is null ? null : DateValue.Day(narrative.Value);
            case DateExpressionKind.NarrativeOffset:
                return narrative is null ? null : DateValue.Day(narrative.Value.AddDays(e.OffsetDays));
            case DateExpressionKind.Week:
            {
                if (published is null) return null;
                var p = published.Value;
                int sinceMonday = ((int)p.DayOfWeek + 6) % 7;
                var monday = p.AddDays(-sinceMonday + 7 * e.OffsetWeeks);
                var end = monday.AddDays(6);
                // "this week" in past tense cannot reach beyond the report
                if (e.OffsetWeeks == 0 && !future && end > p) end = p;
                // "this week" in a Monday paper looks back over the past days
                if (e.OffsetWeeks == 0 && !future && monday >= p) monday = p.AddDays(-6);
                return new DateValue(monday, end, DatePrecision.Week);
            }
            case DateExpressionKind.Month:
            {
                if (e.Month is int mo)
                {
                    int year = e.Year ?? published?.Year ?? 0;
                    if (year == 0) return null;
                    if (e.Year is null && published is not null && !future && mo > published.Value.Month) year--;
                    return new DateValue(new DateOnly(year, mo, 1), new DateOnly(year, mo, DateTime.DaysInMonth(year, mo)), DatePrecision.Month);
                }
                if (published is null) return null;
                var first = new DateOnly(published.Value.Year, published.Value.Month, 1).AddMonths(e.OffsetMonths);
                return new DateValue(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
            }
            case DateExpressionKind.Year:
            {
                int? y = e.Year ?? (published is null ? null : published.Value.Year + e.OffsetMonths / 12);
                return y is null ? null : new DateValue(new DateOnly(y.Value, 1, 1), new DateOnly(y.Value, 12, 31), DatePrecision.Year);
            }
            case DateExpressionKind.Since:
            {
                if (e.Year is not int y) return null;
                return new DateValue(new DateOnly(y, e.Month ?? 1, 1), published ?? new DateOnly(y, 12, 31), DatePrecision.Year);
            }
            case DateExpressionKind.Range:
            {
                int year = e.Year ?? published?.Year ?? 0;
                if (year == 0 || e.Month is null || e.Day is null || e.EndDay is null) return null;
                if (e.Year is null && published is not null && !future && e.Month.Value > published.Value.Month) year--;
                if (!TryDate(year, e.Month.Value, e.Day.Value, out var a) || !TryDate(e.EndYear ?? year, e.EndMonth ?? e.Month.Value, e.EndDay.Value, out var b) || b < a) return null;
                return new DateValue(a, b, DatePrecision.Week);
            }
            default:
                return null;
        }
    }

    private static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }
}

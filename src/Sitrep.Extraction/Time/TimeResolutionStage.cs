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
        DateOnly? narrative = null, lastMentioned = null;
        var result = ImmutableArray.CreateBuilder<DateMention>(d.Dates.Length);
        foreach (var m in d.Dates)
        {
            // "the following month" counts from the last date of any precision
            var value = m.Expression is { Kind: DateExpressionKind.NarrativeOffset, OffsetMonths: not 0 }
                ? Resolve(m.Expression, anchor, lastMentioned ?? anchor, false)
                : Resolve(m.Expression, anchor, narrative ?? anchor, FutureContext(d, m));
            if (value is not null && !m.IsDateline) lastMentioned = value.Start;
            if (value is { Precision: DatePrecision.Day } && value.Start == value.End && m.Expression.Kind != DateExpressionKind.Vague)
            {
                int block = d.Sentences[d.SentenceOfToken(m.FirstToken)].Block == BlockKind.Body ? 1 : 0;
                if (block == 1) narrative = value.Start;
            }
            result.Add(m with { Value = value });
        }
        return d with { Dates = result.ToImmutable() };
    }

    /// <summary>
    /// "will meet on Monday", "is due to deliver aid on Thursday", "a ceasefire starting on Monday", "On Tuesday the talks
    /// will kick off": the clause looks ahead. Only the words before the date count, back to a reporting verb — except
    /// for a sentence-initial date, where the main verb after it decides.
    /// </summary>
    private static bool FutureContext(Document d, DateMention m)
    {
        if (m.Expression.Tense == Tense.Future) return true;
        int si = d.SentenceOfToken(m.FirstToken);
        if (si < 0) return false;
        var s = d.Sentences[si];
        for (int k = m.FirstToken - 1; k >= Math.Max(s.FirstToken, m.FirstToken - 10); k--)
        {
            var key = d.Key(k);
            if (key is "said" or "says" or "told" or "announced" or "reported" or ";") break;
            if (IsFutureMarker(d, k, m.FirstToken)) return true;
        }
        if (m.FirstToken - s.FirstToken <= 1)
        {
            for (int k = m.EndToken; k < s.EndToken; k++)
            {
                var key = d.Key(k);
                if (key is "said" or "says" or "told" or "was" or "were" or "had" or "did") break;
                if (key is "will" or "shall" or "'ll") return true;
            }
        }
        return false;
    }

    private static bool IsFutureMarker(Document d, int k, int limit)
    {
        var key = d.Key(k);
        // ("injured due to a car bomb": a cause, not a schedule)
        if (key == "due" && k + 2 < limit && d.Key(k + 1) == "to" && d.Key(k + 2) is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "this" or "that" or "these" or "those" or "lack") return false;
        if (key is "will" or "shall" or "'ll" or "would" or "scheduled" or "due" or "expected" or "planned" or "plans" or "plan" or "upcoming" or "starting" or "set" or "slated" or "until" or "next") return true;
        if (key == "to" && k + 1 < limit && d.Key(k + 1) is "be" or "meet" or "hold" or "visit" or "begin" or "start" or "resume" or "sign" or "vote" or "travel" or "take" or "deliver") return true;
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
                    // "will meet on Friday" in a Friday paper is, in news, later that day
                    delta = ((int)e.Weekday.Value - (int)p.DayOfWeek + 7) % 7;
                    if (delta == 0 && e.Explicit) delta = 7;
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
                if (narrative is null) return null;
                if (e.OffsetMonths != 0)
                {
                    var m0 = new DateOnly(narrative.Value.Year, narrative.Value.Month, 1).AddMonths(e.OffsetMonths);
                    return e.OffsetMonths % 12 == 0
                        ? new DateValue(new DateOnly(m0.Year, 1, 1), new DateOnly(m0.Year, 12, 31), DatePrecision.Year)
                        : new DateValue(m0, m0.AddMonths(1).AddDays(-1), DatePrecision.Month);
                }
                return DateValue.Day(narrative.Value.AddDays(e.OffsetDays));
            case DateExpressionKind.Week:
            {
                if (published is null) return null;
                var p = published.Value;
                int sinceMonday = ((int)p.DayOfWeek + 6) % 7;
                var monday = p.AddDays(-sinceMonday + 7 * e.OffsetWeeks);
                var end = monday.AddDays(6);
                if (e.Weekend)
                {
                    var saturday = monday.AddDays(5);
                    // "over the weekend" in a Monday paper is the one just gone; a Sunday paper's includes today
                    if (e.OffsetWeeks == 0 && !future && saturday > p) saturday = saturday.AddDays(-7);
                    return new DateValue(saturday, saturday.AddDays(1) > p && !future && e.OffsetWeeks == 0 ? p : saturday.AddDays(1), DatePrecision.Week);
                }
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
                    int year = e.Year ?? (e.RelativeYear is int rel && published is not null ? published.Value.Year + rel : published?.Year ?? 0);
                    if (year == 0) return null;
                    if (e.Year is null && e.RelativeYear is null && published is not null && !future && mo > published.Value.Month) year--;
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
                int? y = e.Year ?? (e.RelativeYear is int rel2 && published is not null ? published.Value.Year + rel2 : null);
                // "since April": the latest April before the report
                if (y is null && e.Month is int sm && published is not null) y = sm > published.Value.Month ? published.Value.Year - 1 : published.Value.Year;
                if (y is null) return null;
                return new DateValue(new DateOnly(y.Value, e.Month ?? 1, 1), published ?? new DateOnly(y.Value, 12, 31), DatePrecision.Year);
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

using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Extraction.Recognition;

/// <summary>Recognises date expressions in one sentence by walking its tokens (no regexes on the hot path).</summary>
internal sealed class DateScanner
{
    /// <summary>Month names and their abbreviations, folded, with the month's number.</summary>
    internal static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, DayOfWeek> WeekdayAbbreviations = new Dictionary<string, DayOfWeek>
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["several"] = 3, ["few"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Document _d;
    private readonly int _end;

    private DateScanner(Document d, int end) { _d = d; _end = end; }

    public static void Scan(Document d, Sentence s, List<DateMention> into)
    {
        var scanner = new DateScanner(d, s.EndToken);
        var found = new List<DateMention>();
        int i = s.FirstToken;
        while (i < s.EndToken)
        {
            var m = scanner.At(i, s.FirstToken);
            if (m is null) { i++; continue; }
            found.Add(m);
            i = m.EndToken;
        }
        into.AddRange(scanner.MergeRanges(found));
    }

    /// <summary>"between April 27 and May 18", "between May 2011 and August 2013", "December 11 and 12 2016": one range.</summary>
    private List<DateMention> MergeRanges(List<DateMention> found)
    {
        var result = new List<DateMention>(found.Count);
        for (int k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (k + 1 < found.Count)
            {
                var b = found[k + 1];
                bool joined = b.FirstToken == a.EndToken + 1 && K(a.EndToken) is "and" or "to" or "until" or "-" or "through";
                bool between = K(a.FirstToken - 1) is "between" or "from" || K(a.FirstToken) is "between" or "from";
                if (joined && (between || K(a.EndToken) is "to" or "until" or "through")
                    && a.Expression.Kind is DateExpressionKind.Absolute or DateExpressionKind.Month && b.Expression.Kind is DateExpressionKind.Absolute or DateExpressionKind.Month)
                {
                    int first = K(a.FirstToken - 1) is "between" or "from" ? a.FirstToken - 1 : a.FirstToken;
                    var e = new DateExpression(DateExpressionKind.Range)
                    {
                        Day = a.Expression.Day ?? 1, Month = a.Expression.Month, Year = a.Expression.Year ?? b.Expression.Year,
                        EndDay = b.Expression.Day ?? (b.Expression.Month is int bm && (b.Expression.Year ?? a.Expression.Year) is int by ? DateTime.DaysInMonth(by, bm) : 28),
                        EndMonth = b.Expression.Month, EndYear = b.Expression.Year ?? a.Expression.Year,
                    };
                    result.Add(Make(first, b.EndToken, e));
                    k++;
                    continue;
                }
            }
            result.Add(a);
        }
        return result;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
        { "on", "until", "by", "as", "and", "but", "so", "since", "from", "for", "of", "only", "even", "earlier", "later", "also", "again", "still", "then", "now", "here", "there" };

    private string K(int i) => i >= 0 && i < _end ? _d.Tokens[i].Key : "";
    private bool IsNum(int i) => i < _end && _d.Tokens[i].Kind == TokenKind.Number;

    private int? Int(int i, int min, int max)
    {
        if (i >= _end) return null;
        var key = K(i);
        // "7th", "1st"
        int n = 0, k = 0;
        while (k < key.Length && char.IsAsciiDigit(key[k])) { n = n * 10 + (key[k] - '0'); k++; if (n > 100000) return null; }
        if (k == 0) return null;
        var rest = key.AsSpan(k);
        if (rest.Length > 0 && rest is not ("st" or "nd" or "rd" or "th")) return null;
        return n >= min && n <= max ? n : null;
    }

    private int? Year(int i) => IsNum(i) && K(i).Length == 4 ? Int(i, 1900, 2100) : null;

    private int? Month(int i)
    {
        if (i >= _end) return null;
        var key = K(i);
        if (key.EndsWith('.')) key = key[..^1];
        if (!Months.TryGetValue(key, out var m)) return null;
        // "may" is a month only when capitalised and next to a number
        if (m == 5 && key == "may" && !(_d.IsCapitalised(i) && (IsNum(i + 1) || IsNum(i - 1) || K(i - 1) is "in" or "since" or "early" or "late" or "mid" or "last" or "until" or "of" or "during"))) return null;
        if (key.Length <= 4 && key != "june" && key != "july" && key != "may" && !_d.IsCapitalised(i)) return null;
        return m;
    }

    private DateMention Make(int first, int end, DateExpression e) => new(_d.SpanOf(first, end), first, end, e);

    private int SkipComma(int i) => i < _end && _d.IsPunct(i, ',') ? i + 1 : i;

    private DateMention? At(int i, int sentenceStart)
    {
        var key = K(i);
        if (_d.Tokens[i].Kind == TokenKind.Number) return Numeric(i);

        // "Tuesdays executions" (possessive with the apostrophe stripped) — not "on Tuesdays" (habitual)
        if (key.Length > 6 && key.EndsWith('s') && Weekdays.TryGetValue(key[..^1], out var possessive) && _d.IsCapitalised(i) && K(i - 1) is not ("on" or "every"))
            return Make(i, i + 1, new DateExpression(DateExpressionKind.Weekday) { Weekday = possessive });
        if (Weekdays.TryGetValue(key, out var wd) || (WeekdayAbbreviations.TryGetValue(key, out wd) && _d.IsCapitalised(i) && (IsNum(SkipComma(i + 1)) || Month(SkipComma(i + 1)) is not null)))
        {
            int j = SkipComma(i + 1);
            var abs = AbsoluteAt(j);
            if (abs is not null) return Make(i, abs.EndToken, abs.Expression with { Weekday = wd });
            if (!Weekdays.ContainsKey(key)) return null;
            int first = i, end = i + 1;
            bool isExplicit = false; var tense = Tense.Past;
            var prev = K(i - 1);
            if (prev is "last" or "past") { first = i - 1; isExplicit = true; }
            else if (prev is "next" or "coming") { first = i - 1; isExplicit = true; tense = Tense.Future; }
            else if (prev is "on" or "this" or "by" or "until" or "since" or "from") first = i - 1;
            if (K(end) is "night" or "morning" or "evening" or "afternoon") end++;
            return Make(first, end, new DateExpression(DateExpressionKind.Weekday) { Weekday = wd, Explicit = isExplicit, Tense = tense });
        }

        var absolute = AbsoluteAt(i);
        if (absolute is not null) return absolute;

        if (key.StartsWith("mid-", StringComparison.Ordinal) && Months.TryGetValue(key[4..], out var midMonth))
        {
            // "mid-June": the middle ten days
            var y = Year(i + 1);
            return Make(i, y is null ? i + 1 : i + 2, new DateExpression(DateExpressionKind.Range) { Month = midMonth, Year = y, Day = 11, EndDay = 20, EndMonth = midMonth, EndYear = y });
        }

        var mo = Month(i);
        if (mo is not null)
        {
            var y = Year(i + 1);
            if (y is not null && K(i - 1) == "since") return Make(i - 1, i + 2, new DateExpression(DateExpressionKind.Since) { Month = mo, Year = y });
            if (y is not null) return Make(i, i + 2, new DateExpression(DateExpressionKind.Month) { Month = mo, Year = y });
            // "August last year", "in June last year"
            if (K(i + 1) is "last" or "this" or "next" && K(i + 2) == "year")
            {
                int first = K(i - 1) is "in" or "during" or "since" or "until" ? i - 1 : i;
                int rel = K(i + 1) switch { "last" => -1, "next" => 1, _ => 0 };
                return Make(first, i + 3, new DateExpression(K(i - 1) == "since" ? DateExpressionKind.Since : DateExpressionKind.Month) { Month = mo, RelativeYear = rel });
            }
            if (K(i - 1) is "in" or "since" or "during" or "early" or "late" or "last" or "until" or "by")
                return Make(i - 1, i + 1, new DateExpression(K(i - 1) == "since" ? DateExpressionKind.Since : DateExpressionKind.Month) { Month = mo });
            return null;
        }

        switch (key)
        {
            case "yesterday": return Make(i, i + 1, new DateExpression(DateExpressionKind.RelativeDay) { OffsetDays = -1 });
            // ("Ariha Today", "USA Today", "Russia Today": a name ending in a capitalised "Today" is an outlet, not a day)
            // (a title-case headline ending "… on Rural Homs Today." keeps its day: the outlet's name goes on into the sentence)
            case "today" when i > 0 && _d.IsCapitalised(i) && !_d.IsAllCaps(i) && _d.Tokens[i - 1].Kind == TokenKind.Word && _d.IsCapitalised(i - 1)
                              && i + 1 < _end && _d.Tokens[i + 1].Kind == TokenKind.Word
                              && !FunctionWords.Contains(K(i - 1)) && !Weekdays.ContainsKey(K(i - 1)) && Months.GetValueOrDefault(K(i - 1)) == 0:
                return null;
            case "today": return Make(i, i + 1, new DateExpression(DateExpressionKind.RelativeDay) { OffsetDays = 0 });
            case "tonight": return Make(i, i + 1, new DateExpression(DateExpressionKind.RelativeDay) { OffsetDays = 0, Tense = Tense.Future });
            case "tomorrow": return Make(i, i + 1, new DateExpression(DateExpressionKind.RelativeDay) { OffsetDays = 1, Tense = Tense.Future });
            case "overnight": return Make(i, i + 1, new DateExpression(DateExpressionKind.RelativeDay) { OffsetDays = -1, EndDay = 0 });
            case "recently" or "lately" or "previously": return Make(i, i + 1, new DateExpression(DateExpressionKind.Vague));
        }

        if (key == "last" && K(i + 1) == "night") return Make(i, i + 2, new DateExpression(DateExpressionKind.RelativeDay) { OffsetDays = -1 });
        if (key == "this" && K(i + 1) is "morning" or "afternoon" or "evening") return Make(i, i + 2, new DateExpression(DateExpressionKind.RelativeDay) { OffsetDays = 0 });

        if (key is "earlier" or "later")
        {
            // "earlier in the day", "later that day", "earlier today", "earlier this week"
            if (K(i + 1) == "in" && K(i + 2) == "the" && K(i + 3) == "day") return Make(i, i + 4, new DateExpression(DateExpressionKind.SameDay));
            if (K(i + 1) is "that" or "the" && K(i + 2) == "day") return Make(i, i + 3, new DateExpression(DateExpressionKind.SameDay));
            if (K(i + 1) == "today") return Make(i, i + 2, new DateExpression(DateExpressionKind.RelativeDay) { OffsetDays = 0 });
            if (K(i + 1) == "this" && K(i + 2) == "week") return Make(i, i + 3, new DateExpression(DateExpressionKind.Week) { OffsetWeeks = 0, Tense = Tense.Past });
            if (K(i + 1) == "this" && K(i + 2) == "month") return Make(i, i + 3, new DateExpression(DateExpressionKind.Month) { OffsetMonths = 0 });
            if (K(i + 1) == "this" && K(i + 2) == "year") return Make(i, i + 3, new DateExpression(DateExpressionKind.Year) { Explicit = true });
            if (key == "earlier" && K(i - 1) is not ("a" or "an" or "the" or "days" or "weeks" or "months" or "years" or "day" or "week" or "month" or "year" or "hours"))
                return Make(i, i + 1, new DateExpression(DateExpressionKind.Vague));
            return null;
        }

        if (key is "the" or "a" && K(i + 1) is "next" or "following" or "previous" or "same" && K(i + 2) is "day" or "morning" or "night")
        {
            int off = K(i + 1) switch { "next" or "following" => 1, "previous" => -1, _ => 0 };
            return Make(i, i + 3, new DateExpression(off == 0 ? DateExpressionKind.SameDay : DateExpressionKind.NarrativeOffset) { OffsetDays = off });
        }
        if (key is "the" && K(i + 1) == "day" && K(i + 2) is "before" or "after" && K(i + 3) is not ("the" or "a" or "his" or "its" or "their"))
            return Make(i, i + 3, new DateExpression(DateExpressionKind.NarrativeOffset) { OffsetDays = K(i + 2) == "before" ? -1 : 1 });
        if (key is "a" or "one" && K(i + 1) == "day" && K(i + 2) is "later" or "earlier")
            return Make(i, i + 3, new DateExpression(DateExpressionKind.NarrativeOffset) { OffsetDays = K(i + 2) == "later" ? 1 : -1 });

        // "on that day", "that same day": the narrative's current day
        if (key == "that" && (K(i + 1) == "day" || (K(i + 1) == "same" && K(i + 2) == "day")) && K(i - 1) is "on" or "," or "entered" or "later" or "" || (key == "that" && K(i + 1) == "day" && K(i + 2) is "." or "," or ""))
            return Make(i, K(i + 1) == "same" ? i + 3 : i + 2, new DateExpression(DateExpressionKind.SameDay));
        if (key is "the" && K(i + 1) is "following" or "next" or "previous" && K(i + 2) is "month" or "year")
        {
            int off = K(i + 1) == "previous" ? -1 : 1;
            return Make(i, i + 3, new DateExpression(DateExpressionKind.NarrativeOffset) { OffsetMonths = K(i + 2) == "month" ? off : 12 * off });
        }
        // "destroyed over the weekend", "clashes at the weekend"
        if (key is "over" or "at" or "during" && K(i + 1) == "the" && K(i + 2) == "weekend")
            return Make(i, i + 3, new DateExpression(DateExpressionKind.Week) { Weekend = true });
        if (key is "this" or "last" or "next" or "past" && K(i + 1) is "week" or "month" or "year" or "weekend")
        {
            int off = key switch { "last" or "past" => -1, "next" => 1, _ => 0 };
            var tense = off > 0 ? Tense.Future : Tense.Past;
            return K(i + 1) switch
            {
                "week" or "weekend" => Make(i, i + 2, new DateExpression(DateExpressionKind.Week) { OffsetWeeks = off, Tense = tense, Weekend = K(i + 1) == "weekend" }),
                "month" => Make(i, i + 2, new DateExpression(DateExpressionKind.Month) { OffsetMonths = off, Tense = tense }),
                _ => Make(i, i + 2, new DateExpression(DateExpressionKind.Year) { OffsetMonths = off * 12, Explicit = true, Tense = tense }),
            };
        }

        if (key == "in" && K(i + 1) is "recent" or "the" && K(i + 2) is "days" or "weeks" or "months" or "past" or "recent")
        {
            int e = i + 3;
            if (K(i + 2) is "past" or "recent") { if (K(i + 3) is not ("days" or "weeks" or "months")) return null; e = i + 4; }
            return Make(i, e, new DateExpression(DateExpressionKind.Vague));
        }

        if (key == "for" && K(i + 1) is "months" or "years" or "weeks" or "days" or "decades")
            return Make(i, i + 2, new DateExpression(DateExpressionKind.Duration));
        if (key == "for" && (NumberWords.ContainsKey(K(i + 1)) || IsNum(i + 1)) && K(i + 2) is "months" or "years" or "weeks" or "days" or "decades")
            return Make(i, i + 3, new DateExpression(DateExpressionKind.Duration));

        if (NumberWords.TryGetValue(key, out var nw) && K(i + 1) is "days" or "day" or "weeks" or "week" && K(i + 2) == "ago")
            return Ago(i, nw);

        if (key == "between" && Int(i + 1, 1, 31) is int b1 && K(i + 2) == "and" && Int(i + 3, 1, 31) is int b2)
        {
            int mi = K(i + 4) == "of" ? i + 5 : i + 4;
            if (Month(mi) is int bm)
            {
                var y = Year(mi + 1);
                return Make(i, y is null ? mi + 1 : mi + 2, new DateExpression(DateExpressionKind.Range) { Day = b1, Month = bm, Year = y, EndDay = b2, EndMonth = bm, EndYear = y });
            }
        }
        return null;
    }

    private DateMention Ago(int i, int n)
    {
        bool weeks = K(i + 1).StartsWith("week", StringComparison.Ordinal);
        return Make(i, i + 3, new DateExpression(weeks ? DateExpressionKind.Week : DateExpressionKind.RelativeDay) { OffsetDays = weeks ? 0 : -n, OffsetWeeks = weeks ? -n : 0 });
    }

    private DateMention? Numeric(int i)
    {
        var key = K(i);
        // 2017-06-07, 7/6/2017, 06.07.2017
        if (key.Length >= 8 && key.Length <= 10 && (key.Contains('-') || key.Contains('/') || key.Contains('.')))
        {
            var parts = key.Split('-', '/', '.');
            if (parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
            {
                int a = int.Parse(parts[0], CultureInfo.InvariantCulture), b = int.Parse(parts[1], CultureInfo.InvariantCulture), c = int.Parse(parts[2], CultureInfo.InvariantCulture);
                int y, mo, da;
                if (parts[0].Length == 4) { y = a; mo = b; da = c; }
                else if (parts[2].Length == 4) { y = c; (da, mo) = a > 12 ? (a, b) : b > 12 ? (b, a) : (a, b); }
                else return null;
                if (mo is < 1 or > 12 || da is < 1 or > 31) return null;
                return Make(i, i + 1, new DateExpression(DateExpressionKind.Absolute) { Year = y, Month = mo, Day = da });
            }
        }
        var abs = AbsoluteAt(i);
        if (abs is not null) return abs;
        var year = Year(i);
        if (year is not null)
        {
            var prev = K(i - 1);
            if (prev is "early" or "late" or "mid" && K(i - 2) == "in") return Make(i - 2, i + 1, new DateExpression(DateExpressionKind.Year) { Year = year });
            if (prev is "in" or "during" or "by" or "of" or "until" or "from" or "throughout")
                return Make(i - 1, i + 1, new DateExpression(DateExpressionKind.Year) { Year = year });
            if (prev == "since") return Make(i - 1, i + 1, new DateExpression(DateExpressionKind.Since) { Year = year });
            // "in 2014 and 2015": the second year of a pair
            if (prev is "and" or "or" && Year(i - 2) is not null) return Make(i, i + 1, new DateExpression(DateExpressionKind.Year) { Year = year });
            return null;
        }
        if (Int(i, 1, 31) is int n && K(i + 1) is "days" or "weeks" or "day" or "week" && K(i + 2) == "ago") return Ago(i, n);
        if (K(i - 1) == "between" && Int(i, 1, 31) is int d1 && K(i + 1) == "and" && Int(i + 2, 1, 31) is int d2 && Month(i + 3) is int m)
        {
            var y = Year(i + 4);
            return Make(i - 1, y is null ? i + 4 : i + 5, new DateExpression(DateExpressionKind.Range) { Day = d1, Month = m, Year = y, EndDay = d2, EndMonth = m, EndYear = y });
        }
        return null;
    }

    /// <summary>"7 June 2017", "June 7, 2017", "7th of June", "June 7".</summary>
    private DateMention? AbsoluteAt(int i)
    {
        if (i >= _end) return null;
        var day = Int(i, 1, 31);
        if (day is not null)
        {
            int j = i + 1;
            if (K(j) == "of") j++;
            var m = Month(j);
            if (m is null) return null;
            int k = SkipComma(j + 1);
            var y = Year(k);
            return Make(i, y is null ? j + 1 : k + 1, new DateExpression(DateExpressionKind.Absolute) { Day = day, Month = m, Year = y });
        }
        var mo = Month(i);
        if (mo is not null)
        {
            // "May 3-4"
            if (IsNum(i + 1) && K(i + 1).Split('-') is [var r1, var r2] && int.TryParse(r1, out var rd1) && int.TryParse(r2, out var rd2) && rd1 is >= 1 and <= 31 && rd2 >= rd1 && rd2 <= 31)
            {
                var ry = Year(SkipComma(i + 2));
                return Make(i, ry is null ? i + 2 : SkipComma(i + 2) + 1, new DateExpression(DateExpressionKind.Range) { Day = rd1, EndDay = rd2, Month = mo, EndMonth = mo, Year = ry, EndYear = ry });
            }
            // "Apr 232017": scraped pages that strip the comma of "Apr 23, 2017" glue the day to the year
            if (IsNum(i + 1) && K(i + 1) is { Length: 6 } glued && glued.All(char.IsAsciiDigit)
                && int.Parse(glued[..2], CultureInfo.InvariantCulture) is >= 1 and <= 31 and var gd && int.Parse(glued[2..], CultureInfo.InvariantCulture) is >= 1900 and <= 2100 and var gy)
                return Make(i, i + 2, new DateExpression(DateExpressionKind.Absolute) { Day = gd, Month = mo, Year = gy });
            var d2 = Int(i + 1, 1, 31);
            if (d2 is null || (IsNum(i + 1) && K(i + 1).Length == 4 && K(i + 1).All(char.IsAsciiDigit))) return null;
            // "December 11 and 12 2016"
            if (K(i + 2) == "and" && Int(i + 3, 1, 31) is int d3 && d3 > d2)
            {
                var ry = Year(SkipComma(i + 4));
                return Make(i, ry is null ? i + 4 : SkipComma(i + 4) + 1, new DateExpression(DateExpressionKind.Range) { Day = d2, EndDay = d3, Month = mo, EndMonth = mo, Year = ry, EndYear = ry });
            }
            // "June 5-7" is a range
            int k = SkipComma(i + 2);
            var y = Year(k);
            return Make(i, y is null ? i + 2 : k + 1, new DateExpression(DateExpressionKind.Absolute) { Day = d2, Month = mo, Year = y });
        }
        return null;
    }
}

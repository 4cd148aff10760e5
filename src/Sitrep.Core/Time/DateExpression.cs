namespace Sitrep.Time;

/// <summary>The shape of a date expression before it is resolved against the publication date.</summary>
public enum DateExpressionKind : byte
{
    /// <summary>"June 7, 2017", "7 June", "2017-06-07", "7/6/2017".</summary>
    Absolute,
    /// <summary>"on Tuesday", "last Friday".</summary>
    Weekday,
    /// <summary>"yesterday", "today", "two days ago", "tomorrow" (OffsetDays).</summary>
    RelativeDay,
    /// <summary>"earlier in the day", "later that day": the narrative's current day.</summary>
    SameDay,
    /// <summary>"the next day", "the day before": offset from the narrative's current day.</summary>
    NarrativeOffset,
    /// <summary>"this week", "last week".</summary>
    Week,
    /// <summary>"in June", "last month", "June 2017".</summary>
    Month,
    /// <summary>"in 2014".</summary>
    Year,
    /// <summary>"since 2014": background reaching to the present.</summary>
    Since,
    /// <summary>"between 5 and 7 June".</summary>
    Range,
    /// <summary>"earlier", "recently", "in recent days": no day can be named.</summary>
    Vague,
    /// <summary>"for months", "for years": a duration, not a date.</summary>
    Duration,
}

/// <summary>Grammatical orientation that picks between the previous and the next weekday.</summary>
public enum Tense : byte { Past, Future }

/// <summary>A recognised date expression with its parts; unknown parts are null.</summary>
public sealed record DateExpression(DateExpressionKind Kind)
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public DayOfWeek? Weekday { get; init; }
    public int OffsetDays { get; init; }
    public int OffsetWeeks { get; init; }
    /// <summary>"last weekend", "over the weekend": only the Saturday and Sunday of the week.</summary>
    public bool Weekend { get; init; }
    public int OffsetMonths { get; init; }
    /// <summary>"August last year": the year relative to the publication year.</summary>
    public int? RelativeYear { get; init; }
    public int? EndDay { get; init; }
    public int? EndMonth { get; init; }
    public int? EndYear { get; init; }
    public Tense Tense { get; init; } = Tense.Past;
    /// <summary>For weekdays: "last Friday" forces the previous week, "next Friday" the next one.</summary>
    public bool Explicit { get; init; }
}

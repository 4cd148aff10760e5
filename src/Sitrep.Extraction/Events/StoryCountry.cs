using Sitrep.Text;

namespace Sitrep.Extraction.Events;

/// <summary>How the story's placed toponyms vote for its country; modifiers ("Saudi-led") and country-less places abstain.</summary>
internal static class StoryCountry
{
    /// <summary>Countries by votes, most first (ties in order of first mention), each with the span of its first mention.</summary>
    public static List<(string Country, int Votes, TextSpan First)> Votes(Document d)
    {
        var votes = new List<(string Country, int Votes, TextSpan First)>();
        foreach (var p in d.Places)
        {
            // (a continent or sea has no country: "Africa Corps" is no vote for one)
            if (p.Resolved is not { } r || p.Modifier || r.Country.Length == 0) continue;
            int i = votes.FindIndex(v => v.Country == r.Country);
            if (i < 0) votes.Add((r.Country, 1, p.Span));
            else votes[i] = (r.Country, votes[i].Votes + 1, votes[i].First);
        }
        // (a stable sort: equal votes keep the order of first mention)
        return votes.OrderByDescending(v => v.Votes).ToList();
    }

    /// <summary>The country most of the story's placed toponyms lie in, or null when none is placed.</summary>
    public static string? Plurality(Document d) => Votes(d) is [var top, ..] ? top.Country : null;

    /// <summary>The country at least half the story's placed toponyms lie in, with its first mention; null without one.</summary>
    public static (string Country, TextSpan Span)? Majority(Document d)
    {
        var votes = Votes(d);
        if (votes.Count == 0) return null;
        return votes[0].Votes / (double)votes.Sum(v => v.Votes) >= 0.5 ? (votes[0].Country, votes[0].First) : null;
    }
}

using System.Collections.Immutable;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Recognition;

/// <summary>Finds weapon words ("armed drone", "F-15 fighter jet", "barrel bombs") by longest lexicon match, outside place names.</summary>
public sealed class WeaponRecognitionStage : IPipelineStage
{
    public string Name => "weapons";
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;
    public Annotations Provides => Annotations.Weapons;

    public Document Run(Document d, StageContext context)
    {
        var lex = context.Resources.Weapons.Entries;
        var result = ImmutableArray.CreateBuilder<WeaponMention>();
        foreach (var s in d.Sentences)
        {
            int i = s.FirstToken;
            while (i < s.EndToken)
            {
                var (len, entries) = d.Tokens[i].Kind == TokenKind.Punctuation ? (0, []) : lex.Match(d.Tokens.AsSpan(), i, s.EndToken);
                if (len == 0) { i++; continue; }
                // "Baton Rouge": a weapon's common noun capitalised at the head of a longer place name is part of that name
                if (d.IsCapitalised(i) && context.Resources.CommonWords.Contains(d.Key(i))
                    && context.Resources.Gazetteer.Names.Match(d.Tokens.AsSpan(), i, s.EndToken).Length > len) { i++; continue; }
                result.Add(new WeaponMention(d.SpanOf(i, i + len), i, i + len, entries[0].Name, entries[0].Class));
                i += len;
            }
        }
        return d with { Weapons = result.ToImmutable() };
    }
}

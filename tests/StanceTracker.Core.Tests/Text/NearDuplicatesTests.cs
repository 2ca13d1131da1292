using StanceTracker.Core.Text;

namespace StanceTracker.Core.Tests.Text;

/// <summary>
/// Golden cases for the wire-copy rule, shaped as agencies' copy is re-published: the same words under other
/// boilerplate must merge; statements that differ in what they say, however little, must not.
/// </summary>
public sealed class NearDuplicatesTests
{
    private const string Quote = "We will not send ground troops to Ukraine, but we will keep sending air defence systems for as long as it takes";

    public static TheoryData<string, string> Copies => new()
    {
        // Case, curly quotes, dashes and punctuation.
        { Quote, "we will NOT send ground troops to Ukraine \u2014 but we\u2019ll keep sending air defence systems for as long as it takes!".Replace("we\u2019ll", "we will", StringComparison.Ordinal) },
        { "\u201CRussia\u2019s demands on the alliance are unacceptable to every one of our allies,\u201D", "\"Russia's demands on the alliance are unacceptable to every one of our allies.\"" },
        // Attribution tails.
        { $"{Quote}, he said.", $"{Quote}, she told reporters on Tuesday." },
        { $"{Quote}, the chancellor said.", $"{Quote}, Scholz told reporters." },
        // Datelines.
        { $"KYIV, March 3 (Reuters) - {Quote}", Quote },
        { $"MOSCOW (AP) \u2014 {Quote}", $"BERLIN \u2013 {Quote}" },
        { $"(Reuters) - {Quote}", $"{Quote}." },
        // Accents and the writing of numbers.
        { "Nous n'enverrons pas de troupes en Ukraine, a d\u00E9clar\u00E9 Macron, qui promet 7,000 obus.", "Nous n'enverrons pas de troupes en Ukraine, a declare Macron, qui promet 7000 obus." },
        // Ten words once the attribution is left out: just long enough.
        { "Ukraine will hold elections as soon as martial law ends, Zelensky said.", "\"Ukraine will hold elections as soon as martial law ends.\"" },
    };

    // Formulas a speaker says again at each event, as the presidential releases have them: the same words are not one
    // text re-published, and a short greeting differs only in a name.
    public static TheoryData<string, string> ShortFormulas => new()
    {
        { "Glory to Ukraine!", "Glory to Ukraine." },
        { "Eternal memory to all who died for Ukraine!", "Eternal memory to all who died for Ukraine!" },
        { "Eternal glory to all who stood up for our state!", "Eternal glory to all who stood up for our state!" },
        { "President of Russia Vladimir Putin: Good afternoon, Mr Mazur.", "President of Russia Vladimir Putin: Good afternoon, Mr Zaitsev." },
        { "Thank you very much for your attention.", "Thank you very much for your attention." },
    };

    public static TheoryData<string, string> Different => new()
    {
        // Negation added, or moved from one verb to another.
        { "We will send troops to Ukraine.", "We will not send troops to Ukraine." },
        { "We will send troops to Ukraine.", "We won't send troops to Ukraine." },
        { "We will not send troops, but we will send weapons to Kyiv.", "We will send troops, but we will not send weapons to Kyiv." },
        // Other numbers.
        { "Germany will deliver 5,000 helmets to Ukraine next week.", "Germany will deliver 10,000 helmets to Ukraine next week." },
        { "Germany will deliver two air defence systems to Ukraine.", "Germany will deliver three air defence systems to Ukraine." },
        // One changed word in a short statement.
        { "We will support Ukraine's membership in NATO.", "We will support Ukraine's membership in the EU." },
        // Another statement altogether.
        { Quote, "Sanctions against Russia must be tightened before the summit in Madrid." },
        // The same opening, another claim.
        { "The sanctions are working and the Russian economy is suffering badly.", "The sanctions are working, and they should be extended to oil and gas imports." },
    };

    [Theory]
    [MemberData(nameof(Copies))]
    public void Copies_under_other_boilerplate_merge(string first, string second)
    {
        var a = NearDuplicates.Fingerprint(first);
        var b = NearDuplicates.Fingerprint(second);

        Assert.True(NearDuplicates.AreCopies(a, b), $"Jaccard {NearDuplicates.Jaccard(a, b):0.00}");
        Assert.True(NearDuplicates.AreCopies(b, a));
        // Every copy must get past the cheap candidate filter, or the exact check never sees it.
        Assert.True(NearDuplicates.MayBeCopies(a.SimHash, b.SimHash), $"{System.Numerics.BitOperations.PopCount(a.SimHash ^ b.SimHash)} bits apart");
    }

    [Theory]
    [MemberData(nameof(Different))]
    public void Statements_that_say_something_else_do_not_merge(string first, string second)
    {
        var a = NearDuplicates.Fingerprint(first);
        var b = NearDuplicates.Fingerprint(second);

        Assert.False(NearDuplicates.AreCopies(a, b), $"Jaccard {NearDuplicates.Jaccard(a, b):0.00}");
        Assert.False(NearDuplicates.AreCopies(b, a));
    }

    [Theory]
    [MemberData(nameof(ShortFormulas))]
    public void Short_formulas_are_never_copies(string first, string second)
    {
        var a = NearDuplicates.Fingerprint(first);
        var b = NearDuplicates.Fingerprint(second);

        Assert.InRange(NearDuplicates.Words(first).Count, 1, NearDuplicates.MinWords + 2);
        Assert.False(NearDuplicates.AreCopies(a, b), $"Jaccard {NearDuplicates.Jaccard(a, b):0.00}");
    }

    [Fact]
    public void Attribution_naming_the_speaker_differently_costs_a_few_trigrams_and_stays_above_the_bar()
    {
        var twelveWords = "Our country is ready to talk about security guarantees with every neighbour now";
        var a = NearDuplicates.Fingerprint($"{twelveWords}, Macron said.");
        var b = NearDuplicates.Fingerprint($"{twelveWords}, the French president told reporters.");

        var jaccard = NearDuplicates.Jaccard(a, b);

        Assert.InRange(jaccard, NearDuplicates.MinJaccard, 0.95);
        Assert.True(NearDuplicates.AreCopies(a, b));
    }

    [Fact]
    public void Words_are_folded_and_numbers_kept_whole()
    {
        Assert.Equal(["russia's", "7000", "troops", "cost", "1.5", "billion", "don't", "zurich"],
            NearDuplicates.Words("RUSSIA\u2019S 7,000 troops \u2014 cost: 1.5 billion; \u201Cdon't\u201D Z\u00FCrich"));
        Assert.Empty(NearDuplicates.Words(" \u2014 !? \u201C\u201D "));
    }

    [Theory]
    [InlineData("KYIV, March 3 (Reuters) - Troops moved.", "Troops moved.")]
    [InlineData("MOSCOW (AP) \u2014 Troops moved.", "Troops moved.")]
    [InlineData("NEW YORK, Feb. 24, 2022 (AFP) -- Troops moved.", "Troops moved.")]
    [InlineData("(Reuters) - Troops moved.", "Troops moved.")]
    [InlineData("Troops moved - and fast.", "Troops moved - and fast.")]
    [InlineData("NATO troops moved.", "NATO troops moved.")]
    public void Only_a_leading_dateline_is_dropped(string text, string expected)
    {
        Assert.Equal(expected, NearDuplicates.WithoutDateline(text));
    }

    [Fact]
    public void The_hash_is_the_same_in_every_process_and_close_for_close_texts()
    {
        // Stored hashes are compared with new ones in later runs: a change of the hash needs a new migration's backfill.
        Assert.Equal(0x6B80_A169_92DC_8674UL, NearDuplicates.Fingerprint(Quote).SimHash);
        var unrelated = NearDuplicates.Fingerprint("Sanctions against Russia must be tightened before the summit in Madrid, and the oil price cap agreed.");
        Assert.False(NearDuplicates.MayBeCopies(NearDuplicates.Fingerprint(Quote).SimHash, unrelated.SimHash));
    }

    [Fact]
    public void Empty_text_is_a_copy_of_nothing_and_long_text_is_read_only_so_far()
    {
        Assert.False(NearDuplicates.AreCopies(NearDuplicates.Fingerprint(""), NearDuplicates.Fingerprint("")));
        var book = string.Join(' ', Enumerable.Range(0, NearDuplicates.MaxWords * 3).Select(i => $"w{i}"));

        Assert.Equal(NearDuplicates.MaxWords, NearDuplicates.Words(book).Count);
        Assert.True(NearDuplicates.AreCopies(NearDuplicates.Fingerprint(book), NearDuplicates.Fingerprint(book + " and more")));
    }
}

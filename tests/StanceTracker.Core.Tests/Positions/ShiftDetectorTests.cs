using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Core.Tests.Positions;

public sealed class ShiftDetectorTests
{
    [Theory]
    [InlineData(Stance.Support, Stance.Oppose, ShiftKind.Reversal)]
    [InlineData(Stance.Oppose, Stance.Support, ShiftKind.Reversal)]
    [InlineData(Stance.Oppose, Stance.Open, ShiftKind.Softening)]
    [InlineData(Stance.Support, Stance.Neutral, ShiftKind.Softening)]
    [InlineData(Stance.Open, Stance.Neutral, ShiftKind.Softening)]
    [InlineData(Stance.Open, Stance.Oppose, ShiftKind.Hardening)]
    [InlineData(Stance.Open, Stance.Support, ShiftKind.Hardening)]
    [InlineData(Stance.Neutral, Stance.Oppose, ShiftKind.Clarification)]
    public void Shifts_are_graded(Stance from, Stance to, ShiftKind kind) => Assert.Equal(kind, Shift.Classify(from, to));

    [Fact]
    public void Consecutive_different_positions_make_a_shift_with_both_statements()
    {
        var before = Evidence.Of("macron", "2023-06-01", Stance.Oppose);
        var after = Evidence.Of("macron", "2024-02-26", Stance.Open);
        var shift = Assert.Single(ShiftDetector.Detect("macron", "troops-in-ukraine", [after, Evidence.Of("macron", "2022-05-01", Stance.Oppose), before]));
        Assert.Equal(ShiftKind.Softening, shift.Kind);
        Assert.Same(before, shift.Before);
        Assert.Same(after, shift.After);
        Assert.Equal(new DateOnly(2024, 2, 26), shift.Date);
    }

    [Fact]
    public void Repeating_a_stance_is_no_shift()
    {
        Assert.Empty(ShiftDetector.Detect("a", "t", [Evidence.Of("a", "2024-01-01", Stance.Support), Evidence.Of("a", "2024-03-01", Stance.Support)]));
    }

    [Fact]
    public void One_low_confidence_statement_alone_is_no_shift()
    {
        var evidence = new[]
        {
            Evidence.Of("a", "2024-01-01", Stance.Support),
            Evidence.Of("a", "2024-02-01", Stance.Oppose, confidence: 0.4),
            Evidence.Of("a", "2024-03-01", Stance.Support),
        };
        Assert.Empty(ShiftDetector.Detect("a", "t", evidence));
    }

    [Fact]
    public void Two_low_confidence_statements_that_agree_make_a_shift_dated_at_the_first()
    {
        var first = Evidence.Of("a", "2024-02-01", Stance.Oppose, confidence: 0.4);
        var evidence = new[] { Evidence.Of("a", "2024-01-01", Stance.Support), first, Evidence.Of("a", "2024-03-01", Stance.Oppose, confidence: 0.45) };
        var shift = Assert.Single(ShiftDetector.Detect("a", "t", evidence));
        Assert.Equal(ShiftKind.Reversal, shift.Kind);
        Assert.Same(first, shift.After);
    }

    [Fact]
    public void A_confident_statement_overruling_a_pending_one_of_a_third_stance_is_the_shift_after()
    {
        // Open, then a doubtful "neutral" never confirmed, then a confident "oppose": the shift is open to oppose, and
        // its "after" is the oppose statement (it was once the unconfirmed neutral one, which contradicted the grade).
        var confident = Evidence.Of("a", "2024-03-01", Stance.Oppose);
        var evidence = new[] { Evidence.Of("a", "2024-01-01", Stance.Open), Evidence.Of("a", "2024-02-01", Stance.Neutral, confidence: 0.4), confident };
        var shift = Assert.Single(ShiftDetector.Detect("a", "t", evidence));
        Assert.Equal(ShiftKind.Hardening, shift.Kind);
        Assert.Same(confident, shift.After);
        Assert.Equal(Stance.Oppose, shift.To);
    }

    [Fact]
    public void Two_low_confidence_statements_on_the_same_day_that_agree_make_a_shift()
    {
        var evidence = new[]
        {
            Evidence.Of("a", "2024-01-01", Stance.Oppose),
            Evidence.Of("a", "2024-02-01", Stance.Support, confidence: 0.45),
            Evidence.Of("a", "2024-02-01", Stance.Support, confidence: 0.4),
        };
        var shift = Assert.Single(ShiftDetector.Detect("a", "t", evidence));
        Assert.Equal(ShiftKind.Reversal, shift.Kind);
        Assert.Equal(0.45, shift.After.Confidence);
    }

    [Fact]
    public void Two_low_confidence_statements_on_the_same_day_that_differ_make_no_shift()
    {
        var evidence = new[]
        {
            Evidence.Of("a", "2024-01-01", Stance.Oppose),
            Evidence.Of("a", "2024-02-01", Stance.Support, confidence: 0.45),
            Evidence.Of("a", "2024-02-01", Stance.Open, confidence: 0.4),
        };
        Assert.Empty(ShiftDetector.Detect("a", "t", evidence));
    }

    [Fact]
    public void A_reviewed_low_confidence_statement_makes_a_shift()
    {
        var evidence = new[] { Evidence.Of("a", "2024-01-01", Stance.Oppose), Evidence.Of("a", "2024-02-01", Stance.Open, confidence: 0.3, reviewed: true) };
        Assert.Equal(ShiftKind.Softening, Assert.Single(ShiftDetector.Detect("a", "t", evidence)).Kind);
    }

    [Fact]
    public void Several_shifts_in_order()
    {
        var evidence = new[]
        {
            Evidence.Of("a", "2022-01-01", Stance.Oppose),
            Evidence.Of("a", "2023-01-01", Stance.Open),
            Evidence.Of("a", "2024-01-01", Stance.Support),
            Evidence.Of("a", "2025-01-01", Stance.Support),
        };
        var shifts = ShiftDetector.Detect("a", "t", evidence);
        Assert.Equal([ShiftKind.Softening, ShiftKind.Hardening], shifts.Select(s => s.Kind));
    }
}

namespace StanceTracker.Data.Sources;

/// <summary>
/// One host's robots.txt as RFC 9309 reads it: the group naming our product token if there is one, else the groups for
/// <c>*</c>; the longest matching rule decides (an allow wins a tie); <c>*</c> matches any run of characters and a
/// final <c>$</c> the end of the path. Anything the file does not disallow is allowed.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules) => _rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>What an unreachable robots.txt means (RFC 9309 §2.3.1.4): nothing may be fetched until it can be read.</summary>
    public static RobotsRules DisallowAll { get; } = new([("/", false)]);

    public static RobotsRules Parse(string text, string productToken = SourcePollerOptions.ProductToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mine = new List<(string, bool)>();
        var anyone = new List<(string, bool)>();
        var agents = new List<string>();
        var inRules = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                // A user-agent line after rules starts a new group.
                if (inRules)
                {
                    agents.Clear();
                    inRules = false;
                }
                agents.Add(value);
            }
            else if (field is "allow" or "disallow")
            {
                inRules = true;
                if (value.Length == 0)
                {
                    continue;
                }
                var rule = (value, field == "allow");
                if (agents.Any(agent => agent.Equals(productToken, StringComparison.OrdinalIgnoreCase)))
                {
                    mine.Add(rule);
                }
                if (agents.Contains("*"))
                {
                    anyone.Add(rule);
                }
            }
        }
        return new RobotsRules(mine.Count > 0 ? mine : anyone);
    }

    /// <param name="pathAndQuery">The path with its query, as <see cref="Uri.PathAndQuery"/> gives it.</param>
    public bool Allows(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (pattern.Length >= best && Matches(pattern, pathAndQuery) && (pattern.Length > best || allow))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    /// <summary>A prefix match with <c>*</c> and a final <c>$</c>, by the linear greedy walk (no backtracking blow-up).</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        int pi = 0, si = 0, star = -1, resume = 0;
        while (si < path.Length)
        {
            if (pi == p.Length && !anchored)
            {
                return true;
            }
            if (pi < p.Length && p[pi] == '*')
            {
                star = pi++;
                resume = si;
            }
            else if (pi < p.Length && p[pi] == path[si])
            {
                pi++;
                si++;
            }
            else if (star >= 0)
            {
                pi = star + 1;
                si = ++resume;
            }
            else
            {
                return false;
            }
        }
        while (pi < p.Length && p[pi] == '*')
        {
            pi++;
        }
        return pi == p.Length;
    }
}

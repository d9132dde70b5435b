using System.Text.RegularExpressions;

namespace WitSharp.WitParser.Tests.Conformance;

/// <summary>
/// The reference's rendered first error, reduced to what is compared: the message (without the
/// <c>failed to resolve directory …:</c> / <c>failed to parse package: …:</c> context prefixes that only name
/// the input) and the <c>path:line:col</c> it points at, when it has one.
/// </summary>
public sealed record ExpectedError(string Message, string? Location)
{
    private static readonly Regex DirectoryContext = new(@"^failed to resolve directory while parsing WIT for path \[[^\]]*\]: ");
    private static readonly Regex PackageContext = new(@"^failed to parse package: [^:]*: ");
    private static readonly Regex OneLine = new(@"^(?<loc>[^\s:]+:\d+:\d+): (?<msg>.*)$", RegexOptions.Singleline);

    /// <summary>The rendered error without trailing newlines and without the context prefixes.</summary>
    public static string StripContext(string rendered)
    {
        string text = rendered.Replace("\r\n", "\n").TrimEnd('\n');
        text = DirectoryContext.Replace(text, "");
        return PackageContext.Replace(text, "");
    }

    public static ExpectedError Parse(string rendered)
    {
        string text = StripContext(rendered);
        int arrow = text.IndexOf("\n     --> ", System.StringComparison.Ordinal);
        if (arrow >= 0)
        {
            string rest = text.Substring(arrow + "\n     --> ".Length);
            int end = rest.IndexOf('\n');
            return new ExpectedError(text.Substring(0, arrow), end >= 0 ? rest.Substring(0, end) : rest);
        }
        var m = OneLine.Match(text);
        if (m.Success) return new ExpectedError(m.Groups["msg"].Value, m.Groups["loc"].Value);
        return new ExpectedError(text, null);
    }
}

using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Compose
{
    /// <summary>Something wrong, or worth knowing, about plugging components together.</summary>
    /// <param name="RuleId">A stable id: <c>compose/missing-function</c> (the plug lacks it), <c>compose/wrong-parameter</c>, <c>compose/extra-case</c>, <c>compose/unused-plug</c>, …</param>
    /// <param name="IsError">True when the composition is invalid.</param>
    /// <param name="Message">A sentence naming the item on both sides.</param>
    /// <param name="SocketAt">Where the socket's side of the item is declared.</param>
    /// <param name="PlugAt">Where the plug's side is declared.</param>
    public sealed record ComposeIssue(string RuleId, bool IsError, string Message, SourceLocation? SocketAt, SourceLocation? PlugAt);
}

namespace WitSharp.Generator.Roslyn
{
    /// <summary>
    /// A diagnostic as plain values, so it can travel through the incremental pipeline: the WIT code, whether it is
    /// an error, the message, and (when it has a place) the file path, the UTF-16 span and its 0-based line/column
    /// bounds as Roslyn counts them.
    /// </summary>
    public sealed record WitDiagnosticInfo(
        string Id,
        bool IsError,
        string Message,
        string? Path,
        int Start,
        int Length,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn);
}

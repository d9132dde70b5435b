namespace WitSharp.WitParser.Formatting
{
    /// <summary>What the canonical layout puts before a token.</summary>
    internal enum Separator
    {
        /// <summary>Nothing: the token follows the previous one directly (or starts the file).</summary>
        None,
        /// <summary>One space.</summary>
        Space,
        /// <summary>A line break, then the token's indentation.</summary>
        Line,
        /// <summary>An empty line, then the token's indentation.</summary>
        BlankLine,
    }
}

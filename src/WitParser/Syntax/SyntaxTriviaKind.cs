namespace WitSharp.WitParser.Syntax
{
    /// <summary>The kind of a <see cref="SyntaxTrivia"/>: text between tokens that carries no grammar.</summary>
    public enum SyntaxTriviaKind
    {
        /// <summary>Spaces and tabs.</summary>
        Whitespace = 0,
        /// <summary>One line break: <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
        EndOfLine,
        /// <summary>A <c>//</c> comment, up to but not including the line break.</summary>
        LineComment,
        /// <summary>A <c>/* */</c> comment (block comments nest).</summary>
        BlockComment,
        /// <summary>A <c>///</c> documentation comment, up to but not including the line break.</summary>
        DocLineComment,
        /// <summary>A <c>/** */</c> documentation comment.</summary>
        DocBlockComment,
        /// <summary>A byte-order mark at the very start of the file.</summary>
        ByteOrderMark,
    }
}

using WitSharp.WitParser.Text;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// The characters one generation may still write, shared by all its files. The emitter's output is linear in
    /// its input, but a large or hostile input still makes a lot of it, and an IDE's compiler server runs the
    /// source generator in-process: past the limit, writing stops with <see cref="OutputTooLargeException"/> and
    /// the generator reports a diagnostic at the last WIT type it was writing.
    /// </summary>
    internal sealed class OutputBudget
    {
        private long _remaining;

        public OutputBudget(long limit)
        {
            Limit = limit;
            _remaining = limit;
        }

        /// <summary>The characters allowed in all.</summary>
        public long Limit { get; }

        /// <summary>Where the last WIT type being written was declared (for the diagnostic).</summary>
        public SourceLocation? At { get; private set; }

        /// <summary>Records that the type declared at <paramref name="at"/> is being written (an unknown place keeps the last one).</summary>
        public void Writing(SourceLocation? at)
        {
            if (at is not null) At = at;
        }

        /// <summary>Takes <paramref name="characters"/> from the budget, throwing when it is spent.</summary>
        public void Spend(int characters)
        {
            _remaining -= characters;
            if (_remaining < 0) throw new OutputTooLargeException();
        }
    }

    /// <summary>Thrown when an <see cref="OutputBudget"/> is spent; <see cref="CSharpBindingsGenerator"/> turns it into a diagnostic.</summary>
    internal sealed class OutputTooLargeException : System.Exception
    {
    }
}

using System.Collections.Generic;

namespace WitSharp.WitParser.Abi
{
    /// <summary>Which side of a canonical function a core signature is for (<c>flatten_functype</c>'s context and options).</summary>
    public enum AbiCallKind : byte
    {
        /// <summary><c>canon lift</c> of a synchronous export.</summary>
        LiftSync,
        /// <summary><c>canon lower</c> of a synchronous import.</summary>
        LowerSync,
        /// <summary><c>canon lift async</c> without a callback.</summary>
        LiftAsync,
        /// <summary><c>canon lift async</c> with a callback.</summary>
        LiftAsyncCallback,
        /// <summary><c>canon lower async</c>.</summary>
        LowerAsync,
    }

    /// <summary>The flattened core signature of a component function, with how its values travel. Immutable.</summary>
    public sealed class CoreFunctionType
    {
        internal CoreFunctionType(CoreValueType[] parameters, CoreValueType[] results, bool paramsInMemory, bool resultsInMemory)
        {
            Params = parameters;
            Results = results;
            ParamsInMemory = paramsInMemory;
            ResultsInMemory = resultsInMemory;
        }

        /// <summary>The core parameter types.</summary>
        public IReadOnlyList<CoreValueType> Params { get; }

        /// <summary>The core result types.</summary>
        public IReadOnlyList<CoreValueType> Results { get; }

        /// <summary>True when the parameters did not fit the flat limit and are passed as one pointer to a tuple in memory.</summary>
        public bool ParamsInMemory { get; }

        /// <summary>
        /// True when the results travel through memory: returned as a pointer (lift) or written to a trailing
        /// out-pointer parameter (lower).
        /// </summary>
        public bool ResultsInMemory { get; }
    }
}

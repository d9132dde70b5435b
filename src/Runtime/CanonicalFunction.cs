using System;
using System.Collections.Generic;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Runtime
{
    /// <summary>
    /// A component function for the dynamic path: its parameter and result tuples and its core signature when
    /// lifted synchronously (the shape of a guest export the host calls). Immutable.
    /// </summary>
    public sealed class CanonicalFunction
    {
        private CanonicalFunction(string name, CanonicalType parameters, CanonicalType results, CoreFunctionType signature)
        {
            Name = name;
            Params = parameters;
            Results = results;
            Signature = signature;
        }

        /// <summary>The function's WIT name.</summary>
        public string Name { get; }

        /// <summary>The parameters, as one tuple type.</summary>
        public CanonicalType Params { get; }

        /// <summary>The results (zero or one), as one tuple type.</summary>
        public CanonicalType Results { get; }

        /// <summary>The core signature of the synchronously lifted export.</summary>
        public CoreFunctionType Signature { get; }

        /// <summary>Builds the descriptor of <paramref name="function"/>.</summary>
        public static CanonicalFunction Create(CanonicalTypeBuilder types, WitFunction function)
        {
            WitType[] parameters = CanonicalLayout.ParameterTypes(function);
            WitType[] results = CanonicalLayout.ResultTypes(function);
            return new CanonicalFunction(
                function.Name,
                types.BuildTuple(parameters),
                types.BuildTuple(results),
                types.Layout.Signature(parameters, results, AbiCallKind.LiftSync));
        }

        /// <summary>
        /// Calls the synchronously lifted guest export <paramref name="export"/> from the host: lowers
        /// <paramref name="arguments"/> into the guest (spilling them through <c>cabi_realloc</c> past 16 flat values),
        /// invokes it, lifts the results (read through the returned pointer past 1 flat value), checks every borrow
        /// lent to the guest was dropped, and runs <c>post-return</c>. <paramref name="cx"/> is the guest's context.
        /// </summary>
        public IReadOnlyList<WitValue> Call(CallContext cx, ICoreFunctionInvoker invoker, int export, IReadOnlyList<WitValue> arguments)
        {
            CoreValue[] flatArguments = CanonicalAbi.LowerFlatValues(cx, CanonicalLayout.MaxFlatParams, arguments, Params);
            var flatResults = new CoreValue[Signature.Results.Count];
            invoker.Invoke(export, flatArguments, flatResults);
            for (int i = 0; i < flatResults.Length; i++)
            {
                if (flatResults[i].Type != Signature.Results[i])
                {
                    throw new CanonicalAbiTrapException("core export " + Name + " returned " + flatResults[i].Type.Name() + " where " + Signature.Results[i].Name() + " was expected");
                }
            }
            var reader = new FlatReader(flatResults);
            WitValue[] results = CanonicalAbi.LiftFlatValues(cx, CanonicalLayout.MaxFlatResults, ref reader, Results);
            cx.BorrowScope.EnsureNoBorrows();
            invoker.PostReturn(export, flatResults);
            return results;
        }
    }
}

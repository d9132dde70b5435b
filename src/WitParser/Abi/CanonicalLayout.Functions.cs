using System;
using System.Collections.Generic;
using WitSharp.WitParser.Resolution;

namespace WitSharp.WitParser.Abi
{
    public sealed partial class CanonicalLayout
    {
        /// <summary>Flat values a synchronous call passes as parameters before spilling them to memory.</summary>
        public const int MaxFlatParams = 16;

        /// <summary>Flat values a synchronous call returns before spilling them to memory.</summary>
        public const int MaxFlatResults = 1;

        /// <summary>Flat values an async-lowered call passes as parameters before spilling them to memory.</summary>
        public const int MaxFlatAsyncParams = 4;

        /// <summary><c>flatten_types</c>: the flat types of <paramref name="types"/>, concatenated, with no limit applied.</summary>
        public CoreValueType[] FlattenTypes(IReadOnlyList<WitType> types)
        {
            var flat = new List<CoreValueType>();
            for (int i = 0; i < types.Count; i++)
            {
                flat.AddRange(Of(types[i]).Flat);
            }
            return flat.ToArray();
        }

        /// <summary><c>flatten_functype</c> for <paramref name="function"/>.</summary>
        public CoreFunctionType Signature(WitFunction function, AbiCallKind kind) =>
            Signature(ParameterTypes(function), ResultTypes(function), kind);

        /// <summary>The types of <paramref name="function"/>'s parameters, in order.</summary>
        public static WitType[] ParameterTypes(WitFunction function)
        {
            var parameters = new WitType[function.Params.Count];
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i] = function.Params[i].Type;
            }
            return parameters;
        }

        /// <summary>The types of <paramref name="function"/>'s results: none or one.</summary>
        public static WitType[] ResultTypes(WitFunction function) =>
            function.Result is WitType result ? new[] { result } : Array.Empty<WitType>();

        /// <summary><c>flatten_functype</c> for a function with <paramref name="parameters"/> and <paramref name="results"/>.</summary>
        public CoreFunctionType Signature(IReadOnlyList<WitType> parameters, IReadOnlyList<WitType> results, AbiCallKind kind)
        {
            int paramLimit = kind == AbiCallKind.LowerAsync ? MaxFlatAsyncParams : MaxFlatParams;
            CoreValueType[] flatParams = FlattenWithin(parameters, paramLimit);
            CoreValueType[] flatResults = FlattenWithin(results, MaxFlatResults);
            CoreValueType pointer = AddressType.PointerType();
            bool paramsInMemory = false;
            bool resultsInMemory = false;
            if (flatParams.Length > paramLimit)
            {
                flatParams = new[] { pointer };
                paramsInMemory = true;
            }
            switch (kind)
            {
                case AbiCallKind.LiftSync:
                    if (flatResults.Length > MaxFlatResults)
                    {
                        flatResults = new[] { pointer };
                        resultsInMemory = true;
                    }
                    break;
                case AbiCallKind.LowerSync:
                    if (flatResults.Length > MaxFlatResults)
                    {
                        flatParams = Append(flatParams, pointer);
                        flatResults = Array.Empty<CoreValueType>();
                        resultsInMemory = true;
                    }
                    break;
                case AbiCallKind.LiftAsync:
                    // Async exports return their values through task.return.
                    flatResults = Array.Empty<CoreValueType>();
                    break;
                case AbiCallKind.LiftAsyncCallback:
                    flatResults = new[] { CoreValueType.I32 };
                    break;
                default:
                    if (flatResults.Length > 0)
                    {
                        flatParams = Append(flatParams, pointer);
                        resultsInMemory = true;
                    }
                    flatResults = new[] { CoreValueType.I32 };
                    break;
            }
            return new CoreFunctionType(flatParams, flatResults, paramsInMemory, resultsInMemory);
        }

        // flatten_types when it fits in limit; otherwise a list one longer than limit (only its length is used:
        // every caller replaces an over-long list by a pointer), so huge types are never flattened.
        private CoreValueType[] FlattenWithin(IReadOnlyList<WitType> types, int limit)
        {
            long count = 0;
            for (int i = 0; i < types.Count; i++)
            {
                count += Of(types[i]).Flat.Count;
            }
            return count <= limit ? FlattenTypes(types) : new CoreValueType[limit + 1];
        }

        private static CoreValueType[] Append(CoreValueType[] values, CoreValueType value)
        {
            var result = new CoreValueType[values.Length + 1];
            values.CopyTo(result, 0);
            result[values.Length] = value;
            return result;
        }
    }
}

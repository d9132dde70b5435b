using System.Collections.Generic;
using System.Globalization;
using WitSharp.Generator.Emit.Resources;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes the body of one host function the guest calls (<c>canon lower</c> seen from the callee): lift the
    /// arguments from the flat values <c>args</c> (or from the tuple the guest's pointer names, when there are
    /// more than 16) → call the host → lower the result into <c>results</c> (or store it through the return pointer
    /// the guest passes last, checked before the host runs) → end the call's borrows.
    /// </summary>
    /// <remarks>
    /// The enclosing method has parameters <c>context</c> (<c>CallContext</c>), <c>args</c>
    /// (<c>ReadOnlySpan&lt;CoreValue&gt;</c>) and <c>results</c> (<c>Span&lt;CoreValue&gt;</c>). The caller gives the call
    /// as a function of the lifted argument expressions, so methods (<c>__a0.Method(…)</c>), constructors and
    /// statics (<c>host.Create…(…)</c>) share this writer.
    /// </remarks>
    internal sealed class ImportCallWriter
    {
        private const string Support = "global::WitSharp.Runtime.Bindings.ValueCodecSupport.";
        private readonly ValueCodecs _codecs;
        private readonly TypeSupport _support;
        private readonly HandleCoding _handles;

        public ImportCallWriter(ValueCodecs codecs, TypeSupport support, HandleCoding handles)
        {
            _codecs = codecs;
            _support = support;
            _handles = handles;
        }

        /// <summary>
        /// Writes the statements. <paramref name="call"/> builds the host call from the argument locals (every WIT
        /// parameter, <c>self</c> included, in order).
        /// </summary>
        public void Write(CodeWriter w, WitFunction function, System.Func<IReadOnlyList<string>, string> call)
        {
            var layout = _codecs.Layout;
            var signature = layout.Signature(function, AbiCallKind.LowerSync);
            w.Line(Support + "CheckImportCall(args, results, \"" + CoreLetters(signature.Params) + "\", " + signature.Results.Count + ", "
                + ExportCallWriter.Literal(function.Name) + ");");
            var arguments = new List<string>();
            if (signature.ParamsInMemory)
            {
                var types = CanonicalLayout.ParameterTypes(function);
                var tuple = layout.OfTuple(types);
                w.Line("ulong __area = " + Support + "CheckArea(context, args[0], " + tuple.Alignment + ", " + tuple.Size + ", "
                    + ExportCallWriter.Literal(function.Name + " parameters") + ");");
                w.Line("global::System.ReadOnlySpan<byte> __m = context.MemorySeam.Memory;");
                for (int i = 0; i < types.Length; i++)
                {
                    w.Line("var __a" + i + " = " + _codecs.Read(types[i], "__m", "(int)__area + " + tuple.FieldOffsets[i], "context") + ";");
                    arguments.Add("__a" + i);
                }
            }
            else
            {
                int at = 0;
                for (int i = 0; i < function.Params.Count; i++)
                {
                    var type = function.Params[i].Type;
                    w.Line("var __a" + i + " = " + _codecs.LiftFlat(type, "args", at.ToString(CultureInfo.InvariantCulture), "context") + ";");
                    arguments.Add("__a" + i);
                    at += layout.Of(type).Flat.Count;
                }
            }
            bool handles = _support.HasHandles(function);
            if (function.Result is not { } result)
            {
                w.Line(call(arguments) + ";");
            }
            else if (signature.ResultsInMemory)
            {
                var resultLayout = layout.Of(result);
                int last = signature.Params.Count - 1;
                w.Line("ulong __return = " + Support + "CheckArea(context, args[" + last + "], " + resultLayout.Alignment + ", " + resultLayout.Size + ", "
                    + ExportCallWriter.Literal(function.Name + " return area") + ");");
                w.Line("var __result = " + call(arguments) + ";");
                CheckResult(w, result);
                w.Line(_codecs.Store(result, "__result", "__return", "context"));
            }
            else
            {
                w.Line("var __result = " + call(arguments) + ";");
                CheckResult(w, result);
                w.Line(_codecs.LowerFlat(result, "__result", "results", "0", "context"));
            }
            if (handles) _handles.EndCall(w, "context");
        }

        // One letter per core type, as ValueCodecSupport.CheckImportCall reads them.
        private static string CoreLetters(IReadOnlyList<CoreValueType> types)
        {
            var letters = new char[types.Count];
            for (int i = 0; i < letters.Length; i++)
            {
                letters[i] = types[i] switch { CoreValueType.I32 => 'i', CoreValueType.I64 => 'I', CoreValueType.F32 => 'f', _ => 'F' };
            }
            return new string(letters);
        }

        // The host's result is checked before anything is written to the guest.
        private void CheckResult(CodeWriter w, WitType result)
        {
            if (_codecs.Check(result, "__result", "the result") is { } check) w.Line(check);
        }
    }
}

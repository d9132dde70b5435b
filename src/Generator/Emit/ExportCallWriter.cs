using System.Collections.Generic;
using WitSharp.Generator.Emit.Resources;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes the body of one call from the host into a guest export (<c>canon lift</c> seen from the caller):
    /// lower the arguments (flat, or into a tuple the host allocates through <c>cabi_realloc</c> when there are
    /// more than 16 flat values) → invoke → check the core result type → lift the result (flat, or loaded through
    /// the returned pointer, checked for alignment and bounds) → end the call's borrows → <c>post-return</c> →
    /// return. Locals start with <c>__</c>, which no parameter name derived from WIT can.
    /// </summary>
    /// <remarks>
    /// Usage (e.g. an exported resource's proxy method): write the signature with the parameter names of
    /// <see cref="SignatureWriter.Parameters"/>, open a brace, call
    /// <c>Write(w, function, "_invoker", "_export3", "_context", "this")</c>, close the brace. With a receiver the
    /// function's first parameter (<c>self</c>) is lowered from the receiver expression; the body is correct for
    /// methods, constructors, statics and freestanding functions. Only functions
    /// <see cref="TypeSupport.Supports(WitFunction)"/> accepts may be written.
    /// </remarks>
    internal sealed class ExportCallWriter
    {
        private const string Runtime = "global::WitSharp.Runtime.";
        private const string Support = "global::WitSharp.Runtime.Bindings.ValueCodecSupport.";
        private readonly ValueCodecs _codecs;
        private readonly TypeSupport _support;
        private readonly HandleCoding _handles;

        public ExportCallWriter(ValueCodecs codecs, TypeSupport support, HandleCoding handles)
        {
            _codecs = codecs;
            _support = support;
            _handles = handles;
        }

        /// <summary>
        /// Writes the statements of the call. <paramref name="invoker"/> is an <c>ICoreFunctionInvoker</c> expression,
        /// <paramref name="exportIndex"/> an <c>int</c> expression, <paramref name="context"/> a <c>CallContext</c>
        /// expression; <paramref name="receiver"/> (or null) is the <c>self</c> argument of a method.
        /// </summary>
        public void Write(CodeWriter w, WitFunction function, string invoker, string exportIndex, string context, string? receiver) =>
            Write(w, function, invoker, exportIndex, context, receiver, null);

        /// <summary>
        /// As above; with <paramref name="bytesInto"/> (an <c>IBufferWriter&lt;byte&gt;</c> expression) a
        /// <c>list&lt;u8&gt;</c> result is copied into that writer instead of a new array and the method returns
        /// the byte count.
        /// </summary>
        public void Write(CodeWriter w, WitFunction function, string invoker, string exportIndex, string context, string? receiver, string? bytesInto)
        {
            var layout = _codecs.Layout;
            // The arguments as two parallel lists (WIT type, C# expression), not a list of value tuples: one less
            // generic instantiation for the JIT on a cold start.
            var types = new List<WitType>();
            var exprs = new List<string>();
            if (receiver is not null && function.Params.Count > 0)
            {
                types.Add(function.Params[0].Type);
                exprs.Add(receiver);
            }
            foreach (var (p, parameter) in SignatureWriter.Parameters(function))
            {
                types.Add(p.Type);
                exprs.Add(parameter);
            }
            var signature = layout.Signature(function, AbiCallKind.LiftSync);
            // Host values are checked first: a bad one is an argument error before the guest's realloc runs.
            for (int i = receiver is null ? 0 : 1; i < types.Count; i++)
            {
                if (_codecs.Check(types[i], exprs[i], exprs[i].TrimStart('@')) is { } check) w.Line(check);
            }
            string span = "global::System.Span<" + Runtime + "CoreValue>";
            if (signature.ParamsInMemory)
            {
                var tuple = layout.OfTuple(types);
                w.Line("ulong __area = " + Support + "Allocate(" + context + ", " + tuple.Alignment + ", " + tuple.Size + ");");
                for (int i = 0; i < types.Count; i++)
                {
                    w.Line(_codecs.Store(types[i], exprs[i], "__area + " + tuple.FieldOffsets[i], context));
                }
                w.Line(span + " __args = stackalloc " + Runtime + "CoreValue[1];");
                w.Line("__args[0] = " + Support + "Pointer(__area);");
            }
            else
            {
                int count = signature.Params.Count;
                w.Line(count == 0 ? span + " __args = default;" : span + " __args = stackalloc " + Runtime + "CoreValue[" + count + "];");
                int at = 0;
                for (int i = 0; i < types.Count; i++)
                {
                    w.Line(_codecs.LowerFlat(types[i], exprs[i], "__args", at.ToString(System.Globalization.CultureInfo.InvariantCulture), context));
                    at += layout.Of(types[i]).Flat.Count;
                }
            }
            int results = signature.Results.Count;
            w.Line(results == 0 ? span + " __results = default;" : span + " __results = stackalloc " + Runtime + "CoreValue[" + results + "];");
            w.Line(invoker + ".Invoke(" + exportIndex + ", __args, __results);");
            bool handles = _support.HasHandles(function);
            if (function.Result is not { } result)
            {
                if (handles) _handles.EndExportCall(w, context);
                w.Line(invoker + ".PostReturn(" + exportIndex + ", __results);");
                return;
            }
            // Results come from the guest: a wrong core type or a bad pointer is a trap, never a cast.
            string name = Literal(function.Name);
            if (signature.ResultsInMemory)
            {
                var resultLayout = layout.Of(result);
                w.Line("ulong __return = " + Support + "CheckArea(" + context + ", __results[0], " + resultLayout.Alignment + ", " + resultLayout.Size + ", "
                    + Literal(function.Name + " return area") + ");");
                w.Line(bytesInto is null
                    ? "var __value = " + _codecs.Read(result, context + ".MemorySeam.Memory", "(int)__return", context) + ";"
                    : "int __value = " + Support + "LiftBytesInto(" + context + ", __return, " + bytesInto + ");");
            }
            else
            {
                w.Line("global::WitSharp.Runtime.Bindings.ExportCalls.ExpectType(__results[0], global::WitSharp.WitParser.Abi.CoreValueType."
                    + signature.Results[0] + ", " + name + ");");
                w.Line("var __value = " + _codecs.LiftFlat(result, "__results", "0", context) + ";");
            }
            if (handles) _handles.EndExportCall(w, context);
            w.Line(invoker + ".PostReturn(" + exportIndex + ", __results);");
            w.Line("return __value;");
        }

        /// <summary>A C# string literal.</summary>
        public static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}

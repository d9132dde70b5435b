using System.Collections.Generic;
using System.Linq;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Interface}ImportsBinding</c>: one static trampoline per function of an imported interface, with
    /// the shape an engine calls a host function by — <c>(host, context, flat arguments, flat results)</c>. Each
    /// lifts the guest's arguments, calls the host's <c>I{Interface}</c> implementation and lowers its result
    /// (a string or bytes result through the return pointer the guest passes as its last argument). Covers
    /// the same signatures as the export bindings (<see cref="FlatSignatures"/>).
    /// </summary>
    internal sealed class ImportBindingEmitter
    {
        private const string Runtime = "global::WitSharp.Runtime.";
        private const string Calls = "global::WitSharp.Runtime.Bindings.ImportCalls.";
        private readonly FlatSignatures _shapes;

        public ImportBindingEmitter(FlatSignatures shapes) => _shapes = shapes;

        /// <summary>Writes the static class for <paramref name="members"/> of host interface <paramref name="interfaceType"/>.</summary>
        public void Emit(CodeWriter w, string className, string interfaceType, IReadOnlyList<(WitFunction Function, string Member)> members, string witName)
        {
            w.Line("/// <summary>");
            w.Line("/// The core functions a guest imports from <c>" + DocComments.Escape(witName) + "</c>, each forwarding to the host's");
            w.Line("/// <see cref=\"" + interfaceType + "\"/>. Arguments and results are the flat values of the core signature.");
            w.Line("/// </summary>");
            w.Line("public static class " + className);
            w.Open();
            bool first = true;
            foreach (var (f, member) in members)
            {
                if (!first) w.Line();
                first = false;
                Method(w, f, member, interfaceType, witName);
            }
            w.Close();
        }

        private void Method(CodeWriter w, WitFunction f, string member, string interfaceType, string witName)
        {
            w.Line("/// <summary>The core import <c>" + DocComments.Escape(f.Name) + "</c> of <c>" + DocComments.Escape(witName) + "</c>.</summary>");
            w.Line("public static void " + member + "(" + interfaceType + " host, " + Runtime + "CallContext context, global::System.ReadOnlySpan<"
                + Runtime + "CoreValue> args, global::System.Span<" + Runtime + "CoreValue> results)");
            w.Open();
            var arguments = new List<string>();
            int flat = 0;
            foreach (var p in f.Params)
            {
                string? inMemory = _shapes.InMemory(p.Type);
                arguments.Add(inMemory is null
                    ? _shapes.Lift(p.Type, "args[" + flat + "]")
                    : Calls + "Lift" + inMemory + "(context, args[" + flat + "], args[" + (flat + 1) + "])");
                flat += _shapes.FlatCount(p.Type);
            }
            string call = "host." + member + "(" + string.Join(", ", arguments) + ")";
            if (f.Result is not { } result)
            {
                w.Line(call + ";");
            }
            else if (_shapes.InMemory(result) is { } what)
            {
                // More than one flat result: the guest passes a return pointer after its arguments.
                w.Line(Calls + "Store" + what + "Result(context, " + call + ", args[" + flat + "]);");
            }
            else
            {
                w.Line("results[0] = " + _shapes.Lower(result, call) + ";");
            }
            w.Close();
        }
    }
}

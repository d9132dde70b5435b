using System.Collections.Generic;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes one WIT interface as a C# namespace: its nominal types, then <c>I{Interface}</c> (what the host
    /// implements when the world imports the interface) and/or <c>I{Interface}Exports</c> (what the host calls
    /// when the world exports it). Freestanding functions become methods of the same name; a resource's
    /// constructor becomes <c>Create{Resource}</c> and its static functions <c>{Resource}{Function}</c>.
    /// </summary>
    internal sealed class InterfaceEmitter
    {
        private readonly WitResolve _resolve;
        private readonly BindingNames _names;
        private readonly TypeDefinitionEmitter _typeDefinitions;
        private readonly OutputBudget _budget;
        private readonly SignatureWriter _signatures;
        private readonly ExportBindingEmitter _exportBindings;
        private readonly ImportBindingEmitter _importBindings;

        public InterfaceEmitter(WitResolve resolve, BindingNames names, TypeDefinitionEmitter typeDefinitions, SignatureWriter signatures,
            ExportBindingEmitter exportBindings, ImportBindingEmitter importBindings, OutputBudget budget)
        {
            _budget = budget;
            _resolve = resolve;
            _names = names;
            _typeDefinitions = typeDefinitions;
            _signatures = signatures;
            _exportBindings = exportBindings;
            _importBindings = importBindings;
        }

        /// <summary>The source of interface <paramref name="interfaceId"/>; host interfaces only for the directions the world uses.</summary>
        public string Emit(int interfaceId, string witName, bool imported, bool exported)
        {
            var iface = _resolve.Interfaces[interfaceId];
            var w = SourceFile.Begin(_names.InterfaceNamespace(interfaceId), _budget);
            string where = "interface `" + witName + "`";
            bool first = true;
            foreach (var entry in iface.Types)
            {
                var def = _resolve.Types[entry.Value];
                if (!BindingNames.IsNominal(def) || !def.Owner.Equals(WitTypeOwner.Interface(interfaceId))) continue;
                if (!first) w.Line();
                first = false;
                _typeDefinitions.Emit(w, entry.Value, iface.Functions.Values, where);
            }
            var (importsName, exportsName) = _names.HostInterfaceNames(interfaceId);
            // Types-only and methods-only interfaces need no host interface: resources are implemented by subclassing.
            bool hasMembers = HasHostMembers(iface);
            exported &= hasMembers;
            if (imported)
            {
                // Resource methods get trampolines even when the interface has nothing else (no host interface).
                var members = new List<(WitFunction, string)>();
                if (hasMembers)
                {
                    if (!first) w.Line();
                    first = false;
                    WriteHostInterface(w, importsName, iface, "The host's implementation of the imported interface <c>" + DocComments.Escape(witName) + "</c>.", where);
                    members = Members(NameScope.ForMembersOf(importsName), iface.Functions.Values);
                }
                _importBindings.Emit(w, _names.InterfaceNamespace(interfaceId), _names.ImportBindingName(interfaceId), hasMembers ? importsName : null, members,
                    new List<WitFunction>(iface.Functions.Values), witName, witName, interfaceId);
            }
            if (exported)
            {
                if (!first) w.Line();
                WriteHostInterface(w, exportsName, iface, "The component's exported interface <c>" + DocComments.Escape(witName) + "</c>, as the host calls it.", where);
                var members = Members(NameScope.ForMembersOf(exportsName), iface.Functions.Values);
                w.Line();
                _exportBindings.Emit(w, _names.ExportBindingName(interfaceId), exportsName, members, f => witName + "#" + f.Name,
                    "Calls the component's export <c>" + DocComments.Escape(witName) + "</c> through the Canonical ABI.", new NestedBinding[0]);
            }
            return SourceFile.End(w);
        }

        private void WriteHostInterface(CodeWriter w, string name, WitInterface iface, string summary, string where)
        {
            DocComments.Summary(w, iface.Docs, summary);
            DocComments.Obsolete(w, iface.Stability);
            w.Line("public interface " + name);
            w.Open();
            WriteFunctions(w, Members(NameScope.ForMembersOf(name), iface.Functions.Values), where);
            w.Close();
        }

        /// <summary>True when the interface has functions that are not resource methods (its host interface is not empty).</summary>
        public static bool HasHostMembers(WitInterface iface)
        {
            foreach (var f in iface.Functions.Values) if (!SignatureWriter.IsMethod(f.Kind)) return true;
            return false;
        }

        /// <summary>Writes functions as interface members under the names <see cref="Members"/> gave them.</summary>
        public void WriteFunctions(CodeWriter w, IReadOnlyList<(WitFunction Function, string Member)> members, string where)
        {
            bool first = true;
            foreach (var (f, member) in members)
            {
                if (!first) w.Line();
                first = false;
                _signatures.Write(w, f, member, "", where + " function `" + f.Name + "`");
            }
        }

        /// <summary>
        /// The non-method functions with their member names, claimed in <paramref name="scope"/>: a constructor is
        /// <c>Create{Resource}</c>, a static function <c>{Resource}{Function}</c>, anything else its own name.
        /// </summary>
        public List<(WitFunction Function, string Member)> Members(NameScope scope, IEnumerable<WitFunction> functions)
        {
            var members = new List<(WitFunction, string)>();
            foreach (var f in functions)
            {
                if (SignatureWriter.IsMethod(f.Kind)) continue;
                string plain = SignatureWriter.PlainName(f);
                string member = f.Kind switch
                {
                    WitFunctionKindTag.Constructor => "Create" + ResourceName(f),
                    WitFunctionKindTag.Static or WitFunctionKindTag.AsyncStatic => ResourceName(f) + CSharpIdentifiers.Pascal(plain),
                    _ => CSharpIdentifiers.Pascal(plain),
                };
                members.Add((f, scope.Claim(member)));
            }
            return members;
        }

        private string ResourceName(WitFunction f) =>
            f.Resource >= 0 && f.Resource < _resolve.Types.Count ? _names.SimpleTypeName(f.Resource) : "Resource";
    }
}

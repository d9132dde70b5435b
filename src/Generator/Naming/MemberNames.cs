using System.Collections.Generic;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Naming
{
    /// <summary>
    /// The C# member names of generated nominal types, claimed in WIT declaration order: record properties,
    /// variant case classes with their payload property, resource methods. The type declarations and the
    /// trampolines that construct and read them ask here, so both spell every member the same way.
    /// </summary>
    internal static class MemberNames
    {
        /// <summary>The property of each field of record <paramref name="typeName"/>.</summary>
        public static string[] RecordFields(string typeName, WitRecordKind record)
        {
            var scope = NameScope.ForMembersOf(typeName);
            var names = new string[record.Fields.Count];
            for (int i = 0; i < names.Length; i++) names[i] = scope.Claim(CSharpIdentifiers.Pascal(record.Fields[i].Name));
            return names;
        }

        /// <summary>The nested class of each case of variant <paramref name="typeName"/> and its payload property.</summary>
        public static (string Case, string Payload)[] VariantCases(string typeName, WitVariantKind variant)
        {
            var scope = NameScope.ForMembersOf(typeName);
            var cases = new string[variant.Cases.Count];
            for (int i = 0; i < cases.Length; i++) cases[i] = scope.Claim(CSharpIdentifiers.Pascal(variant.Cases[i].Name));
            // The case classes are members of the base record, so a payload property may not take a sibling's name.
            // Every case reserves the same set (its own name is one of the siblings), so the payload name is the same
            // for all of them: computed once, which keeps naming linear in the number of cases.
            var payloadScope = new NameScope(NameScope.ObjectMembers);
            foreach (var c in cases) payloadScope.Reserve(c);
            string payload = payloadScope.Claim("Value");
            var names = new (string, string)[cases.Length];
            for (int i = 0; i < cases.Length; i++) names[i] = (cases[i], payload);
            return names;
        }

        /// <summary>
        /// The method name of each method of resource <paramref name="resourceId"/> (named <paramref name="typeName"/>)
        /// among <paramref name="functions"/>, its owner's functions.
        /// </summary>
        public static Dictionary<WitFunction, string> ResourceMethods(string typeName, int resourceId, IEnumerable<WitFunction> functions)
        {
            var scope = NameScope.ForMembersOf(typeName, "Dispose");
            var names = new Dictionary<WitFunction, string>();
            foreach (var f in functions)
            {
                if ((f.Kind == WitFunctionKindTag.Method || f.Kind == WitFunctionKindTag.AsyncMethod) && f.Resource == resourceId)
                {
                    names[f] = scope.Claim(CSharpIdentifiers.Pascal(WitFunctionNames.Plain(f.Name)));
                }
            }
            return names;
        }
    }
}

using System.Linq;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>
/// Generates a random valid module from a <see cref="FuzzRandom"/>: a few functions over a shared pool of types, up to
/// two tables, a small memory with a maximum (so that grows behave alike whatever each engine's own limits), globals,
/// active, passive and declarative element segments, active and passive data, sometimes a start function, and the
/// export calls the harness makes.
/// </summary>
internal static class ModuleGenerator
{
    /// <summary>The call budget each export call starts with: bounds recursion depth and total calls.</summary>
    public const int CallBudget = 40;

    public static ModuleShape Generate(FuzzRandom r)
    {
        var m = new ModuleShape();
        for (int i = 0, imports = r.Chance(30) ? r.Range(1, 2) : 0; i < imports; i++)
        {
            m.ImportedFunctionTypes.Add(m.TypeIndex(Numeric(r, r.Next(4)), Numeric(r, r.Next(3))));
        }
        int defined = r.Range(1, 5);
        for (int i = 0; i < defined; i++)
        {
            ValType[] parameters = Types(r, r.Next(4));
            ValType[] results = Types(r, r.Chance(15) ? r.Range(2, 3) : r.Next(2));
            m.FunctionTypes.Add(m.TypeIndex(parameters, results));
        }
        if (r.Chance(90)) m.Memory = ((uint)(r.Chance(95) ? r.Range(1, 2) : 0), (uint)r.Range(2, 4));
        int tableCount = r.Chance(85) ? r.Range(1, 2) : 0;
        for (int i = 0; i < tableCount; i++)
        {
            ValType type = i == 0 || r.Chance(50) ? ValType.FuncRef : ValType.ExternRef;
            uint min = (uint)(r.Chance(90) ? r.Range(1, 8) : 0);
            m.Tables.Add(new TableShape(type, min, min + (uint)r.Range(0, 6)));
        }
        m.Globals.Add(new GlobalShape(ValType.I32, true, CallBudget, null));
        m.Globals.Add(new GlobalShape(ValType.I64, true, 0, null));
        for (int i = 0, n = r.Range(0, 5); i < n; i++)
        {
            ValType type = r.Chance(80) ? r.Pick(ModuleEncoder.NumericTypes) : r.Pick(ModuleEncoder.AllTypes);
            int? function = type == ValType.FuncRef && r.Chance(50) ? r.Next(m.FunctionCount) : null;
            ulong bits = type.IsNumeric() ? InterestingValues.Next(r, type) : 0;
            m.Globals.Add(new GlobalShape(type, r.Chance(70), bits, function));
        }
        int functionCount = m.FunctionCount;
        AddSegments(m, r, functionCount);
        for (int i = m.ImportedFunctionTypes.Count; i < functionCount; i++)
        {
            m.Bodies.Add(BodyGenerator.Generate(m, r, m.FunctionSignature(i), r.Range(10, 60)));
        }
        var startCandidates = Enumerable.Range(0, functionCount).Where(f => m.FunctionSignature(f).Key == "->").ToList();
        if (startCandidates.Count > 0 && r.Chance(20)) m.Start = r.Pick(startCandidates);
        for (int f = 0; f < functionCount; f++)
        {
            Signature s = m.FunctionSignature(f);
            if (s.Parameters.Any(p => p.IsReference())) continue;
            string name = "f" + f;
            m.FunctionExports.Add((name, f));
            for (int c = 0, calls = r.Range(1, 2); c < calls; c++)
            {
                m.Calls.Add(new ExportCall(name, s, s.Parameters.Select(p => InterestingValues.Next(r, p)).ToArray()));
            }
        }
        if (r.Chance(2)) AddUnboundedRecursion(m, r);
        return m;
    }

    /// <summary>
    /// A function that calls itself until the stack runs out, so that both engines must report stack exhaustion. It
    /// has no side effects, so how deep each engine got before the trap leaves no trace in the compared state.
    /// </summary>
    private static void AddUnboundedRecursion(ModuleShape m, FuzzRandom r)
    {
        int self = m.FunctionCount;
        ValType[] parameters = Types(r, r.Range(1, 3));
        m.FunctionTypes.Add(m.TypeIndex(parameters, new[] { ValType.I32 }));
        var body = new WasmWriter().U32(0);
        for (int p = 0; p < parameters.Length; p++) body.Byte(0x20).U32((uint)p);
        body.Byte(0x10).U32((uint)self).Byte(0x41).S64(1).Byte(0x6A).Byte(0x0B);
        m.Bodies.Add(body.ToArray());
        if (parameters.Any(p => p.IsReference())) return;
        m.FunctionExports.Add(("deep", self));
        m.Calls.Add(new ExportCall("deep", m.FunctionSignature(self), parameters.Select(p => InterestingValues.Next(r, p)).ToArray()));
    }

    private static void AddSegments(ModuleShape m, FuzzRandom r, int functionCount)
    {
        int?[] Entries(ValType type, int count) => Enumerable.Range(0, count)
            .Select(_ => type == ValType.FuncRef && r.Chance(80) ? r.Next(functionCount) : (int?)null).ToArray();

        for (int t = 0; t < m.Tables.Count; t++)
        {
            TableShape table = m.Tables[t];
            if (table.Minimum == 0 || r.Chance(20)) continue;
            uint offset = (uint)r.Range(0, (int)table.Minimum - 1);
            int count = r.Range(0, (int)(table.Minimum - offset));
            m.Elements.Add(new ElementShape(ElementMode.Active, table.ElementType, t, offset, Entries(table.ElementType, count)));
        }
        for (int i = 0, n = r.Range(0, 2); i < n; i++)
        {
            ValType type = r.Chance(75) ? ValType.FuncRef : ValType.ExternRef;
            m.Elements.Add(new ElementShape(ElementMode.Passive, type, 0, 0, Entries(type, r.Range(0, 5))));
        }
        // Every function may be named by ref.func.
        m.Elements.Add(new ElementShape(ElementMode.Declarative, ValType.FuncRef, 0, 0,
            Enumerable.Range(0, functionCount).Select(f => (int?)f).ToArray()));

        if (m.Memory is not { } memory) return;
        if (memory.Minimum > 0 && r.Chance(70))
        {
            // Low memory, where most accesses land, starts with varied bytes: copies and loads then show their effects.
            m.Datas.Add(new DataShape(true, (uint)r.Range(0, 16), Enumerable.Range(0, r.Range(8, 48)).Select(_ => (byte)r.Next(256)).ToArray()));
        }
        for (int i = 0, n = r.Range(0, 3); i < n; i++)
        {
            byte[] bytes = Enumerable.Range(0, r.Range(0, 12)).Select(_ => (byte)r.Next(256)).ToArray();
            bool active = memory.Minimum > 0 && r.Chance(50);
            uint offset = active ? (uint)r.Range(0, (int)(memory.Minimum * 65536 - (uint)bytes.Length)) : 0;
            if (active && r.Chance(50)) offset = (uint)r.Range(0, 64);
            m.Datas.Add(new DataShape(active, offset, bytes));
        }
    }

    private static ValType[] Numeric(FuzzRandom r, int count) => Enumerable.Range(0, count).Select(_ => r.Pick(ModuleEncoder.NumericTypes)).ToArray();

    private static ValType[] Types(FuzzRandom r, int count) =>
        Enumerable.Range(0, count).Select(_ => r.Chance(88) ? r.Pick(ModuleEncoder.NumericTypes) : r.Pick(ModuleEncoder.AllTypes)).ToArray();
}

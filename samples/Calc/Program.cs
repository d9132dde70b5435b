using System;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using Witsharp.Calc.CalcWorld;

var engine = new WasmEngine();
var linker = new ComponentLinker(engine);
Calc.AddToLinker(linker, new Host());                 // every import of the world, from one host object

Component component = Component.FromFile(engine, args.Length > 0 ? args[0] : "calc.component.wasm");
using Calc calc = Calc.Instantiate(linker, component); // exports are typed methods
Console.WriteLine($"add(1, 2) = {calc.Add(1, 2)}");
Console.WriteLine(calc.Greet("World"));

sealed class Host : IImports
{
    public void Log(string msg) => Console.WriteLine($"log: {msg}");
}

namespace WitSharp.Components.Benchmarks;

/// <summary>
/// The four figures of issue #11's component benchmark for one runtime, with the results it computed (checked
/// against each other so that a runtime that skips work cannot look fast).
/// </summary>
/// <param name="Runtime">Who ran it, e.g. <c>WitSharp (generated bindings)</c>.</param>
/// <param name="LoadUs">Load from bytes: decode, validate and compile, in microseconds.</param>
/// <param name="InstantiateUs">Instantiate plus the first <c>add(1, 2)</c>, in microseconds.</param>
/// <param name="AddNs">A warm <c>add</c>, in nanoseconds.</param>
/// <param name="GreetNs">A warm <c>greet("World")</c> (one host <c>log</c> call inside), in nanoseconds.</param>
/// <param name="Add">What <c>add(1, 2)</c> returned.</param>
/// <param name="Greet">What <c>greet("World")</c> returned.</param>
public sealed record CalcFigures(string Runtime, double LoadUs, double InstantiateUs, double AddNs, double GreetNs, uint Add, string Greet);

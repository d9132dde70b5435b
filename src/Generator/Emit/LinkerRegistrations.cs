using System.Collections.Generic;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Every import trampoline the bindings emitted, as a component linker must register it: the core module (the
    /// import's name in the world, <c>$root</c> for the world's own functions), the function's WIT name and the
    /// trampoline. <see cref="ComponentWorldEmitter"/> turns them into <c>AddToLinker</c>, so no user types a name.
    /// </summary>
    internal sealed class LinkerRegistrations
    {
        private readonly List<LinkerRegistration> _items = new List<LinkerRegistration>();

        /// <summary>The registrations in the order the trampolines were written.</summary>
        public IReadOnlyList<LinkerRegistration> Items => _items;

        /// <summary>Records a trampoline <paramref name="trampoline"/> (qualified) for <paramref name="function"/> of <paramref name="coreModule"/>.</summary>
        public void Add(string coreModule, int? interfaceId, string function, string trampoline, bool takesHost) =>
            _items.Add(new LinkerRegistration(coreModule, interfaceId, function, trampoline, takesHost));
    }

    /// <summary>
    /// One import trampoline: <paramref name="InterfaceId"/> is the imported interface (null for a world function);
    /// <paramref name="TakesHost"/> is false for resource methods, which are called on the resource object itself.
    /// </summary>
    internal sealed record LinkerRegistration(string CoreModule, int? InterfaceId, string Function, string Trampoline, bool TakesHost);
}

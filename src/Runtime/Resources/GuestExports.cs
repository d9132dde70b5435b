using System;
using System.Collections.Generic;

namespace WitSharp.Runtime.Resources
{
    /// <summary>
    /// How the bindings reach an instance's core exports outside a generated export binding: the methods and
    /// destructors of resources the guest implements, called through the objects that stand for them.
    /// Export indices are resolved once per name.
    /// </summary>
    public sealed class GuestExports
    {
        private readonly Func<string, int> _resolveExport;
        private readonly Dictionary<string, int> _indices = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>
        /// Creates the seam. <paramref name="resolveExport"/> maps a core export name (<c>ns:pkg/iface#[method]r.m</c>)
        /// to the index <paramref name="invoker"/> calls it by.
        /// </summary>
        public GuestExports(ICoreFunctionInvoker invoker, Func<string, int> resolveExport)
        {
            Invoker = invoker ?? throw new ArgumentNullException(nameof(invoker));
            _resolveExport = resolveExport ?? throw new ArgumentNullException(nameof(resolveExport));
        }

        /// <summary>Calls the instance's core functions.</summary>
        public ICoreFunctionInvoker Invoker { get; }

        /// <summary>True when this seam calls through <paramref name="invoker"/> and resolves with <paramref name="resolveExport"/>.</summary>
        public bool Uses(ICoreFunctionInvoker invoker, Func<string, int> resolveExport) =>
            ReferenceEquals(Invoker, invoker) && _resolveExport.Equals(resolveExport);

        /// <summary>The index of core export <paramref name="name"/>, resolved on first use.</summary>
        public int Index(string name)
        {
            if (!_indices.TryGetValue(name, out int index))
            {
                index = _resolveExport(name);
                _indices.Add(name, index);
            }
            return index;
        }
    }
}

using System;

namespace WitSharp.Engine.Execution;

/// <summary>The Checked build caught an interpreter access outside its array: an engine bug, reported instead of done.</summary>
internal sealed class CheckedAccessException : InvalidOperationException
{
    public CheckedAccessException(string message) : base("checked build: " + message)
    {
    }
}

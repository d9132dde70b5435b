using System;
using System.Collections.Generic;
using WitSharp.Components.Binary;
using WitSharp.Components.Tests.Validation;
using WitSharp.Components.Validation;

namespace WitSharp.Components.Tests.Binary;

/// <summary>
/// Mutated binaries (flipped, inserted, deleted and overwritten bytes, from a fixed seed) through decode and validate:
/// only the two documented exceptions may come out. The corpus-wide hostile run with instantiation lives with the corpus tests.
/// </summary>
public class MutationTests
{
    private static IEnumerable<byte[]> Seeds()
    {
        yield return SampleComponents.Rich();
        yield return ValidationFixture.WithCore(ValidationFixture.Greet, ValidationFixture.Realloc, ValidationFixture.PostReturn)
            .Types(ValidationFixture.GreetType)
            .Canons(w => w.Byte(0x00, 0x00).U32(0).U32(4).Byte(0x03).U32(0).Byte(0x04).U32(1).Byte(0x05).U32(2).Byte(0x01).U32(0))
            .Exports(w => w.ExternName("greet").Byte(0x01).U32(0).Byte(0x00))
            .ToArray();
    }

    [Fact]
    public void Mutated_components_throw_only_documented_exceptions()
    {
        var random = new Random(20261204);
        int decoded = 0, valid = 0, total = 0;
        foreach (byte[] seed in Seeds())
        {
            for (int n = 0; n < 2000; n++)
            {
                byte[] mutant = Mutate(seed, random);
                total++;
                try
                {
                    var component = ComponentDecoder.Decode(mutant);
                    decoded++;
                    ComponentValidator.Validate(component);
                    valid++;
                }
                catch (ComponentDecodeException error)
                {
                    Assert.InRange(error.Offset, 0, mutant.Length);
                }
                catch (ComponentValidationException error)
                {
                    Assert.InRange(error.Offset, 0, mutant.Length);
                }
            }
        }
        // The mutations must reach the validator, not only the decoder's first checks.
        Assert.True(decoded > total / 20, $"only {decoded} of {total} mutants decoded");
        Assert.True(decoded > valid, "no mutant was rejected by validation");
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        int edits = 1 + random.Next(3);
        for (int e = 0; e < edits; e++)
        {
            int at = 8 + random.Next(Math.Max(1, bytes.Count - 8));
            if (at >= bytes.Count) at = bytes.Count - 1;
            switch (random.Next(4))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes[at] = (byte)random.Next(256); break;
                case 2: bytes.Insert(at, (byte)random.Next(256)); break;
                default: if (bytes.Count > 9) bytes.RemoveAt(at); break;
            }
        }
        return bytes.ToArray();
    }
}

using WitSharp.WitParser.Resolution;

namespace WitSharp.WitParser.Json
{
    /// <summary>
    /// Writes a <see cref="WitResolve"/> as JSON in the reference wit-parser's serde layout: four arrays
    /// (<c>worlds</c>, <c>interfaces</c>, <c>types</c>, <c>packages</c>) whose items refer to each other by index.
    /// </summary>
    public static class WitJsonWriter
    {
        /// <summary>The JSON text of <paramref name="resolve"/>.</summary>
        public static string Write(WitResolve resolve)
        {
            var w = new JsonTextWriter();
            w.BeginObject();
            w.Name("worlds");
            w.BeginArray();
            foreach (var world in resolve.Worlds) WriteWorld(w, world);
            w.EndArray();
            w.Name("interfaces");
            w.BeginArray();
            foreach (var iface in resolve.Interfaces) WriteInterface(w, iface);
            w.EndArray();
            w.Name("types");
            w.BeginArray();
            foreach (var ty in resolve.Types) WriteTypeDef(w, ty);
            w.EndArray();
            w.Name("packages");
            w.BeginArray();
            foreach (var pkg in resolve.Packages) WritePackage(w, pkg);
            w.EndArray();
            w.EndObject();
            return w.ToString();
        }

        private static void WriteWorld(JsonTextWriter w, WitWorld world)
        {
            w.BeginObject();
            w.Name("name");
            w.String(world.Name);
            w.Name("imports");
            WriteWorldItems(w, world.Imports);
            w.Name("exports");
            WriteWorldItems(w, world.Exports);
            w.Name("package");
            WriteOptionalId(w, world.Package);
            WriteDocs(w, world.Docs);
            WriteStability(w, world.Stability);
            w.EndObject();
        }

        private static void WriteWorldItems(JsonTextWriter w, OrderedMap<WitWorldKey, WitWorldItem> items)
        {
            w.BeginObject();
            foreach (var entry in items)
            {
                w.Name(entry.Key.IsName ? entry.Key.Name! : "interface-" + entry.Key.InterfaceId);
                var item = entry.Value;
                w.BeginObject();
                switch (item.Kind)
                {
                    case WitWorldItemKind.Interface:
                        w.Name("interface");
                        w.BeginObject();
                        w.Name("id");
                        w.Number(item.Id);
                        WriteStability(w, item.Stability);
                        WriteExternalId(w, item.ExternalId);
                        WriteDocs(w, item.Docs);
                        w.EndObject();
                        break;
                    case WitWorldItemKind.Function:
                        w.Name("function");
                        WriteFunction(w, item.Function!);
                        break;
                    default:
                        w.Name("type");
                        w.Number(item.Id);
                        break;
                }
                w.EndObject();
            }
            w.EndObject();
        }

        private static void WriteInterface(JsonTextWriter w, WitInterface iface)
        {
            w.BeginObject();
            w.Name("name");
            w.String(iface.Name);
            w.Name("types");
            w.BeginObject();
            foreach (var t in iface.Types)
            {
                w.Name(t.Key);
                w.Number(t.Value);
            }
            w.EndObject();
            w.Name("functions");
            w.BeginObject();
            foreach (var f in iface.Functions)
            {
                w.Name(f.Key);
                WriteFunction(w, f.Value);
            }
            w.EndObject();
            WriteDocs(w, iface.Docs);
            WriteStability(w, iface.Stability);
            w.Name("package");
            WriteOptionalId(w, iface.Package);
            w.EndObject();
        }

        private static void WriteFunction(JsonTextWriter w, WitFunction f)
        {
            w.BeginObject();
            w.Name("name");
            w.String(f.Name);
            w.Name("kind");
            string tag = f.Kind switch
            {
                WitFunctionKindTag.Freestanding => "freestanding",
                WitFunctionKindTag.AsyncFreestanding => "async-freestanding",
                WitFunctionKindTag.Method => "method",
                WitFunctionKindTag.AsyncMethod => "async-method",
                WitFunctionKindTag.Static => "static",
                WitFunctionKindTag.AsyncStatic => "async-static",
                _ => "constructor",
            };
            if (f.Resource < 0)
            {
                w.String(tag);
            }
            else
            {
                w.BeginObject();
                w.Name(tag);
                w.Number(f.Resource);
                w.EndObject();
            }
            w.Name("params");
            w.BeginArray();
            foreach (var p in f.Params)
            {
                w.BeginObject();
                w.Name("name");
                w.String(p.Name);
                w.Name("type");
                WriteType(w, p.Type);
                w.EndObject();
            }
            w.EndArray();
            if (f.Result is { } result)
            {
                w.Name("result");
                WriteType(w, result);
            }
            WriteDocs(w, f.Docs);
            WriteStability(w, f.Stability);
            WriteExternalId(w, f.ExternalId);
            w.EndObject();
        }

        private static void WriteTypeDef(JsonTextWriter w, WitTypeDef ty)
        {
            w.BeginObject();
            w.Name("name");
            w.String(ty.Name);
            w.Name("kind");
            WriteKind(w, ty.Kind);
            w.Name("owner");
            switch (ty.Owner.Kind)
            {
                case WitTypeOwnerKind.Interface:
                    w.BeginObject();
                    w.Name("interface");
                    w.Number(ty.Owner.Id);
                    w.EndObject();
                    break;
                case WitTypeOwnerKind.World:
                    w.BeginObject();
                    w.Name("world");
                    w.Number(ty.Owner.Id);
                    w.EndObject();
                    break;
                default:
                    w.Null();
                    break;
            }
            WriteDocs(w, ty.Docs);
            WriteStability(w, ty.Stability);
            WriteExternalId(w, ty.ExternalId);
            w.EndObject();
        }

        private static void WriteKind(JsonTextWriter w, WitTypeDefKind kind)
        {
            switch (kind)
            {
                case WitResourceKind:
                    w.String("resource");
                    return;
                case WitUnknownKind:
                    w.String("unknown");
                    return;
            }
            w.BeginObject();
            switch (kind)
            {
                case WitRecordKind r:
                    w.Name("record");
                    w.BeginObject();
                    w.Name("fields");
                    w.BeginArray();
                    foreach (var f in r.Fields)
                    {
                        w.BeginObject();
                        w.Name("name");
                        w.String(f.Name);
                        w.Name("type");
                        WriteType(w, f.Type);
                        WriteDocs(w, f.Docs);
                        w.EndObject();
                    }
                    w.EndArray();
                    w.EndObject();
                    break;
                case WitHandleKind h:
                    w.Name("handle");
                    w.BeginObject();
                    w.Name(h.IsBorrow ? "borrow" : "own");
                    w.Number(h.Resource);
                    w.EndObject();
                    break;
                case WitFlagsKind fl:
                    w.Name("flags");
                    w.BeginObject();
                    w.Name("flags");
                    WriteNamedCases(w, fl.Flags);
                    w.EndObject();
                    break;
                case WitTupleKind t:
                    w.Name("tuple");
                    w.BeginObject();
                    w.Name("types");
                    w.BeginArray();
                    foreach (var e in t.Types) WriteType(w, e);
                    w.EndArray();
                    w.EndObject();
                    break;
                case WitVariantKind v:
                    w.Name("variant");
                    w.BeginObject();
                    w.Name("cases");
                    w.BeginArray();
                    foreach (var c in v.Cases)
                    {
                        w.BeginObject();
                        w.Name("name");
                        w.String(c.Name);
                        w.Name("type");
                        WriteOptionalType(w, c.Type);
                        WriteDocs(w, c.Docs);
                        w.EndObject();
                    }
                    w.EndArray();
                    w.EndObject();
                    break;
                case WitEnumKind en:
                    w.Name("enum");
                    w.BeginObject();
                    w.Name("cases");
                    WriteNamedCases(w, en.Cases);
                    w.EndObject();
                    break;
                case WitOptionKind o:
                    w.Name("option");
                    WriteType(w, o.Type);
                    break;
                case WitResultKind res:
                    w.Name("result");
                    w.BeginObject();
                    w.Name("ok");
                    WriteOptionalType(w, res.Ok);
                    w.Name("err");
                    WriteOptionalType(w, res.Err);
                    w.EndObject();
                    break;
                case WitListKind l:
                    w.Name("list");
                    WriteType(w, l.Element);
                    break;
                case WitFixedSizeListKind fl:
                    w.Name("fixed-length-list");
                    w.BeginArray();
                    WriteType(w, fl.Element);
                    w.Number(fl.Size);
                    w.EndArray();
                    break;
                case WitMapKind m:
                    w.Name("map");
                    w.BeginArray();
                    WriteType(w, m.Key);
                    WriteType(w, m.Value);
                    w.EndArray();
                    break;
                case WitFutureKind fu:
                    w.Name("future");
                    WriteOptionalType(w, fu.Type);
                    break;
                case WitStreamKind s:
                    w.Name("stream");
                    WriteOptionalType(w, s.Type);
                    break;
                case WitAliasKind a:
                    w.Name("type");
                    WriteType(w, a.Target);
                    break;
            }
            w.EndObject();
        }

        private static void WriteNamedCases(JsonTextWriter w, System.Collections.Generic.IReadOnlyList<WitNamedCase> cases)
        {
            w.BeginArray();
            foreach (var c in cases)
            {
                w.BeginObject();
                w.Name("name");
                w.String(c.Name);
                WriteDocs(w, c.Docs);
                w.EndObject();
            }
            w.EndArray();
        }

        private static void WritePackage(JsonTextWriter w, WitPackage pkg)
        {
            w.BeginObject();
            w.Name("name");
            w.String(pkg.Name.ToString());
            WriteDocs(w, pkg.Docs);
            w.Name("interfaces");
            WriteIdMap(w, pkg.Interfaces);
            w.Name("worlds");
            WriteIdMap(w, pkg.Worlds);
            w.EndObject();
        }

        private static void WriteIdMap(JsonTextWriter w, OrderedMap<string, int> map)
        {
            w.BeginObject();
            foreach (var e in map)
            {
                w.Name(e.Key);
                w.Number(e.Value);
            }
            w.EndObject();
        }

        private static void WriteType(JsonTextWriter w, WitType t)
        {
            if (t.IsId) w.Number(t.TypeId);
            else w.String(t.PrimitiveName);
        }

        private static void WriteOptionalType(JsonTextWriter w, WitType? t)
        {
            if (t is { } v) WriteType(w, v);
            else w.Null();
        }

        private static void WriteOptionalId(JsonTextWriter w, int? id)
        {
            if (id is int v) w.Number(v);
            else w.Null();
        }

        private static void WriteDocs(JsonTextWriter w, WitDocs docs)
        {
            if (docs.Contents is null) return;
            w.Name("docs");
            w.BeginObject();
            w.Name("contents");
            w.String(docs.Contents);
            w.EndObject();
        }

        // wit-parser's field is not renamed to kebab-case: "external_id", present only when set.
        private static void WriteExternalId(JsonTextWriter w, string? id)
        {
            if (id is null) return;
            w.Name("external_id");
            w.String(id);
        }

        private static void WriteStability(JsonTextWriter w, WitStability s)
        {
            if (s.IsUnknown) return;
            w.Name("stability");
            w.BeginObject();
            if (s.Kind == WitStabilityKind.Stable)
            {
                w.Name("stable");
                w.BeginObject();
                w.Name("since");
                w.String(s.Since!.ToString());
            }
            else
            {
                w.Name("unstable");
                w.BeginObject();
                w.Name("feature");
                w.String(s.Feature);
            }
            if (s.Deprecated is { } d)
            {
                w.Name("deprecated");
                w.String(d.ToString());
            }
            w.EndObject();
            w.EndObject();
        }
    }
}

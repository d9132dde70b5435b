// A wasi:http@0.2.12 handler written against the WASI types directly (componentize-js binds the export
// `incomingHandler`), routing on method and path:
//   GET  /                 200 text/plain "index"
//   GET  /hello/<name>     200 "hello, <name>!" with the name, URI-encoded, in an x-greeting response header
//   GET  /headers          200: the request's x-* headers as sorted "name: value" lines; repeats a multi-valued
//                          response header (x-multi: a, b)
//   POST /echo             200: the request body back, with the request's content-type
//   POST /count            200 "<bytes> <sum of bytes mod 2^32>": reads the request body in chunks
//   GET  /large?n=<bytes>  200: n bytes of a repeating pattern, written 4096 at a time (streamed)
//   GET  /proxy?port=<p>   an outgoing GET to http://127.0.0.1:<p>/upstream: "upstream <status>: <body>"
//   anything else          404 (405 when the path exists but the method does not)
import { Fields, OutgoingResponse, OutgoingBody, ResponseOutparam, OutgoingRequest } from "wasi:http/types@0.2.12";
import { handle as sendRequest } from "wasi:http/outgoing-handler@0.2.12";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function respond(outparam, status, headers, chunks) {
  const fields = Fields.fromList(headers.map(([name, value]) => [name, encoder.encode(value)]));
  const response = new OutgoingResponse(fields);
  response.setStatusCode(status);
  const body = response.body();
  ResponseOutparam.set(outparam, { tag: "ok", val: response });
  const stream = body.write();
  for (const chunk of chunks) {
    // blocking-write-and-flush takes at most 4096 bytes per call.
    for (let offset = 0; offset < chunk.length; offset += 4096) {
      stream.blockingWriteAndFlush(chunk.subarray(offset, Math.min(chunk.length, offset + 4096)));
    }
  }
  stream[Symbol.dispose]();
  OutgoingBody.finish(body, undefined);
}

function text(outparam, status, message, extra = []) {
  respond(outparam, status, [["content-type", "text/plain"], ...extra], [encoder.encode(message)]);
}

// Reads an incoming-body (of a request or of a response) to its end, a chunk at a time.
function readBody(incoming, onChunk) {
  const body = incoming.consume();
  const stream = body.stream();
  for (;;) {
    let chunk;
    try {
      chunk = stream.blockingRead(65536n);
    } catch (e) {
      if (e && (e.tag === "closed" || (e.payload && e.payload.tag === "closed"))) break;
      throw e;
    }
    onChunk(chunk);
  }
  stream[Symbol.dispose]();
}

function query(pathWithQuery, name) {
  const at = pathWithQuery.indexOf("?");
  if (at < 0) return undefined;
  for (const pair of pathWithQuery.slice(at + 1).split("&")) {
    const [key, value] = pair.split("=");
    if (key === name) return value;
  }
  return undefined;
}

function unwrapResult(value) {
  // option<result<result<incoming-response, error-code>>> arrives as nested { tag, val } results.
  while (value && typeof value === "object" && "tag" in value) {
    if (value.tag === "err") throw new Error("outgoing request failed: " + JSON.stringify(value.val));
    value = value.val;
  }
  return value;
}

function proxy(outparam, port) {
  const request = new OutgoingRequest(new Fields());
  request.setMethod({ tag: "get" });
  request.setScheme({ tag: "HTTP" });
  request.setAuthority("127.0.0.1:" + port);
  request.setPathWithQuery("/upstream");
  const future = sendRequest(request, undefined);
  let result;
  while ((result = future.get()) === undefined) future.subscribe().block();
  const response = unwrapResult(result);
  const status = response.status();
  let received = "";
  readBody(response, (chunk) => (received += decoder.decode(chunk, { stream: true })));
  text(outparam, 200, "upstream " + status + ": " + received);
}

const routes = {
  "/": { get: (req, out) => text(out, 200, "index") },
  "/headers": {
    get: (req, out) => {
      const lines = req.headers().entries()
        .map(([name, value]) => [name.toLowerCase(), decoder.decode(value)])
        .filter(([name]) => name.startsWith("x-"))
        .map(([name, value]) => name + ": " + value)
        .sort();
      respond(out, 200, [["content-type", "text/plain"], ["x-multi", "a"], ["x-multi", "b"]], [encoder.encode(lines.join("\n") + "\n")]);
    },
  },
  "/echo": {
    post: (req, out) => {
      const type = req.headers().get("content-type").map((v) => decoder.decode(v))[0] ?? "application/octet-stream";
      const chunks = [];
      readBody(req, (chunk) => chunks.push(chunk));
      respond(out, 200, [["content-type", type]], chunks);
    },
  },
  "/count": {
    post: (req, out) => {
      let bytes = 0;
      let sum = 0;
      readBody(req, (chunk) => {
        bytes += chunk.length;
        for (const b of chunk) sum = (sum + b) >>> 0;
      });
      text(out, 200, bytes + " " + sum);
    },
  },
  "/large": {
    get: (req, out, path) => {
      const total = Number(query(path, "n") ?? "1048576");
      const pattern = new Uint8Array(4096);
      for (let i = 0; i < pattern.length; i++) pattern[i] = 97 + (i % 26);
      const chunks = [];
      for (let left = total; left > 0; left -= pattern.length) chunks.push(pattern.subarray(0, Math.min(left, pattern.length)));
      respond(out, 200, [["content-type", "application/octet-stream"]], chunks);
    },
  },
  "/proxy": { get: (req, out, path) => proxy(out, query(path, "port")) },
};

export const incomingHandler = {
  handle(request, outparam) {
    const pathWithQuery = request.pathWithQuery() ?? "/";
    const path = pathWithQuery.split("?")[0];
    const method = request.method().tag;
    if (path.startsWith("/hello/") && method === "get") {
      const name = decodeURIComponent(path.slice("/hello/".length));
      return text(outparam, 200, "hello, " + name + "!", [["x-greeting", encodeURIComponent(name)]]);
    }
    const route = routes[path];
    if (!route) return text(outparam, 404, "no route for " + path);
    const handler = route[method];
    if (!handler) return text(outparam, 405, "method " + method + " not allowed on " + path);
    return handler(request, outparam, pathWithQuery);
  },
};

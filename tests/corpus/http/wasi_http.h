// The wasi:http@0.2.0 and wasi:io/streams@0.2.0 imports the corpus's C handlers use, declared by hand with their
// flattened Canonical ABI signatures (what `jco embed --dummy` prints for these functions). Results that do not fit
// one core value are written at the last argument, a pointer to 8-aligned memory of at least 40 bytes.
#ifndef WASI_HTTP_H
#define WASI_HTTP_H

#include <stdint.h>

#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))
#define HTTP "wasi:http/types@0.2.0"
#define STREAMS "wasi:io/streams@0.2.0"

IMPORT(HTTP, "[constructor]fields") int32_t fields_new(void);
IMPORT(HTTP, "[method]fields.append") void fields_append(int32_t self, const char *name, int32_t name_len,
                                                          const uint8_t *value, int32_t value_len, int32_t *ret);
IMPORT(HTTP, "[method]incoming-request.path-with-query") void request_path(int32_t self, int32_t *ret);
IMPORT(HTTP, "[resource-drop]incoming-request") void request_drop(int32_t self);
IMPORT(HTTP, "[constructor]outgoing-response") int32_t response_new(int32_t headers);
IMPORT(HTTP, "[method]outgoing-response.body") void response_body(int32_t self, int32_t *ret);
IMPORT(HTTP, "[static]response-outparam.set") void outparam_set(int32_t outparam, int32_t is_err, int32_t response,
                                                                 int32_t a, int64_t b, int32_t c, int32_t d, int32_t e, int32_t f);
IMPORT(HTTP, "[method]outgoing-body.write") void body_write(int32_t self, int32_t *ret);
IMPORT(HTTP, "[static]outgoing-body.finish") void body_finish(int32_t self, int32_t has_trailers, int32_t trailers, int32_t *ret);
IMPORT(STREAMS, "[method]output-stream.blocking-write-and-flush") void stream_write(int32_t self, const uint8_t *data,
                                                                                     int32_t len, int32_t *ret);
IMPORT(STREAMS, "[resource-drop]output-stream") void stream_drop(int32_t self);

#endif

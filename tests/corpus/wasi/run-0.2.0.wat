;; A wasi:cli/command written by hand against WASI 0.2.0: its run export gets stdout, writes one line with
;; blocking-write-and-flush and drops the stream. The host implements 0.2.12; the linker matches 0.2.0 to it by the
;; Component Model's semver rules (same canonical name wasi:…@0.2).
(component
  (import "wasi:io/error@0.2.0" (instance $error-instance
    (export "error" (type (sub resource)))))
  (alias export $error-instance "error" (type $error))
  (import "wasi:io/streams@0.2.0" (instance $streams
    (alias outer 1 $error (type $error))
    (export "error" (type $error-export (eq $error)))
    (export "output-stream" (type $output-stream (sub resource)))
    (type $stream-error (variant (case "last-operation-failed" (own $error-export)) (case "closed")))
    (export "stream-error" (type $stream-error-export (eq $stream-error)))
    (type $write (func (param "self" (borrow $output-stream)) (param "contents" (list u8)) (result (result (error $stream-error-export)))))
    (export "[method]output-stream.blocking-write-and-flush" (func (type $write)))))
  (alias export $streams "output-stream" (type $output-stream))
  (import "wasi:cli/stdout@0.2.0" (instance $stdout
    (alias outer 1 $output-stream (type $output-stream))
    (export "output-stream" (type $output-stream-export (eq $output-stream)))
    (type $get (func (result (own $output-stream-export))))
    (export "get-stdout" (func (type $get)))))

  ;; The memory lives in its own module so that the lowered imports can name it before the main module exists.
  (core module $memory-module (memory (export "memory") 1))
  (core instance $memory-instance (instantiate $memory-module))
  (alias core export $memory-instance "memory" (core memory $memory))

  (core func $get-stdout (canon lower (func $stdout "get-stdout")))
  (core func $write (canon lower (func $streams "[method]output-stream.blocking-write-and-flush") (memory $memory)))
  (core func $drop-stream (canon resource.drop $output-stream))

  (core module $main
    (import "host" "memory" (memory 1))
    (import "host" "get-stdout" (func $get-stdout (result i32)))
    (import "host" "write" (func $write (param i32 i32 i32 i32)))
    (import "host" "drop-stream" (func $drop-stream (param i32)))
    (data (i32.const 16) "hello from a component built against WASI 0.2.0\n")
    (func (export "run") (result i32)
      (local $stream i32)
      (local.set $stream (call $get-stdout))
      ;; 48 bytes at 16; the result<_, stream-error> goes to 128.
      (call $write (local.get $stream) (i32.const 16) (i32.const 48) (i32.const 128))
      (call $drop-stream (local.get $stream))
      ;; ok when the write succeeded (discriminant 0), else error.
      (i32.load8_u (i32.const 128))))
  (core instance $host-instance
    (export "memory" (memory $memory))
    (export "get-stdout" (func $get-stdout))
    (export "write" (func $write))
    (export "drop-stream" (func $drop-stream)))
  (core instance $main-instance (instantiate $main (with "host" (instance $host-instance))))

  (type $run-type (func (result (result))))
  (func $run (type $run-type) (canon lift (core func $main-instance "run")))
  (instance $run-instance (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $run-instance)))

;; The instance flags of CanonicalABI.md: may_leave (cleared while realloc and post-return run) and may_enter
;; (re-entrance). `ping` is a host import the core code calls from places where the spec forbids it.
(component
  (import "ping" (func $ping))
  (core func $ping_lowered (canon lower (func $ping)))
  (core module $m
    (import "host" "ping" (func $ping))
    (memory (export "memory") 1)
    ;; A realloc that calls an import: the first string lowered into the guest must trap.
    (func (export "realloc") (param i32 i32 i32 i32) (result i32) (call $ping) (i32.const 64))
    (func (export "length") (param i32 i32) (result i32) (local.get 1))
    (func (export "call-ping") (call $ping))
    (func (export "seven") (result i32) (i32.const 7))
    ;; A post-return that calls an import.
    (func (export "post-ping") (param i32) (call $ping)))
  (core instance $host (export "ping" (func $ping_lowered)))
  (core instance $i (instantiate $m (with "host" (instance $host))))
  (alias core export $i "memory" (core memory $memory))
  (alias core export $i "realloc" (core func $realloc))
  (alias core export $i "post-ping" (core func $post))
  (func (export "length") (param "s" string) (result u32)
    (canon lift (core func $i "length") (memory $memory) (realloc $realloc)))
  (func (export "call-ping") (canon lift (core func $i "call-ping")))
  (func (export "seven") (result u32) (canon lift (core func $i "seven") (post-return $post)))
)

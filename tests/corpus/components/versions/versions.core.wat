;; The core module of the versions component (wit/): two versions of witsharp:greeter/api exported side by side, both
;; calling the versioned host interface witsharp:versions/host@1.2.3. Names are those of `jco embed --dummy`
;; (wit-component abbreviates versions in core names to the major version: @1, @2).
(module
  (import "cm32p2|witsharp:versions/host@1" "note" (func $note (param i32 i32 i32) (result i32)))
  (memory (export "cm32p2_memory") 1)
  (data (i32.const 16) "v1v2")
  (func (export "cm32p2_initialize"))
  ;; Never called: no argument or result of these functions reaches the guest through memory.
  (func (export "cm32p2_realloc") (param i32 i32 i32 i32) (result i32) unreachable)
  (func (export "cm32p2|witsharp:greeter/api@1|scale") (param $n i32) (result i32)
    (i32.add (call $note (i32.const 16) (i32.const 2) (local.get $n)) (i32.const 1)))
  (func (export "cm32p2|witsharp:greeter/api@2|scale") (param $n i32) (param $factor i32) (result i64)
    (i64.mul (i64.extend_i32_u (call $note (i32.const 18) (i32.const 2) (local.get $n)))
             (i64.extend_i32_u (local.get $factor))))
)

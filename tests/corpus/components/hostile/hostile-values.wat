;; Hand-written hostile exports (hostile.wit, world hostile-values): each breaks one Canonical ABI rule and must trap
;; with a clear message on every runtime, leaving the host intact. `good` returns 7.
(component
  (type $r (resource (rep i32)))
  (core func $new (canon resource.new $r))
  (core func $rep (canon resource.rep $r))
  (core func $drop (canon resource.drop $r))
  (core module $m
    (import "r" "new" (func $new (param i32) (result i32)))
    (import "r" "rep" (func $rep (param i32) (result i32)))
    (import "r" "drop" (func $drop (param i32)))
    (memory (export "memory") 1)
    ;; C3 28: a lead byte followed by a byte that cannot continue it.
    (data (i32.const 16) "\c3\28")
    ;; bad-utf8's return area: pointer 16, length 2.
    (data (i32.const 32) "\10\00\00\00\02\00\00\00")
    (func (export "good") (result i32) (i32.const 7))
    (func (export "bad-utf8") (result i32) (i32.const 32))
    ;; bad-discriminant's return area: option<u8> with discriminant 7 (only 0 and 1 exist).
    (data (i32.const 48) "\07\2a")
    (func (export "bad-discriminant") (result i32) (i32.const 48))
    (func (export "forged-handle") (result i32) (call $rep (i32.const 99)))
    (func (export "own-dropped-twice")
      (local $handle i32)
      (local.set $handle (call $new (i32.const 5)))
      (call $drop (local.get $handle))
      (call $drop (local.get $handle)))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32) unreachable))
  (core instance $resources (export "new" (func $new)) (export "rep" (func $rep)) (export "drop" (func $drop)))
  (core instance $i (instantiate $m (with "r" (instance $resources))))
  (func (export "good") (result u32) (canon lift (core func $i "good")))
  (func (export "bad-utf8") (result string) (canon lift (core func $i "bad-utf8") (memory (core memory $i "memory")) (realloc (core func $i "realloc"))))
  (func (export "bad-discriminant") (result (option u8)) (canon lift (core func $i "bad-discriminant") (memory (core memory $i "memory"))))
  (func (export "forged-handle") (result u32) (canon lift (core func $i "forged-handle")))
  (func (export "own-dropped-twice") (canon lift (core func $i "own-dropped-twice")))
)

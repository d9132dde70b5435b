;; Handles of a host resource `res` in the guest's table: kept (so disposing the instance must destroy it), dropped by
;; an index the guest chooses (forged or twice), and borrowed without being dropped.
(component
  (import "res" (type $res (sub resource)))
  (type $own (own $res))
  (type $borrow (borrow $res))
  (core func $drop (canon resource.drop $res))
  (core module $m
    (import "host" "drop" (func $drop (param i32)))
    (global $kept (mut i32) (i32.const 0))
    (func (export "keep") (param i32) (global.set $kept (local.get 0)))
    (func (export "kept") (result i32) (global.get $kept))
    (func (export "drop-index") (param i32) (call $drop (local.get 0)))
    (func (export "hold-borrow") (param i32)))
  (core instance $host (export "drop" (func $drop)))
  (core instance $i (instantiate $m (with "host" (instance $host))))
  (func (export "keep") (param "r" $own) (canon lift (core func $i "keep")))
  (func (export "kept") (result u32) (canon lift (core func $i "kept")))
  (func (export "drop-index") (param "i" u32) (canon lift (core func $i "drop-index")))
  (func (export "hold-borrow") (param "r" $borrow) (canon lift (core func $i "hold-borrow")))
)

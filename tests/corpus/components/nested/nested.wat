;; Nested components, aliases (export and outer) and instances made of exports, written in the component text format
;; (`jco parse`). The outer component:
;;   - defines $adder, a component whose core module adds two u32s, and $twice, a component that imports an `op`
;;     function and exports `apply-twice(x, y) = op(op(x, y), y)`;
;;   - instantiates $adder, then $twice with the adder's `add` as its `op` (an instantiation argument);
;;   - exports an instance made of those exports as `witsharp:nested/math@1.0.0`, and `add` again at the root.
(component $outer
  ;; The function type both inner components use, reached from inside them by an outer alias.
  (type $binary (func (param "a" u32) (param "b" u32) (result u32)))

  (component $adder
    (alias outer $outer $binary (type $binary))
    (core module $m
      (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
    (core instance $i (instantiate $m))
    (func $add (type $binary) (canon lift (core func $i "add")))
    (export "add" (func $add)))

  (component $twice
    (alias outer $outer $binary (type $binary))
    (import "op" (func $op (type $binary)))
    (core func $op_lowered (canon lower (func $op)))
    (core module $m
      (import "host" "op" (func $op (param i32 i32) (result i32)))
      (func (export "apply-twice") (param i32 i32) (result i32)
        (call $op (call $op (local.get 0) (local.get 1)) (local.get 1))))
    (core instance $host (export "op" (func $op_lowered)))
    (core instance $i (instantiate $m (with "host" (instance $host))))
    (func $apply (param "x" u32) (param "y" u32) (result u32) (canon lift (core func $i "apply-twice")))
    (export "apply-twice" (func $apply)))

  (instance $a (instantiate $adder))
  (alias export $a "add" (func $add))
  (instance $t (instantiate $twice (with "op" (func $add))))
  (alias export $t "apply-twice" (func $apply))
  (instance $math (export "add" (func $add)) (export "apply-twice" (func $apply)))
  (export "witsharp:nested/math@1.0.0" (instance $math))
  (export "add" (func $add))
)

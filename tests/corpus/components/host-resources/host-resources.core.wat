;; The core module of the host-resources world (host-resources.wit): the guest uses the host's `blob`. Imported methods take
;; `self` as a handle (a borrow lowered from the guest's own handle), constructors and `concat` return own handles.
;; Names and core signatures are those of `jco embed --dummy`.
(module
  (import "cm32p2|witsharp:blobs/blobs" "[constructor]blob" (func $blob_new (param i32 i32) (result i32)))
  (import "cm32p2|witsharp:blobs/blobs" "[method]blob.size" (func $blob_size (param i32) (result i32)))
  (import "cm32p2|witsharp:blobs/blobs" "[method]blob.append" (func $blob_append (param i32 i32)))
  (import "cm32p2|witsharp:blobs/blobs" "concat" (func $concat (param i32 i32) (result i32)))
  (import "cm32p2|witsharp:blobs/blobs" "blob_drop" (func $blob_drop (param i32)))
  (memory (export "cm32p2_memory") 1)
  (func (export "cm32p2_initialize"))
  ;; blob-demo(n): a blob of the bytes 0..n-1, append 255, concat it with itself, drop both, return the size 2(n+1).
  (func (export "cm32p2||blob-demo") (param $n i32) (result i32)
    (local $i i32) (local $first i32) (local $both i32) (local $size i32)
    (block $done
      (loop $fill
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store8 (i32.add (i32.const 256) (local.get $i)) (local.get $i))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $fill)))
    (local.set $first (call $blob_new (i32.const 256) (local.get $n)))
    (call $blob_append (local.get $first) (i32.const 255))
    (local.set $both (call $concat (local.get $first) (local.get $first)))
    (local.set $size (call $blob_size (local.get $both)))
    (call $blob_drop (local.get $first))
    (call $blob_drop (local.get $both))
    (local.get $size))
;; Hostile: a borrow handle dropped twice; the second resource.drop must trap.
  (func (export "cm32p2||drop-borrow-twice") (param $borrowed i32)
    (call $blob_drop (local.get $borrowed))
    (call $blob_drop (local.get $borrowed)))
)

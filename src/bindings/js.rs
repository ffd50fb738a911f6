//! The few JS built-ins the bindings call, declared here instead of taken from js-sys.
//!
//! js-sys declares every JS built-in, and each declaration exports a wasm-bindgen describe
//! function, which the linker keeps whether used or not. The describes of the built-ins that
//! take a callback (`Array.prototype.forEach`, `Promise.then`, …) take the address of a
//! closure-invoke shim, and its `js_sys::futures::jspi` export takes the address of a waker
//! vtable: address-taken functions go into the wasm's function table, and wasm-bindgen and
//! wasm-opt keep every table element, so about 40 `closures::invoke` shims and the jspi task
//! code stayed in our wasm though nothing calls them. js-sys has no feature that leaves them
//! out (only `std`, `unsafe-eval`, `temporal` and a futures stream); these declarations make the
//! same JS calls without it: 156,897 → 154,859 bytes after `wasm-opt -Oz`, 73,194 → 72,123
//! gzipped (measured 2026-11-25).

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A JS `Array`.
    pub type Array;

    /// `new Array()`.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Array;

    /// `Array.isArray(value)`.
    #[wasm_bindgen(static_method_of = Array, js_name = isArray)]
    pub fn is_array(value: &JsValue) -> bool;

    /// `array.length`.
    #[wasm_bindgen(method, getter)]
    pub fn length(this: &Array) -> u32;

    /// `array[index]`.
    #[wasm_bindgen(method, indexing_getter)]
    pub fn get(this: &Array, index: u32) -> JsValue;

    /// `array.push(value)`.
    #[wasm_bindgen(method)]
    pub fn push(this: &Array, value: &JsValue) -> u32;

    /// A JS string primitive.
    pub type JsString;

    /// `string.length`, in UTF-16 code units.
    #[wasm_bindgen(method, getter)]
    pub fn length(this: &JsString) -> u32;

    /// A JS `Int32Array`.
    pub type Int32Array;

    /// `array.length`.
    #[wasm_bindgen(method, getter)]
    pub fn length(this: &Int32Array) -> u32;

    /// `Int32Array.prototype.set.call(into, from)`: copies `from` into wasm memory at `into`,
    /// whose length must be `from.length`.
    #[wasm_bindgen(js_namespace = Int32Array, js_name = "prototype.set.call")]
    fn copy_int32(into: &mut [i32], from: &Int32Array);

    /// A JS `Float64Array`.
    pub type Float64Array;

    /// `array.length`.
    #[wasm_bindgen(method, getter)]
    pub fn length(this: &Float64Array) -> u32;

    /// `Float64Array.prototype.set.call(into, from)`, as `copy_int32`.
    #[wasm_bindgen(js_namespace = Float64Array, js_name = "prototype.set.call")]
    fn copy_float64(into: &mut [f64], from: &Float64Array);

    /// A JS `Object`.
    pub type Object;

    /// `new Object()`, a plain object.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Object;

    /// `ArrayBuffer.isView(value)`: a typed array or a DataView.
    #[wasm_bindgen(js_namespace = ArrayBuffer, js_name = isView)]
    pub fn is_view(value: &JsValue) -> bool;

    /// `Object.keys(object)`.
    #[wasm_bindgen(js_namespace = Object, js_name = keys)]
    pub fn keys(object: &JsValue) -> Array;

    /// `Reflect.get(target, key)`; `Err` when a getter throws.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    pub fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;

    /// `Reflect.set(target, key, value)`; `Err` when a setter throws.
    #[wasm_bindgen(js_namespace = Reflect, js_name = set, catch)]
    pub fn reflect_set(target: &JsValue, key: &JsValue, value: &JsValue) -> Result<bool, JsValue>;
}

impl Int32Array {
    /// The elements, copied into wasm memory in one step.
    pub fn to_vec(&self) -> Vec<i32> {
        let mut out = vec![0; self.length() as usize];
        Int32Array::copy_int32(&mut out, self);
        out
    }
}

impl Float64Array {
    /// The elements, copied into wasm memory in one step.
    pub fn to_vec(&self) -> Vec<f64> {
        let mut out = vec![0.0; self.length() as usize];
        Float64Array::copy_float64(&mut out, self);
        out
    }
}

impl Array {
    /// The elements from `0` to the length read now, as js-sys' `Array::iter` gives them.
    pub fn iter(&self) -> impl Iterator<Item = JsValue> + '_ {
        (0..self.length()).map(move |i| self.get(i))
    }
}

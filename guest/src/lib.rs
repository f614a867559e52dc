//! The Nodule guest: QuickJS with Node's event loop, module loader and built-ins,
//! compiled to a `wasm32-wasip2` component. Every resource it touches comes from the
//! host through the imports of the `nodule:runtime` world.

mod engine;
mod natives;

mod wit {
    wit_bindgen::generate!({ path: "../wit", world: "runtime" });
}

use wit::nodule::runtime::process::Invocation;

struct Component;

impl wit::Guest for Component {
    fn init() {
        engine::init();
    }

    fn run(invocation: Invocation) -> i32 {
        engine::run(invocation)
    }
}

wit::export!(Component with_types_in wit);

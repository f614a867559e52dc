//! Every fixture under `tests/js` is one test case (see `harness/lib.rs`).

use std::path::Path;

use libtest_mimic::{Arguments, Failed, Trial};
use nodule_tests::Fixture;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
    let trials = Fixture::discover(&root)
        .into_iter()
        .map(|fixture| {
            let name = fixture.name(&root);
            Trial::test(name, move || fixture.check().map_err(Failed::from))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

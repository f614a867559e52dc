//! Every fixture under `tests/js` (Node's behaviour) and `tests/npm` (real npm packages,
//! installed by `make test`) is one test case (see `harness/lib.rs`).

use std::path::Path;

use libtest_mimic::{Arguments, Failed, Trial};
use nodule_tests::Fixture;

fn main() {
    let args = Arguments::from_args();
    let tests = Path::new(env!("CARGO_MANIFEST_DIR"));
    let trials = ["js", "npm"]
        .into_iter()
        .flat_map(|suite| {
            let root = tests.join(suite);
            Fixture::discover(&root).into_iter().map(move |fixture| {
                let name = format!("{suite}/{}", fixture.name(&root));
                Trial::test(name, move || fixture.check().map_err(Failed::from))
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

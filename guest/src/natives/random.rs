//! `Math.random`, reseeded from host randomness every run: QuickJS seeds its own
//! generator when the context is created, which a pre-initialized snapshot would freeze.

use std::cell::Cell;

use rquickjs::{Ctx, Function, Object};

thread_local! {
    /// xorshift128+ state, the generator V8 uses for `Math.random`.
    static STATE: Cell<(u64, u64)> = const { Cell::new((0x9E37_79B9_7F4A_7C15, 0xD1B5_4A32_D192_ED03)) };
}

pub fn reseed() {
    let mut seed = [0u8; 16];
    getrandom::fill(&mut seed).expect("host randomness");
    let a = u64::from_le_bytes(seed[..8].try_into().unwrap());
    let b = u64::from_le_bytes(seed[8..].try_into().unwrap());
    // An all-zero state would only ever produce zero.
    STATE.with(|state| state.set(if a | b == 0 { (1, 2) } else { (a, b) }));
}

fn next_f64() -> f64 {
    STATE.with(|state| {
        let (mut s1, s0) = state.get();
        s1 ^= s1 << 23;
        s1 ^= s1 >> 17;
        s1 ^= s0;
        s1 ^= s0 >> 26;
        state.set((s0, s1));
        // 53 random bits scaled into [0, 1).
        (s0.wrapping_add(s1) >> 11) as f64 / (1u64 << 53) as f64
    })
}

pub fn install(ctx: &Ctx<'_>) -> rquickjs::Result<()> {
    let math: Object = ctx.globals().get("Math")?;
    math.set("random", Function::new(ctx.clone(), next_f64)?.with_name("random")?)
}

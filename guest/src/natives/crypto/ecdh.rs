//! The EC points and scalars `createECDH` works with: a private scalar's key and public
//! point, a point checked and converted between SEC1 forms, with its SPKI for
//! `diffieHellman`.

use rquickjs::{Array, ArrayBuffer, Ctx, Function, Object, TypedArray, Value};

use super::bytes_of;
use super::keys::{Private, Public};

fn pair<'js>(ctx: &Ctx<'js>, first: Vec<u8>, second: Vec<u8>) -> rquickjs::Result<Value<'js>> {
    let array = Array::new(ctx.clone())?;
    array.set(0, ArrayBuffer::new(ctx.clone(), first)?)?;
    array.set(1, ArrayBuffer::new(ctx.clone(), second)?)?;
    Ok(array.into_value())
}

/// `[pkcs8, uncompressed point]` of a private scalar on `curve` (OpenSSL's name);
/// undefined for another curve or a scalar out of range.
fn ec_private<'js>(ctx: Ctx<'js>, curve: String, scalar: TypedArray<'js, u8>) -> rquickjs::Result<Value<'js>> {
    match Private::ec(&curve, &bytes_of(&scalar)) {
        Some(key) => {
            let point = key.public().sec1_point(false).expect("an EC key");
            pair(&ctx, key.to_pkcs8(), point)
        }
        None => Ok(Value::new_undefined(ctx)),
    }
}

/// `[point, spki]` of a SEC1 point on `curve` (compressed, uncompressed or hybrid), the
/// point in the form `compressed` asks; undefined when it is not on the curve.
fn ec_point<'js>(ctx: Ctx<'js>, curve: String, point: TypedArray<'js, u8>, compressed: bool) -> rquickjs::Result<Value<'js>> {
    let mut point = bytes_of(&point);
    // A hybrid point (06/07) is an uncompressed one that also says y's parity.
    if matches!(point.first(), Some(6 | 7)) {
        point[0] = 4;
    }
    match Public::ec(&curve, &point) {
        Some(key) => pair(&ctx, key.sec1_point(compressed).expect("an EC key"), key.to_spki()),
        None => Ok(Value::new_undefined(ctx)),
    }
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("ecPrivate", Function::new(ctx.clone(), ec_private)?)?;
    binding.set("ecPoint", Function::new(ctx.clone(), ec_point)?)?;
    Ok(())
}

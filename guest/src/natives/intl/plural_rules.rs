//! Intl.PluralRules: CLDR's cardinal and ordinal rules, applied to the number as
//! NumberFormat would show it (the same digit options decide the operands).

use icu::plurals::{PluralCategory, PluralRules};
use rquickjs::{Array, Ctx, Function, Object, Value};

use super::number_format::{DigitOptions, Numeric};

fn rules(ctx: &Ctx<'_>, locale: &str, kind: &str) -> rquickjs::Result<PluralRules> {
    let locale = super::parse_locale(ctx, locale)?;
    let rules =
        if kind == "ordinal" { PluralRules::try_new_ordinal((&locale).into()) } else { PluralRules::try_new_cardinal((&locale).into()) };
    rules.map_err(|error| rquickjs::Exception::throw_range(ctx, &format!("no locale data: {error}")))
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The category of `value` rounded by the digit options; NaN and the infinities are `other`.
fn select<'js>(ctx: Ctx<'js>, locale: String, kind: String, value: Value<'js>, options: Object<'js>) -> rquickjs::Result<&'static str> {
    let rules = rules(&ctx, &locale, &kind)?;
    let Numeric::Finite(decimal) = Numeric::from_value(&ctx, &value)? else {
        return Ok("other");
    };
    let rounded = DigitOptions::from_object(&ctx, &options)?.apply(&decimal);
    Ok(name(rules.category_for(&rounded)))
}

/// The categories the locale's rules use, in CLDR's order (zero, one, two, few, many, other).
fn categories<'js>(ctx: Ctx<'js>, locale: String, kind: String) -> rquickjs::Result<Array<'js>> {
    let rules = rules(&ctx, &locale, &kind)?;
    let array = Array::new(ctx)?;
    for (index, category) in rules.categories().enumerate() {
        array.set(index, name(category))?;
    }
    Ok(array)
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("pluralSelect", Function::new(ctx.clone(), select)?)?;
    binding.set("pluralCategories", Function::new(ctx.clone(), categories)?)?;
    Ok(())
}

//! Intl.ListFormat: CLDR's list patterns ("a, b, and c") for conjunctions, disjunctions and
//! units in the three widths.

use icu::list::ListFormatter;
use icu::list::options::{ListFormatterOptions, ListLength};
use rquickjs::{Array, Ctx, Exception, Function, Object};

use super::Parts;

fn format_to_parts<'js>(ctx: Ctx<'js>, locale: String, kind: String, style: String, elements: Vec<String>) -> rquickjs::Result<Array<'js>> {
    let locale = super::parse_locale(&ctx, &locale)?;
    let length = match style.as_str() {
        "short" => ListLength::Short,
        "narrow" => ListLength::Narrow,
        _ => ListLength::Wide,
    };
    let options = ListFormatterOptions::default().with_length(length);
    let formatter = match kind.as_str() {
        "disjunction" => ListFormatter::try_new_or((&locale).into(), options),
        "unit" => ListFormatter::try_new_unit((&locale).into(), options),
        _ => ListFormatter::try_new_and((&locale).into(), options),
    }
    .map_err(|error| Exception::throw_range(&ctx, &format!("no locale data: {error}")))?;
    Parts::of(&formatter.format(elements.iter().map(String::as_str)), "list").to_array(&ctx)
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("listFormatToParts", Function::new(ctx.clone(), format_to_parts)?)?;
    Ok(())
}

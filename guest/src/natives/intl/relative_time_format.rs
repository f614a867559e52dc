//! Intl.RelativeTimeFormat: CLDR's "in 3 days" and "yesterday" patterns (from the data file
//! the user named, else the English data baked in `english.rs`), the number rounded as ECMA-402's default NumberFormat
//! rounds it: at most three fraction digits, half away from zero.

use fixed_decimal::{Decimal, FloatPrecision, Sign, SignedRoundingMode, UnsignedRoundingMode};
use icu::locale::Locale;
use icu_experimental::relativetime::options::{Numeric, RelativeTimeFormatterOptions};
use icu_experimental::relativetime::{RelativeTimeFormatter, RelativeTimeFormatterPreferences};
use icu_provider::DataError;
use rquickjs::{Array, Ctx, Exception, Function, Object};

use super::data_file::DataFileThenEnglish;
use super::{FormatterCache, Parts};

thread_local! {
    static FORMATTERS: FormatterCache<RelativeTimeFormatter> = const { FormatterCache::new() };
}

type Constructor =
    fn(&DataFileThenEnglish, RelativeTimeFormatterPreferences, RelativeTimeFormatterOptions) -> Result<RelativeTimeFormatter, DataError>;

/// ICU4X has one constructor, and one data marker, per unit and width.
fn constructor(unit: &str, style: &str) -> Option<Constructor> {
    type F = RelativeTimeFormatter;
    Some(match (unit, style) {
        ("second", "long") => F::try_new_long_second_unstable,
        ("second", "short") => F::try_new_short_second_unstable,
        ("second", "narrow") => F::try_new_narrow_second_unstable,
        ("minute", "long") => F::try_new_long_minute_unstable,
        ("minute", "short") => F::try_new_short_minute_unstable,
        ("minute", "narrow") => F::try_new_narrow_minute_unstable,
        ("hour", "long") => F::try_new_long_hour_unstable,
        ("hour", "short") => F::try_new_short_hour_unstable,
        ("hour", "narrow") => F::try_new_narrow_hour_unstable,
        ("day", "long") => F::try_new_long_day_unstable,
        ("day", "short") => F::try_new_short_day_unstable,
        ("day", "narrow") => F::try_new_narrow_day_unstable,
        ("week", "long") => F::try_new_long_week_unstable,
        ("week", "short") => F::try_new_short_week_unstable,
        ("week", "narrow") => F::try_new_narrow_week_unstable,
        ("month", "long") => F::try_new_long_month_unstable,
        ("month", "short") => F::try_new_short_month_unstable,
        ("month", "narrow") => F::try_new_narrow_month_unstable,
        ("quarter", "long") => F::try_new_long_quarter_unstable,
        ("quarter", "short") => F::try_new_short_quarter_unstable,
        ("quarter", "narrow") => F::try_new_narrow_quarter_unstable,
        ("year", "long") => F::try_new_long_year_unstable,
        ("year", "short") => F::try_new_short_year_unstable,
        ("year", "narrow") => F::try_new_narrow_year_unstable,
        _ => return None,
    })
}

fn formatter(ctx: &Ctx<'_>, locale: &Locale, unit: &str, style: &str, numeric: &str) -> rquickjs::Result<RelativeTimeFormatter> {
    let make = constructor(unit, style).ok_or_else(|| Exception::throw_range(ctx, &format!("unknown unit {unit} or style {style}")))?;
    let numeric = if numeric == "auto" { Numeric::Auto } else { Numeric::Always };
    make(&DataFileThenEnglish, locale.into(), RelativeTimeFormatterOptions::default().with_numeric(numeric))
        .map_err(|error| Exception::throw_range(ctx, &format!("no locale data: {error}")))
}

/// `value` (finite: js-lib checked) of `unit` (singular) in parts; the number's parts are
/// named as NumberFormat names them, the rest is literal.
fn format_to_parts<'js>(
    ctx: Ctx<'js>,
    locale: String,
    style: String,
    numeric: String,
    unit: String,
    value: f64,
) -> rquickjs::Result<Array<'js>> {
    let key = format!("{locale} {style} {numeric} {unit}");
    let formatter = FORMATTERS
        .with(|formatters| formatters.get(&key, || formatter(&ctx, &super::parse_locale(&ctx, &locale)?, &unit, &style, &numeric)))?;
    let mut decimal =
        Decimal::try_from_f64(value.abs(), FloatPrecision::RoundTrip).map_err(|_| Exception::throw_range(&ctx, "number out of range"))?;
    decimal.round_with_mode(-3, SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand));
    decimal.absolute.trim_end();
    // The past for negative values, -0 and what rounds to zero from below included ("0 days
    // ago"), except where a zero has a name of its own: V8 says "today" for -0 too.
    let past = value.is_sign_negative() && !(numeric == "auto" && decimal.absolute.is_zero());
    let decimal = decimal.with_sign(if past { Sign::Negative } else { Sign::None });
    Parts::of(&formatter.format(decimal), "decimal").to_array(&ctx)
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("relativeTimeFormatToParts", Function::new(ctx.clone(), format_to_parts)?)?;
    Ok(())
}

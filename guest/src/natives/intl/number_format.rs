//! Intl.NumberFormat's formatting: ECMA-402's rounding (fraction and significant digits,
//! rounding priority, modes and increments) on fixed_decimal's exact decimals, then ICU4X's
//! formatters for the locale's symbols, grouping and patterns. js-lib resolves the options.

use fixed_decimal::{Decimal, RoundingIncrement, Sign, SignDisplay, SignedRoundingMode, UnsignedRoundingMode};
use icu::decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu::decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu::locale::Locale;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::options::{CurrencyFormatterOptions, CurrencyUsage};
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_experimental::dimension::provider::currency::fractions::CurrencyFractionsV1;
use icu_provider::DataProvider;
use rquickjs::{Array, Ctx, Exception, Function, Object, Value};
use writeable::Writeable as _;

use super::Parts;

/// A number to format: ECMA-402 formats NaN and the infinities with the locale's symbols.
pub enum Numeric {
    Finite(Decimal),
    Infinite(Sign),
    NaN,
}

impl Numeric {
    /// A Number, or a decimal string (a BigInt's digits, or a string given to `format`).
    pub fn from_value(ctx: &Ctx<'_>, value: &Value<'_>) -> rquickjs::Result<Numeric> {
        if let Some(text) = value.as_string() {
            let text = text.to_string()?;
            if let Ok(decimal) = Decimal::try_from_str(text.trim()) {
                return Ok(Numeric::Finite(decimal));
            }
            // Exponent forms and the like: what Number() makes of the string.
            let number: f64 = ctx.eval::<f64, _>(format!("Number({text:?})")).unwrap_or(f64::NAN);
            return Numeric::from_f64(ctx, number);
        }
        Numeric::from_f64(ctx, value.as_number().unwrap_or(f64::NAN))
    }

    fn from_f64(ctx: &Ctx<'_>, number: f64) -> rquickjs::Result<Numeric> {
        if number.is_nan() {
            return Ok(Numeric::NaN);
        }
        let sign = if number.is_sign_negative() { Sign::Negative } else { Sign::None };
        if number.is_infinite() {
            return Ok(Numeric::Infinite(sign));
        }
        let decimal = Decimal::try_from_f64(number, fixed_decimal::FloatPrecision::RoundTrip)
            .map_err(|_| Exception::throw_range(ctx, "number out of range"))?;
        // -0 keeps its sign: ECMA-402 formats it as "-0".
        Ok(Numeric::Finite(decimal.with_sign(sign)))
    }
}

/// How ECMA-402 decides the digits shown (SetNumberFormatDigitOptions' result).
pub struct DigitOptions {
    minimum_integer_digits: i16,
    minimum_fraction_digits: i16,
    maximum_fraction_digits: i16,
    minimum_significant_digits: i16,
    maximum_significant_digits: i16,
    rounding_type: RoundingType,
    rounding_mode: SignedRoundingMode,
    /// In units of the last fraction digit kept: 1, 2, 5, 10, 20, 25, 50, ... 5000.
    rounding_increment: u32,
    strip_if_integer: bool,
}

#[derive(PartialEq)]
enum RoundingType {
    FractionDigits,
    SignificantDigits,
    MorePrecision,
    LessPrecision,
}

impl DigitOptions {
    pub fn from_object(ctx: &Ctx<'_>, options: &Object<'_>) -> rquickjs::Result<DigitOptions> {
        let rounding_type = match options.get::<_, String>("roundingType")?.as_str() {
            "significantDigits" => RoundingType::SignificantDigits,
            "morePrecision" => RoundingType::MorePrecision,
            "lessPrecision" => RoundingType::LessPrecision,
            _ => RoundingType::FractionDigits,
        };
        let rounding_mode = match options.get::<_, String>("roundingMode")?.as_str() {
            "ceil" => SignedRoundingMode::Ceil,
            "floor" => SignedRoundingMode::Floor,
            "expand" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::Expand),
            "trunc" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::Trunc),
            "halfCeil" => SignedRoundingMode::HalfCeil,
            "halfFloor" => SignedRoundingMode::HalfFloor,
            "halfTrunc" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfTrunc),
            "halfEven" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfEven),
            "halfExpand" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand),
            other => return Err(Exception::throw_range(ctx, &format!("unknown roundingMode {other}"))),
        };
        let digits = |name: &str| -> rquickjs::Result<i16> { Ok(options.get::<_, Option<i16>>(name)?.unwrap_or(0)) };
        Ok(DigitOptions {
            minimum_integer_digits: digits("minimumIntegerDigits")?,
            minimum_fraction_digits: digits("minimumFractionDigits")?,
            maximum_fraction_digits: digits("maximumFractionDigits")?,
            minimum_significant_digits: digits("minimumSignificantDigits")?,
            maximum_significant_digits: digits("maximumSignificantDigits")?,
            rounding_type,
            rounding_mode,
            rounding_increment: options.get::<_, Option<u32>>("roundingIncrement")?.unwrap_or(1),
            strip_if_integer: options.get::<_, Option<String>>("trailingZeroDisplay")?.as_deref() == Some("stripIfInteger"),
        })
    }

    /// ECMA-402's FormatNumericToString without the formatting: `value` rounded and padded.
    pub fn apply(&self, value: &Decimal) -> Decimal {
        let mut rounded = match self.rounding_type {
            RoundingType::FractionDigits => self.by_fraction_digits(value.clone()).0,
            RoundingType::SignificantDigits => self.by_significant_digits(value.clone()).0,
            RoundingType::MorePrecision | RoundingType::LessPrecision => {
                let (fraction, fraction_position) = self.by_fraction_digits(value.clone());
                let (significant, significant_position) = self.by_significant_digits(value.clone());
                let fraction_is_more_precise = fraction_position <= significant_position;
                if fraction_is_more_precise == (self.rounding_type == RoundingType::MorePrecision) { fraction } else { significant }
            }
        };
        if self.strip_if_integer && rounded.absolute.nonzero_magnitude_end() >= 0 {
            rounded.absolute.trim_end();
        }
        rounded.absolute.pad_start(self.minimum_integer_digits);
        rounded
    }

    /// Rounded at the last fraction digit allowed; returns the rounding position too.
    fn by_fraction_digits(&self, mut value: Decimal) -> (Decimal, i16) {
        let (increment, shift) = match self.rounding_increment {
            2 | 20 | 200 | 2000 => (RoundingIncrement::MultiplesOf2, self.rounding_increment / 2),
            5 | 50 | 500 | 5000 => (RoundingIncrement::MultiplesOf5, self.rounding_increment / 5),
            25 | 250 | 2500 => (RoundingIncrement::MultiplesOf25, self.rounding_increment / 25),
            other => (RoundingIncrement::MultiplesOf1, other),
        };
        let position = -self.maximum_fraction_digits;
        value.round_with_mode_and_increment(position + shift.ilog10() as i16, self.rounding_mode, increment);
        value.absolute.trim_end();
        value.absolute.pad_end(-self.minimum_fraction_digits);
        (value, position)
    }

    /// Rounded at the last significant digit allowed; returns the rounding position too.
    fn by_significant_digits(&self, mut value: Decimal) -> (Decimal, i16) {
        let position = magnitude(&value) - self.maximum_significant_digits + 1;
        value.round_with_mode(position, self.rounding_mode);
        value.absolute.trim_end();
        value.absolute.pad_end(magnitude(&value) - self.minimum_significant_digits + 1);
        (value, position)
    }
}

/// The power of ten of the first significant digit (0 for zero).
fn magnitude(value: &Decimal) -> i16 {
    if value.absolute.is_zero() { 0 } else { value.absolute.nonzero_magnitude_start() }
}

/// `value` times 10 to the `power`.
fn scaled(value: &Decimal, power: i16) -> Decimal {
    let mut scaled = value.clone();
    scaled.absolute.multiply_pow10(power);
    scaled
}

fn grouping(options: &Object<'_>) -> rquickjs::Result<GroupingStrategy> {
    Ok(match options.get::<_, String>("useGrouping")?.as_str() {
        "always" => GroupingStrategy::Always,
        "min2" => GroupingStrategy::Min2,
        "false" => GroupingStrategy::Never,
        _ => GroupingStrategy::Auto,
    })
}

fn sign_display(options: &Object<'_>) -> rquickjs::Result<SignDisplay> {
    Ok(match options.get::<_, String>("signDisplay")?.as_str() {
        "always" => SignDisplay::Always,
        "exceptZero" => SignDisplay::ExceptZero,
        "negative" => SignDisplay::Negative,
        "never" => SignDisplay::Never,
        _ => SignDisplay::Auto,
    })
}

fn data_error(ctx: &Ctx<'_>, error: impl std::fmt::Display) -> rquickjs::Error {
    Exception::throw_range(ctx, &format!("no locale data: {error}"))
}

/// A formatter resolved from the options, for formatting many numbers.
struct Formatter {
    decimal: DecimalFormatter,
    style: Style,
    notation: Notation,
    digits: DigitOptions,
    sign_display: SignDisplay,
}

enum Style {
    Decimal,
    Percent(PercentFormatter<DecimalFormatter>),
    Currency(CurrencyFormatter<DecimalFormatter>),
}

enum Notation {
    Standard,
    /// The exponent is a multiple of this: 1 for scientific, 3 for engineering.
    Exponential(i16),
    Compact(Box<CompactDecimalFormatter>),
}

impl Formatter {
    fn new(ctx: &Ctx<'_>, locale: &Locale, options: &Object<'_>) -> rquickjs::Result<Formatter> {
        let mut decimal_options = DecimalFormatterOptions::default();
        decimal_options.grouping_strategy = Some(grouping(options)?);
        let decimal_formatter = || DecimalFormatter::try_new(locale.into(), decimal_options).map_err(|error| data_error(ctx, error));
        let style = match options.get::<_, String>("style")?.as_str() {
            "percent" => Style::Percent(
                PercentFormatter::try_new_with_decimal_formatter(locale.into(), decimal_formatter()?, Default::default())
                    .map_err(|error| data_error(ctx, error))?,
            ),
            "currency" => {
                let code: String = options.get("currency")?;
                let currency = CurrencyType::try_from_str(&code)
                    .map_err(|_| Exception::throw_range(ctx, &format!("Invalid currency code : {code}")))?;
                let usage = match options.get::<_, String>("currencySign")?.as_str() {
                    "accounting" => CurrencyUsage::Accounting,
                    _ => CurrencyUsage::Standard,
                };
                let currency_options = CurrencyFormatterOptions::from(usage);
                let prefs = locale.into();
                let formatter = match options.get::<_, String>("currencyDisplay")?.as_str() {
                    "narrowSymbol" => CurrencyFormatter::try_new_symbol_narrow(prefs, currency, currency_options),
                    "code" => CurrencyFormatter::try_new_code(prefs, currency, currency_options),
                    _ => CurrencyFormatter::try_new_symbol(prefs, currency, currency_options),
                };
                Style::Currency(formatter.map_err(|error| data_error(ctx, error))?)
            }
            _ => Style::Decimal,
        };
        let notation = match options.get::<_, String>("notation")?.as_str() {
            "scientific" => Notation::Exponential(1),
            "engineering" => Notation::Exponential(3),
            "compact" => {
                let compact_options = Default::default();
                let formatter = if options.get::<_, String>("compactDisplay")? == "long" {
                    CompactDecimalFormatter::try_new_long(locale.into(), compact_options)
                } else {
                    CompactDecimalFormatter::try_new_short(locale.into(), compact_options)
                };
                Notation::Compact(Box::new(formatter.map_err(|error| data_error(ctx, error))?))
            }
            _ => Notation::Standard,
        };
        Ok(Formatter {
            decimal: decimal_formatter()?,
            style,
            notation,
            digits: DigitOptions::from_object(ctx, options)?,
            sign_display: sign_display(options)?,
        })
    }

    fn format(&self, value: Numeric) -> Parts {
        // NaN and the infinities take the place of a 0 or a 1 with the sign they would show:
        // NaN's is the sign of +0 (only `always` shows it), an infinity's that of a non-zero number.
        let (placeholder, symbol) = match value {
            Numeric::Finite(decimal) => return self.format_finite(decimal),
            Numeric::NaN => (Decimal::from(0), ("nan", "NaN")),
            Numeric::Infinite(sign) => (Decimal::from(1).with_sign(sign), ("infinity", "∞")),
        };
        let mut parts = self.format_with_style(&placeholder.with_sign_display(self.sign_display), &Parts::default());
        for piece in &mut parts.pieces {
            if piece.0 == Some("integer") {
                *piece = (Some(symbol.0), symbol.1.to_owned());
            }
        }
        // CLDR's currency spacing puts a space between a currency code and a digit only.
        if matches!(self.style, Style::Currency(_)) {
            let pieces = std::mem::take(&mut parts.pieces);
            for (index, piece) in pieces.iter().enumerate() {
                let beside = |offset: isize| index.checked_add_signed(offset).and_then(|at| pieces.get(at)).map(|(kind, _)| *kind);
                let spacing = piece.0 == Some("literal")
                    && piece.1.trim().is_empty()
                    && ((beside(-1) == Some(Some("currency")) && beside(1) == Some(Some(symbol.0)))
                        || (beside(-1) == Some(Some(symbol.0)) && beside(1) == Some(Some("currency"))));
                if !spacing {
                    parts.push(piece.0, &piece.1);
                }
            }
        }
        parts
    }

    fn format_finite(&self, mut value: Decimal) -> Parts {
        if matches!(self.style, Style::Percent(_)) {
            value.absolute.multiply_pow10(2);
        }
        match &self.notation {
            Notation::Standard => {
                let rounded = self.digits.apply(&value).with_sign_display(self.sign_display);
                self.format_with_style(&rounded, &Parts::default())
            }
            Notation::Exponential(step) => {
                let (significand, exponent) = self.exponential(value, *step);
                let mut suffix = Parts::default();
                suffix.push(Some("exponentSeparator"), "E");
                let exponent_parts = Parts::of(&self.decimal.format(&Decimal::from(exponent)), "decimal");
                for (kind, text) in &exponent_parts.pieces {
                    let kind = match *kind {
                        Some("minusSign") => "exponentMinusSign",
                        _ => "exponentInteger",
                    };
                    suffix.push(Some(kind), text);
                }
                self.format_with_style(&significand.with_sign_display(self.sign_display), &suffix)
            }
            Notation::Compact(compact) => {
                let (significand, exponent) = self.compact(compact, value);
                let significand = significand.with_sign_display(self.sign_display);
                match compact.format_with_exponent(&significand, exponent) {
                    Ok(formatted) => name_untyped(Parts::of(&formatted, "decimal"), "compact"),
                    Err(_) => self.format_with_style(&significand, &Parts::default()),
                }
            }
        }
    }

    /// The significand, rounded, and the exponent of scientific or engineering notation;
    /// a significand rounded up to the next power of ten (9.99 to 10) moves the exponent on.
    fn exponential(&self, value: Decimal, step: i16) -> (Decimal, i16) {
        let mut exponent = magnitude(&value).div_euclid(step) * step;
        loop {
            let significand = self.digits.apply(&scaled(&value, -exponent));
            let next = (magnitude(&significand) + exponent).div_euclid(step) * step;
            if next == exponent || significand.absolute.is_zero() {
                return (significand, exponent);
            }
            exponent = next;
        }
    }

    /// The significand, rounded, and the exponent the locale's compact patterns use for it.
    fn compact(&self, compact: &CompactDecimalFormatter, value: Decimal) -> (Decimal, u8) {
        let mut exponent = compact.compact_exponent_for_magnitude(magnitude(&value));
        loop {
            let significand = self.digits.apply(&scaled(&value, -i16::from(exponent)));
            let next = compact.compact_exponent_for_magnitude(magnitude(&significand) + i16::from(exponent));
            if next == exponent || significand.absolute.is_zero() {
                return (significand, exponent);
            }
            exponent = next;
        }
    }

    /// `value` in the style's pattern, with `suffix` (an exponent) after its digits.
    fn format_with_style(&self, value: &Decimal, suffix: &Parts) -> Parts {
        // The percent and currency formatters write plain text, and the currency formatter
        // rounds to the currency's digits where ECMA-402's options decide them: each formats
        // a 1 (or 0) with the value's sign, and the value's own parts go in its place.
        let stand_in = if value.absolute.is_zero() { Decimal::from(0) } else { Decimal::from(1) };
        let stand_in = stand_in.with_sign(value.sign);
        let patterned = match &self.style {
            Style::Decimal => {
                let mut parts = Parts::of(&self.decimal.format(value), "decimal");
                parts.extend(suffix);
                return parts;
            }
            Style::Percent(percent) => percent.format(&stand_in).write_to_string().into_owned(),
            Style::Currency(currency) => currency.format_fixed_decimal(&stand_in).write_to_string().into_owned(),
        };
        let kind = if matches!(self.style, Style::Percent(_)) { "percentSign" } else { "currency" };
        // The stand-in's digits run from its first digit through digits and decimal separators
        // (the currency formatter pads it to the currency's fraction digits).
        let separator = self.decimal.format(&scaled(&Decimal::from(5), -1)).write_to_string().into_owned();
        let is_number = |c: char| c.is_numeric() || separator.contains(c);
        let start = patterned.find(char::is_numeric).unwrap_or(patterned.len());
        let end = patterned[start..].find(|c: char| !is_number(c)).map_or(patterned.len(), |at| start + at);
        let mut parts = name_affixes(&patterned[..start], kind);
        parts.extend(&Parts::of(&self.decimal.format(&value.clone().with_sign(Sign::None)), "decimal"));
        parts.extend(suffix);
        parts.extend(&name_affixes(&patterned[end..], kind));
        parts
    }
}

/// Names the text around a formatted number: signs, spaces and brackets as literals,
/// the rest as `kind` (the currency symbol, the compact suffix, the percent sign).
fn name_affixes(text: &str, kind: &'static str) -> Parts {
    let mut named = Parts::default();
    for character in text.chars() {
        let character_kind = match character {
            '-' | '\u{2212}' => "minusSign",
            '+' => "plusSign",
            '(' | ')' => "literal",
            c if c.is_whitespace() => "literal",
            _ => kind,
        };
        named.push(Some(character_kind), character.encode_utf8(&mut [0; 4]));
    }
    named
}

/// Names the untyped pieces of ICU4X's parts (a compact pattern's affixes) as `name_affixes` does.
fn name_untyped(parts: Parts, kind: &'static str) -> Parts {
    let mut named = Parts::default();
    for (part_kind, text) in &parts.pieces {
        match part_kind {
            Some(_) => named.push(*part_kind, text),
            None => named.extend(&name_affixes(text, kind)),
        }
    }
    named
}

thread_local! {
    static FORMATTERS: super::FormatterCache<Formatter> = const { super::FormatterCache::new() };
}

/// `value` formatted in parts; `key` names the locale and options (js-lib makes it once
/// per NumberFormat) for the cache of formatters.
fn format_to_parts<'js>(
    ctx: Ctx<'js>,
    key: String,
    locale: String,
    value: Value<'js>,
    options: Object<'js>,
) -> rquickjs::Result<Array<'js>> {
    let formatter =
        FORMATTERS.with(|formatters| formatters.get(&key, || Formatter::new(&ctx, &super::parse_locale(&ctx, &locale)?, &options)))?;
    formatter.format(Numeric::from_value(&ctx, &value)?).to_array(&ctx)
}

/// The ISO 4217 minor unit of a currency, CLDR's: the default fraction digits of a currency style.
fn currency_digits(ctx: Ctx<'_>, code: String) -> rquickjs::Result<u8> {
    let currency =
        CurrencyType::try_from_str(&code).map_err(|_| Exception::throw_range(&ctx, &format!("Invalid currency code : {code}")))?;
    let fractions = DataProvider::<CurrencyFractionsV1>::load(&icu_experimental::provider::Baked, Default::default())
        .map_err(|error| data_error(&ctx, error))?;
    Ok(fractions.payload.get().resolve(currency).digits)
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("formatNumberToParts", Function::new(ctx.clone(), format_to_parts)?)?;
    binding.set("currencyDigits", Function::new(ctx.clone(), currency_digits)?)?;
    Ok(())
}

//! Intl.DateTimeFormat's formatting: the instant's wall-clock time in the time zone (jiff and
//! its bundled tz database), then ICU4X's Gregorian formatter for the fields js-lib resolved
//! (ECMA-402's component options through ICU4X's field bag, or the date and time styles).

use icu::calendar::{Date, Gregorian};
use icu::datetime::fieldsets::builder::{DateFields, FieldSetBuilder};
use icu::datetime::fieldsets::enums::CompositeDateTimeFieldSet;
use icu::datetime::options::{Length, SubsecondDigits, TimePrecision};
use icu::datetime::{DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter};
use icu::time::{DateTime, Time};
use icu_datetime::fieldbag::DateTimeFieldBag;
use icu_datetime::fieldbag::field;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use rquickjs::{Array, Ctx, Exception, Function, Object};

use super::Parts;

/// The tz database's name for a zone given in any case, or None when there is no such zone.
fn canonicalize_time_zone(name: String) -> Option<String> {
    let zone = TimeZone::get(&name).ok()?;
    zone.iana_name().map(str::to_owned)
}

/// The wall-clock time of `epoch_milliseconds` in `zone`, on the proleptic Gregorian calendar.
fn wall_clock(ctx: &Ctx<'_>, epoch_milliseconds: f64, zone: &str) -> rquickjs::Result<DateTime<Gregorian>> {
    let range_error = || Exception::throw_range(ctx, "Invalid time value");
    let zone = TimeZone::get(zone).map_err(|_| Exception::throw_range(ctx, &format!("Invalid time zone specified: {zone}")))?;
    let instant = Timestamp::from_millisecond(epoch_milliseconds as i64).map_err(|_| range_error())?;
    let civil = instant.to_zoned(zone).datetime();
    let date = Date::try_new_gregorian(i32::from(civil.year()), civil.month() as u8, civil.day() as u8).map_err(|_| range_error())?;
    let time = Time::try_new(civil.hour() as u8, civil.minute() as u8, civil.second() as u8, civil.subsec_nanosecond() as u32)
        .map_err(|_| range_error())?;
    Ok(DateTime { date, time })
}

fn option(options: &Object<'_>, name: &str) -> rquickjs::Result<Option<String>> {
    options.get(name)
}

fn style_length(style: &str) -> Length {
    match style {
        "full" | "long" => Length::Long,
        "medium" => Length::Medium,
        _ => Length::Short,
    }
}

/// The field set for `dateStyle`/`timeStyle` (ECMA-402's presets, CLDR's four lengths).
fn style_field_set(date_style: Option<&str>, time_style: Option<&str>) -> FieldSetBuilder {
    let mut builder = FieldSetBuilder::new();
    builder.length = date_style.or(time_style).map(style_length);
    builder.date_fields = date_style.map(|style| if style == "full" { DateFields::YMDE } else { DateFields::YMD });
    builder.time_precision = time_style.map(|style| if style == "short" { TimePrecision::Minute } else { TimePrecision::Second });
    builder
}

/// The field bag for ECMA-402's component options (`year`, `month`, ... as js-lib resolved them).
fn component_field_set(options: &Object<'_>) -> rquickjs::Result<FieldSetBuilder> {
    let mut bag = DateTimeFieldBag::default();
    bag.era = option(options, "era")?.map(|width| match width.as_str() {
        "long" => field::Era::Long,
        "narrow" => field::Era::Narrow,
        _ => field::Era::Short,
    });
    bag.year = option(options, "year")?.map(|width| match width.as_str() {
        "2-digit" => field::Year::TwoDigit,
        _ => field::Year::Numeric,
    });
    bag.month = option(options, "month")?.map(|width| match width.as_str() {
        "2-digit" => field::Month::TwoDigit,
        "long" => field::Month::Long,
        "short" => field::Month::Short,
        "narrow" => field::Month::Narrow,
        _ => field::Month::Numeric,
    });
    bag.day = option(options, "day")?.map(|width| match width.as_str() {
        "2-digit" => field::Day::TwoDigit,
        _ => field::Day::Numeric,
    });
    bag.weekday = option(options, "weekday")?.map(|width| match width.as_str() {
        "long" => field::Weekday::Long,
        "narrow" => field::Weekday::Narrow,
        _ => field::Weekday::Short,
    });
    bag.hour = option(options, "hour")?.map(|width| match width.as_str() {
        "2-digit" => field::Hour::TwoDigit,
        _ => field::Hour::Numeric,
    });
    bag.minute = option(options, "minute")?.map(|width| match width.as_str() {
        "2-digit" => field::Minute::TwoDigit,
        _ => field::Minute::Numeric,
    });
    bag.second = option(options, "second")?.map(|width| match width.as_str() {
        "2-digit" => field::Second::TwoDigit,
        _ => field::Second::Numeric,
    });
    bag.fractional_second_digits = match options.get::<_, Option<u8>>("fractionalSecondDigits")? {
        Some(1) => Some(field::FractionalSecondDigits::F1),
        Some(2) => Some(field::FractionalSecondDigits::F2),
        Some(3) => Some(field::FractionalSecondDigits::F3),
        _ => None,
    };
    let mut builder = bag.to_field_set_builder();
    if let Some(digits) = bag.fractional_second_digits {
        let digits = match digits {
            field::FractionalSecondDigits::F1 => 1,
            field::FractionalSecondDigits::F2 => 2,
            _ => 3,
        };
        builder.time_precision = SubsecondDigits::try_from_int(digits).map(TimePrecision::Subsecond);
    }
    Ok(builder)
}

type Formatter = FixedCalendarDateTimeFormatter<Gregorian, CompositeDateTimeFieldSet>;

thread_local! {
    static FORMATTERS: super::FormatterCache<Formatter> = const { super::FormatterCache::new() };
}

fn formatter(ctx: &Ctx<'_>, locale: &str, options: &Object<'_>) -> rquickjs::Result<Formatter> {
    let locale = super::parse_locale(ctx, locale)?;
    let date_style = option(options, "dateStyle")?;
    let time_style = option(options, "timeStyle")?;
    let builder = if date_style.is_some() || time_style.is_some() {
        style_field_set(date_style.as_deref(), time_style.as_deref())
    } else {
        component_field_set(options)?
    };
    let field_set = builder
        .build_composite_datetime()
        .map_err(|error| Exception::throw_type(ctx, &format!("unsupported date-time fields: {error:?}")))?;
    Formatter::try_new(DateTimeFormatterPreferences::from(&locale), field_set)
        .map_err(|error| Exception::throw_range(ctx, &format!("no locale data: {error}")))
}

/// `epoch_milliseconds` formatted in parts: `locale` carries the hour cycle (`-u-hc-`);
/// `key` names the locale and options for the cache of formatters.
fn format_to_parts<'js>(
    ctx: Ctx<'js>,
    key: String,
    locale: String,
    epoch_milliseconds: f64,
    time_zone: String,
    options: Object<'js>,
) -> rquickjs::Result<Array<'js>> {
    let formatter = FORMATTERS.with(|formatters| formatters.get(&key, || formatter(&ctx, &locale, &options)))?;
    let input = wall_clock(&ctx, epoch_milliseconds, &time_zone)?;
    Parts::of(&formatter.format(&input), "datetime").to_array(&ctx)
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("canonicalizeTimeZone", Function::new(ctx.clone(), canonicalize_time_zone)?)?;
    binding.set("formatDateTimeToParts", Function::new(ctx.clone(), format_to_parts)?)?;
    Ok(())
}

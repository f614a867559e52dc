//! The local time zone: the zone of Date's local time (QuickJS, patched in
//! vendor/rquickjs-sys/patches/time-zone.patch, asks it for offsets and names) and
//! Intl.DateTimeFormat's default. WASI has no zones, so the host names its own at every
//! start (its `TZ`, else /etc/localtime) and js-lib sets it here; assigning
//! `process.env.TZ` changes it, as in Node.
//!
//! Offsets and transitions come from jiff and its bundled tz database; the names Date's
//! `toString` prints ("Central European Summer Time") from ICU4X with CLDR's English names,
//! as V8 prints them.

use std::cell::RefCell;
use std::ffi::c_char;

use icu::datetime::NoCalendarFormatter;
use icu::datetime::fieldsets::zone::{GenericLong, GenericShort, LocalizedOffsetLong, LocalizedOffsetShort, SpecificLong, SpecificShort};
use icu::datetime::input::UtcOffset;
use icu::locale::{Locale, locale, subtags::language};
use icu::time::zone::{TimeZoneInfo, ZoneNameTimestamp, models::AtTime};
use jiff::Timestamp;
use jiff::tz::{AmbiguousOffset, Offset, TimeZone};
use rquickjs::{Ctx, Exception, Function, Object};

use super::english::EnglishData;
use writeable::Writeable as _;

unsafe extern "C" {
    /// QuickJS's Date calls these for the local time zone instead of the C library's.
    fn JS_SetLocalTimeZoneFunctions(
        offset: Option<unsafe extern "C" fn(time: i64, is_local_time: bool) -> i64>,
        name: Option<unsafe extern "C" fn(time: i64, buf: *mut c_char, size: usize) -> usize>,
    );
}

/// A zone with the two identities its users need.
struct Zone {
    /// Offsets and transitions.
    rules: TimeZone,
    /// What `resolvedOptions().timeZone` reports: the tz database's name, else UTC.
    name: String,
}

impl Zone {
    fn utc() -> Zone {
        Zone { rules: TimeZone::UTC, name: "UTC".into() }
    }

    /// A zone as `TZ` names it: a tz database name, else a POSIX rule (`EST5EDT`,
    /// `<+03>-3`); None for neither.
    fn from_tz(tz: &str) -> Option<Zone> {
        let rules = TimeZone::get(tz).or_else(|_| TimeZone::posix(tz)).ok()?;
        let name = rules.iana_name().unwrap_or("UTC").to_owned();
        Some(Zone { rules, name })
    }
}

/// The local zone as `TZ` names it, looked up in the tz database when first used: most
/// programs never read a local time, and every start sets the zone.
#[derive(Default)]
struct LocalZone {
    tz: Option<String>,
    found: Option<Zone>,
}

thread_local! {
    static LOCAL_ZONE: RefCell<LocalZone> = RefCell::default();
}

/// `f` of the local zone.
fn with_local_zone<R>(f: impl FnOnce(&Zone) -> R) -> R {
    LOCAL_ZONE.with_borrow_mut(|local| {
        let tz = &local.tz;
        f(local.found.get_or_insert_with(|| tz.as_deref().and_then(Zone::from_tz).unwrap_or_else(Zone::utc)))
    })
}

/// Makes QuickJS's Date ask this module for the local zone's offsets and names.
pub fn install() {
    // SAFETY: both functions have the signatures the patch declares and live as long as the
    // program; QuickJS calls them on this (the only) thread.
    unsafe { JS_SetLocalTimeZoneFunctions(Some(offset_for_date), Some(name_for_date)) };
}

/// jiff's instants span years -9999 to 9999, Date's ±275,760: outside, the zone's offset at
/// the nearest instant jiff has.
fn clamped_timestamp(epoch_milliseconds: i64) -> Timestamp {
    let seconds = epoch_milliseconds.div_euclid(1000).clamp(Timestamp::MIN.as_second(), Timestamp::MAX.as_second());
    Timestamp::from_second(seconds).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// The offset at `time`, a UTC instant or (`is_local_time`) a wall-clock time read as UTC.
/// A wall-clock time a transition skips or repeats takes the offset before the transition,
/// as ECMA-262's UTC(t) does: 02:30 on a spring-forward night is 03:30 daylight time, 01:30
/// on a fall-back night the first (daylight) one.
fn offset_at(zone: &TimeZone, time: i64, is_local_time: bool) -> Offset {
    let instant = clamped_timestamp(time);
    if !is_local_time {
        return zone.to_offset(instant);
    }
    match zone.to_ambiguous_timestamp(Offset::UTC.to_datetime(instant)).offset() {
        AmbiguousOffset::Unambiguous { offset } => offset,
        AmbiguousOffset::Gap { before, .. } | AmbiguousOffset::Fold { before, .. } => before,
    }
}

/// QuickJS's question: the local zone's offset in milliseconds.
unsafe extern "C" fn offset_for_date(time: i64, is_local_time: bool) -> i64 {
    with_local_zone(|zone| i64::from(offset_at(&zone.rules, time, is_local_time).seconds()) * 1000)
}

/// QuickJS's question: the local zone's name at `time`, written into `buf` (no terminator).
unsafe extern "C" fn name_for_date(time: i64, buf: *mut c_char, size: usize) -> usize {
    let name = with_local_zone(|zone| zone_name(&zone.rules, time, NameStyle::Long, &locale!("en-US")));
    let length = name.len().min(size);
    // SAFETY: QuickJS passes a buffer of `size` writable bytes; `length` is at most that.
    unsafe { std::ptr::copy_nonoverlapping(name.as_ptr(), buf.cast::<u8>(), length) };
    length
}

/// ECMA-402's `timeZoneName` styles.
#[derive(Clone, Copy)]
enum NameStyle {
    Long,
    Short,
    LongOffset,
    ShortOffset,
    LongGeneric,
    ShortGeneric,
}

impl NameStyle {
    fn parse(style: &str) -> Option<NameStyle> {
        Some(match style {
            "long" => NameStyle::Long,
            "short" => NameStyle::Short,
            "longOffset" => NameStyle::LongOffset,
            "shortOffset" => NameStyle::ShortOffset,
            "longGeneric" => NameStyle::LongGeneric,
            "shortGeneric" => NameStyle::ShortGeneric,
            _ => return None,
        })
    }
}

/// The zone's ICU4X description at a UTC instant: which zone, its offset then, and the
/// instant that picks its name (daylight or standard, and the metazone of the time).
fn zone_info(zone: &TimeZone, time: i64) -> TimeZoneInfo<AtTime> {
    let instant = clamped_timestamp(time);
    let id = zone.iana_name().map_or(icu::time::TimeZone::UNKNOWN, icu::time::TimeZone::from_iana_id);
    let offset = UtcOffset::try_from_seconds(zone.to_offset(instant).seconds()).ok();
    id.with_offset(offset).with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(instant.as_second()))
}

/// The zone's name in `style` at `time` in `locale` (an English one: the names are CLDR's
/// English), as ICU writes it: a zone without a name of that kind is named by its offset
/// ("GMT+01:00").
fn zone_name(zone: &TimeZone, time: i64, style: NameStyle, locale: &Locale) -> String {
    let info = zone_info(zone, time);
    // Each field set is its own formatter type, linking in only its own names: English
    // ones (super::english), as every locale's would add 2.8 MB.
    macro_rules! english {
        ($field_set:expr) => {
            NoCalendarFormatter::try_new_unstable(&EnglishData, locale.into(), $field_set)
                .map(|formatter| formatter.format(&info).write_to_string().into_owned())
                .unwrap_or_else(|_| String::from("GMT"))
        };
    }
    let format = |style| match style {
        NameStyle::Long => english!(SpecificLong),
        NameStyle::Short => english!(SpecificShort),
        NameStyle::LongOffset => english!(LocalizedOffsetLong),
        NameStyle::ShortOffset => english!(LocalizedOffsetShort),
        NameStyle::LongGeneric => english!(GenericLong),
        NameStyle::ShortGeneric => english!(GenericShort),
    };
    let (specific, offset) = match style {
        NameStyle::LongGeneric => (NameStyle::Long, NameStyle::LongOffset),
        NameStyle::ShortGeneric => (NameStyle::Short, NameStyle::ShortOffset),
        _ => return format(style),
    };
    // ICU has no generic name for UTC, and names a zone that keeps one offset for half a
    // year either way by its specific name when it has one (Phoenix: "Mountain Standard Time").
    if zone.iana_name().is_some_and(is_utc) {
        return format(offset);
    }
    if keeps_its_offset(zone, clamped_timestamp(time)) {
        let name = format(specific);
        if name != format(offset) {
            return name;
        }
    }
    format(style)
}

fn is_utc(name: &str) -> bool {
    matches!(name, "UTC" | "Etc/UTC" | "Etc/UCT" | "Etc/Universal" | "Etc/Zulu" | "UCT" | "Universal" | "Zulu")
}

/// Whether `zone` is on standard time at `instant` with no transition within 184 days
/// either side: ICU's test for naming a zone's generic time by its standard name.
fn keeps_its_offset(zone: &TimeZone, instant: Timestamp) -> bool {
    const HALF_YEAR_SECONDS: i64 = 184 * 86_400;
    let near = |transition: Option<jiff::tz::TimeZoneTransition<'_>>| {
        transition.is_some_and(|transition| (transition.timestamp().as_second() - instant.as_second()).abs() <= HALF_YEAR_SECONDS)
    };
    !zone.to_offset_info(instant).dst().is_dst() && !near(zone.preceding(instant).next()) && !near(zone.following(instant).next())
}

/// `setLocalTimeZone(tz)`: makes the zone `TZ` names local (UTC for none or one unknown,
/// as the C library does).
fn set_local_time_zone(tz: Option<String>) {
    LOCAL_ZONE.set(LocalZone { tz, found: None });
}

/// `localTimeZone()`: the local zone's name, Intl.DateTimeFormat's default `timeZone`.
fn local_time_zone() -> String {
    with_local_zone(|zone| zone.name.clone())
}

/// `timeZoneName(locale, epochMilliseconds, zone, style)`: Intl.DateTimeFormat's
/// `timeZoneName` part; locales other than English ones get English names.
fn time_zone_name(ctx: Ctx<'_>, locale: String, epoch_milliseconds: f64, zone: String, style: String) -> rquickjs::Result<String> {
    let rules = TimeZone::get(&zone).map_err(|_| Exception::throw_range(&ctx, &format!("Invalid time zone specified: {zone}")))?;
    let style = NameStyle::parse(&style).ok_or_else(|| Exception::throw_range(&ctx, &format!("Invalid timeZoneName: {style}")))?;
    let locale = super::parse_locale(&ctx, &locale)?;
    let locale = if locale.id.language == language!("en") { locale } else { locale!("en") };
    Ok(zone_name(&rules, epoch_milliseconds as i64, style, &locale))
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("setLocalTimeZone", Function::new(ctx.clone(), set_local_time_zone)?)?;
    binding.set("localTimeZone", Function::new(ctx.clone(), local_time_zone)?)?;
    binding.set("timeZoneName", Function::new(ctx.clone(), time_zone_name)?)?;
    Ok(())
}

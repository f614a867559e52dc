//! Bakes the ICU4X data for the Intl services whose data for every CLDR locale is too
//! large to link in (ICU4X's compiled data): relative time patterns, display names and
//! time zone names,
//! for English (`en` and every `en-*` locale CLDR has) and root. The output,
//! `guest/src/natives/intl/data/`, is committed; run this again only to change what is baked
//! (README.md beside this file says how).

use std::path::PathBuf;

use icu::datetime::provider::time_zones::*;
use icu::time::provider::TimezonePeriodsV1;
use icu_experimental::dimension::provider::currency::displayname::CurrencyDisplaynameV1;
use icu_experimental::displaynames::provider::{
    LocaleNamesLanguageV0, LocaleNamesLocaleV0, LocaleNamesRegionV0, LocaleNamesScriptV0, LocaleNamesVariantV0,
};
use icu_experimental::relativetime::provider::*;
use icu_provider_export::baked_exporter::{BakedExporter, Options};
use icu_provider_export::prelude::*;
use icu_provider_source::SourceDataProvider;

fn main() {
    let mut arguments = std::env::args_os().skip(1);
    let (Some(cldr), Some(tzdb), Some(output)) = (arguments.next(), arguments.next(), arguments.next()) else {
        eprintln!("usage: nodule-icu-datagen <CLDR JSON directory> <tz database source directory> <output directory>");
        std::process::exit(2);
    };
    // The time zone names are checked against the zones' offsets, which come from the tz
    // database's source.
    let provider = SourceDataProvider::new_custom()
        .with_cldr(&PathBuf::from(cldr))
        .expect("CLDR's JSON")
        .with_tzdb(&PathBuf::from(tzdb))
        .expect("the tz database's source");
    let markers = [
        DatetimeRelativeSecondLongV1::INFO,
        DatetimeRelativeSecondShortV1::INFO,
        DatetimeRelativeSecondNarrowV1::INFO,
        DatetimeRelativeMinuteLongV1::INFO,
        DatetimeRelativeMinuteShortV1::INFO,
        DatetimeRelativeMinuteNarrowV1::INFO,
        DatetimeRelativeHourLongV1::INFO,
        DatetimeRelativeHourShortV1::INFO,
        DatetimeRelativeHourNarrowV1::INFO,
        DatetimeRelativeDayLongV1::INFO,
        DatetimeRelativeDayShortV1::INFO,
        DatetimeRelativeDayNarrowV1::INFO,
        DatetimeRelativeWeekLongV1::INFO,
        DatetimeRelativeWeekShortV1::INFO,
        DatetimeRelativeWeekNarrowV1::INFO,
        DatetimeRelativeMonthLongV1::INFO,
        DatetimeRelativeMonthShortV1::INFO,
        DatetimeRelativeMonthNarrowV1::INFO,
        DatetimeRelativeQuarterLongV1::INFO,
        DatetimeRelativeQuarterShortV1::INFO,
        DatetimeRelativeQuarterNarrowV1::INFO,
        DatetimeRelativeYearLongV1::INFO,
        DatetimeRelativeYearShortV1::INFO,
        DatetimeRelativeYearNarrowV1::INFO,
        LocaleNamesLanguageV0::INFO,
        LocaleNamesLocaleV0::INFO,
        LocaleNamesRegionV0::INFO,
        LocaleNamesScriptV0::INFO,
        LocaleNamesVariantV0::INFO,
        CurrencyDisplaynameV1::INFO,
        TimezoneNamesEssentialsV1::INFO,
        TimezoneNamesLocationsOverrideV1::INFO,
        TimezoneNamesLocationsRootV1::INFO,
        TimezoneNamesCitiesOverrideV1::INFO,
        TimezoneNamesCitiesRootV1::INFO,
        TimezoneNamesGenericLongV1::INFO,
        TimezoneNamesGenericShortV1::INFO,
        TimezoneNamesSpecificLongV1::INFO,
        TimezoneNamesSpecificShortV1::INFO,
        TimezoneNamesStandardLongV1::INFO,
        // Not per locale, but the names above are checked against the periods they were
        // made with: baked from the same CLDR.
        TimezonePeriodsV1::INFO,
    ];
    let mut options = Options::default();
    // The guest names ICU4X's crates, not the `icu` metacrate, for the experimental services.
    options.use_separate_crates = true;
    options.overwrite = true;
    options.pretty = true;
    ExportDriver::new(
        ["en".parse().expect("a locale family")],
        DeduplicationStrategy::Maximal.into(),
        LocaleFallbacker::try_new_unstable(&provider).expect("CLDR's fallback data"),
    )
    .with_markers(markers)
    .export(&provider, BakedExporter::new(PathBuf::from(output), options).expect("the output directory"))
    .expect("the export");
}

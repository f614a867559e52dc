//! Bakes the ICU4X data for the Intl services whose data for every CLDR locale is too
//! large to link in (ICU4X's compiled data): relative time patterns and display names,
//! for English (`en` and every `en-*` locale CLDR has) and root. The output,
//! `guest/src/natives/intl/data/`, is committed; run this again only to change what is baked
//! (README.md beside this file says how).

use std::path::PathBuf;

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
    let (Some(cldr), Some(output)) = (arguments.next(), arguments.next()) else {
        eprintln!("usage: nodule-icu-datagen <CLDR JSON directory> <output directory>");
        std::process::exit(2);
    };
    let provider = SourceDataProvider::new_custom().with_cldr(&PathBuf::from(cldr)).expect("CLDR's JSON");
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

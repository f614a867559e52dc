//! Writes the ICU4X data of the Intl services whose data for every CLDR locale is too large
//! to link in (ICU4X's compiled data): relative time patterns, display names and time zone
//! names. Two outputs (README.md beside this file says how to run it):
//!
//! - the English data baked into the guest: `en`, every `en-*` locale CLDR has, and root,
//!   as Rust source in `guest/src/natives/intl/data/` (committed);
//! - a data file for `nodule --icu-data`: the relative time patterns and display names of
//!   the locales asked for, as ICU4X's postcard blob, which the guest reads before its own.

use std::path::PathBuf;
use std::process::exit;

use icu::datetime::provider::time_zones::*;
use icu::time::provider::TimezonePeriodsV1;
use icu_experimental::dimension::provider::currency::displayname::CurrencyDisplaynameV1;
use icu_experimental::displaynames::provider::{
    LocaleNamesLanguageV0, LocaleNamesLocaleV0, LocaleNamesRegionV0, LocaleNamesScriptV0, LocaleNamesVariantV0,
};
use icu_experimental::relativetime::provider::*;
use icu_provider_export::baked_exporter::{self, BakedExporter};
use icu_provider_export::blob_exporter::BlobExporter;
use icu_provider_export::prelude::*;
use icu_provider_source::SourceDataProvider;

const USAGE: &str = "usage: nodule-icu-datagen <CLDR JSON directory> <tz database source directory> <output directory>
       nodule-icu-datagen --blob <output file> --locales <locales> <CLDR JSON directory>
  (<locales>: comma-separated ICU4X locale families: `fr` is fr with its sublocales, `@fr` fr alone)";

/// The markers both outputs carry: the services the guest's compiled data leaves out.
/// (Their plural rules and number symbols come from the compiled data, which has every locale.)
const RELATIVE_TIME_AND_DISPLAY_NAMES: [DataMarkerInfo; 30] = [
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

/// The English time zone names, which only the baked data has: the date-time formatter reads
/// them from the guest's own provider.
const TIME_ZONE_NAMES: [DataMarkerInfo; 11] = [
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

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    match arguments.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["--blob", output, "--locales", locales, cldr] | ["--locales", locales, "--blob", output, cldr] => {
            export_blob(cldr, locales, output)
        }
        [cldr, tzdb, output] if !cldr.starts_with('-') => export_english(cldr, tzdb, output),
        _ => {
            eprintln!("{USAGE}");
            exit(2);
        }
    }
}

fn cldr_provider(cldr: &str) -> SourceDataProvider {
    SourceDataProvider::new_custom().with_cldr(&PathBuf::from(cldr)).expect("CLDR's JSON")
}

/// The English data, baked into `output` as Rust source.
fn export_english(cldr: &str, tzdb: &str, output: &str) {
    // The time zone names are checked against the zones' offsets, which come from the tz
    // database's source.
    let provider = cldr_provider(cldr).with_tzdb(&PathBuf::from(tzdb)).expect("the tz database's source");
    let mut options = baked_exporter::Options::default();
    // The guest names ICU4X's crates, not the `icu` metacrate, for the experimental services.
    options.use_separate_crates = true;
    options.overwrite = true;
    options.pretty = true;
    ExportDriver::new(
        ["en".parse().expect("a locale family")],
        DeduplicationStrategy::Maximal.into(),
        LocaleFallbacker::try_new_unstable(&provider).expect("CLDR's fallback data"),
    )
    .with_markers(RELATIVE_TIME_AND_DISPLAY_NAMES.into_iter().chain(TIME_ZONE_NAMES))
    .export(&provider, BakedExporter::new(PathBuf::from(output), options).expect("the output directory"))
    .expect("the export");
}

/// The relative time patterns and display names of `locales`, as a postcard blob in `output`.
fn export_blob(cldr: &str, locales: &str, output: &str) {
    let families = locales.split(',').map(|family| {
        family.parse::<DataLocaleFamily>().unwrap_or_else(|error| {
            eprintln!("nodule-icu-datagen: {family}: {error}");
            exit(2);
        })
    });
    let provider = cldr_provider(cldr);
    let file = std::fs::File::create(output).unwrap_or_else(|error| {
        eprintln!("nodule-icu-datagen: {output}: {error}");
        exit(1);
    });
    // Base languages are kept even where their data is root's: the guest looks a locale up
    // down to its language, never to root, whose place its English data takes.
    ExportDriver::new(
        families,
        DeduplicationStrategy::RetainBaseLanguages.into(),
        LocaleFallbacker::try_new_unstable(&provider).expect("CLDR's fallback data"),
    )
    .with_markers(RELATIVE_TIME_AND_DISPLAY_NAMES)
    .export(&provider, BlobExporter::new_with_sink(Box::new(std::io::BufWriter::new(file))))
    .expect("the export");
}

//! The data of the services whose data for every CLDR locale would not fit the guest
//! (relative time, display names, time zone names: about 7 MB as ICU4X's compiled data),
//! and the zones' metazone periods those names are checked against: baked from CLDR by
//! `tools/icu-datagen` for `en`, its sublocales (en-GB, en-AU, ...) and root, into `data/`.
//! ICU4X falls back within them as with compiled data.

// The generated data builds its structures from bytes the exporter wrote and checked, through
// unchecked constructors, as ICU4X's compiled data does.
#![allow(clippy::undocumented_unsafe_blocks)]

use icu_provider::prelude::*;

// The generated code names `alloc` as a no_std crate would.
extern crate alloc;

include!("data/mod.rs");

pub struct EnglishData;

make_provider!(EnglishData);
impl_currency_displayname_v1!(EnglishData);
impl_datetime_relative_second_long_v1!(EnglishData);
impl_datetime_relative_second_short_v1!(EnglishData);
impl_datetime_relative_second_narrow_v1!(EnglishData);
impl_datetime_relative_minute_long_v1!(EnglishData);
impl_datetime_relative_minute_short_v1!(EnglishData);
impl_datetime_relative_minute_narrow_v1!(EnglishData);
impl_datetime_relative_hour_long_v1!(EnglishData);
impl_datetime_relative_hour_short_v1!(EnglishData);
impl_datetime_relative_hour_narrow_v1!(EnglishData);
impl_datetime_relative_day_long_v1!(EnglishData);
impl_datetime_relative_day_short_v1!(EnglishData);
impl_datetime_relative_day_narrow_v1!(EnglishData);
impl_datetime_relative_week_long_v1!(EnglishData);
impl_datetime_relative_week_short_v1!(EnglishData);
impl_datetime_relative_week_narrow_v1!(EnglishData);
impl_datetime_relative_month_long_v1!(EnglishData);
impl_datetime_relative_month_short_v1!(EnglishData);
impl_datetime_relative_month_narrow_v1!(EnglishData);
impl_datetime_relative_quarter_long_v1!(EnglishData);
impl_datetime_relative_quarter_short_v1!(EnglishData);
impl_datetime_relative_quarter_narrow_v1!(EnglishData);
impl_datetime_relative_year_long_v1!(EnglishData);
impl_datetime_relative_year_short_v1!(EnglishData);
impl_datetime_relative_year_narrow_v1!(EnglishData);
impl_locale_names_language_v0!(EnglishData);
impl_locale_names_locale_v0!(EnglishData);
impl_locale_names_region_v0!(EnglishData);
impl_locale_names_script_v0!(EnglishData);
impl_locale_names_variant_v0!(EnglishData);
impl_timezone_names_essentials_v1!(EnglishData);
impl_timezone_names_locations_override_v1!(EnglishData);
impl_timezone_names_locations_root_v1!(EnglishData);
impl_timezone_names_cities_override_v1!(EnglishData);
impl_timezone_names_cities_root_v1!(EnglishData);
impl_timezone_names_generic_long_v1!(EnglishData);
impl_timezone_names_generic_short_v1!(EnglishData);
impl_timezone_names_specific_long_v1!(EnglishData);
impl_timezone_names_specific_short_v1!(EnglishData);
impl_timezone_names_standard_long_v1!(EnglishData);
impl_timezone_periods_v1!(EnglishData);

/// What the services above take from data every locale has (plural rules, number symbols):
/// ICU4X's compiled data, which the other services link in already.
macro_rules! from_compiled_data {
    ($($marker:ty => $provider:expr),* $(,)?) => {
        $(impl DataProvider<$marker> for EnglishData {
            fn load(&self, request: DataRequest) -> Result<DataResponse<$marker>, DataError> {
                $provider.load(request)
            }
        })*
    };
}

from_compiled_data!(
    icu::plurals::provider::PluralsCardinalV1 => icu::plurals::provider::Baked,
    icu::decimal::provider::DecimalSymbolsV1 => icu::decimal::provider::Baked,
    icu::decimal::provider::DecimalDigitsV1 => icu::decimal::provider::Baked,
);

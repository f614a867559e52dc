// @generated
include!("datetime_relative_hour_long_v1.rs.data");
include!("datetime_relative_quarter_long_v1.rs.data");
include!("datetime_relative_quarter_short_v1.rs.data");
include!("datetime_relative_week_long_v1.rs.data");
include!("datetime_relative_minute_long_v1.rs.data");
include!("locale_names_region_v0.rs.data");
include!("datetime_relative_second_short_v1.rs.data");
include!("datetime_relative_month_narrow_v1.rs.data");
include!("datetime_relative_month_long_v1.rs.data");
include!("currency_displayname_v1.rs.data");
include!("datetime_relative_day_long_v1.rs.data");
include!("datetime_relative_second_narrow_v1.rs.data");
include!("datetime_relative_week_narrow_v1.rs.data");
include!("timezone_names_locations_root_v1.rs.data");
include!("datetime_relative_quarter_narrow_v1.rs.data");
include!("datetime_relative_hour_narrow_v1.rs.data");
include!("timezone_names_specific_short_v1.rs.data");
include!("datetime_relative_year_long_v1.rs.data");
include!("datetime_relative_minute_short_v1.rs.data");
include!("datetime_relative_hour_short_v1.rs.data");
include!("timezone_names_cities_root_v1.rs.data");
include!("datetime_relative_week_short_v1.rs.data");
include!("datetime_relative_day_narrow_v1.rs.data");
include!("datetime_relative_day_short_v1.rs.data");
include!("timezone_names_generic_short_v1.rs.data");
include!("locale_names_language_v0.rs.data");
include!("timezone_names_specific_long_v1.rs.data");
include!("locale_names_script_v0.rs.data");
include!("timezone_names_essentials_v1.rs.data");
include!("timezone_names_cities_override_v1.rs.data");
include!("timezone_periods_v1.rs.data");
include!("datetime_relative_month_short_v1.rs.data");
include!("locale_names_locale_v0.rs.data");
include!("datetime_relative_second_long_v1.rs.data");
include!("locale_names_variant_v0.rs.data");
include!("timezone_names_generic_long_v1.rs.data");
include!("timezone_names_standard_long_v1.rs.data");
include!("datetime_relative_year_narrow_v1.rs.data");
include!("datetime_relative_year_short_v1.rs.data");
include!("timezone_names_locations_override_v1.rs.data");
include!("datetime_relative_minute_narrow_v1.rs.data");
/// Marks a type as a data provider. You can then use macros like
/// `impl_core_helloworld_v1` to add implementations.
///
/// ```ignore
/// struct MyProvider;
/// const _: () = {
///     include!("path/to/generated/macros.rs");
///     make_provider!(MyProvider);
///     impl_core_helloworld_v1!(MyProvider);
/// }
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __make_provider {
    ($ name : ty) => {
        #[clippy::msrv = "1.88"]
        impl $name {
            #[allow(dead_code)]
            pub(crate) const MUST_USE_MAKE_PROVIDER_MACRO: () = ();
        }
        icu_provider::marker::impl_data_provider_never_marker!($name);
    };
}
#[doc(inline)]
pub use __make_provider as make_provider;
/// This macro requires the following crates:
/// * `alloc`
/// * `icu_datetime`
/// * `icu_experimental`
/// * `icu_locale_fallback/compiled_data`
/// * `icu_pattern`
/// * `icu_plurals`
/// * `icu_provider`
/// * `icu_provider/baked`
/// * `icu_time`
/// * `zerotrie`
/// * `zerovec`
#[allow(unused_macros)]
macro_rules! impl_data_provider {
    ($ provider : ty) => {
        make_provider!($provider);
        impl_datetime_relative_hour_long_v1!($provider);
        impl_datetime_relative_quarter_long_v1!($provider);
        impl_datetime_relative_quarter_short_v1!($provider);
        impl_datetime_relative_week_long_v1!($provider);
        impl_datetime_relative_minute_long_v1!($provider);
        impl_locale_names_region_v0!($provider);
        impl_datetime_relative_second_short_v1!($provider);
        impl_datetime_relative_month_narrow_v1!($provider);
        impl_datetime_relative_month_long_v1!($provider);
        impl_currency_displayname_v1!($provider);
        impl_datetime_relative_day_long_v1!($provider);
        impl_datetime_relative_second_narrow_v1!($provider);
        impl_datetime_relative_week_narrow_v1!($provider);
        impl_timezone_names_locations_root_v1!($provider);
        impl_datetime_relative_quarter_narrow_v1!($provider);
        impl_datetime_relative_hour_narrow_v1!($provider);
        impl_timezone_names_specific_short_v1!($provider);
        impl_datetime_relative_year_long_v1!($provider);
        impl_datetime_relative_minute_short_v1!($provider);
        impl_datetime_relative_hour_short_v1!($provider);
        impl_timezone_names_cities_root_v1!($provider);
        impl_datetime_relative_week_short_v1!($provider);
        impl_datetime_relative_day_narrow_v1!($provider);
        impl_datetime_relative_day_short_v1!($provider);
        impl_timezone_names_generic_short_v1!($provider);
        impl_locale_names_language_v0!($provider);
        impl_timezone_names_specific_long_v1!($provider);
        impl_locale_names_script_v0!($provider);
        impl_timezone_names_essentials_v1!($provider);
        impl_timezone_names_cities_override_v1!($provider);
        impl_timezone_periods_v1!($provider);
        impl_datetime_relative_month_short_v1!($provider);
        impl_locale_names_locale_v0!($provider);
        impl_datetime_relative_second_long_v1!($provider);
        impl_locale_names_variant_v0!($provider);
        impl_timezone_names_generic_long_v1!($provider);
        impl_timezone_names_standard_long_v1!($provider);
        impl_datetime_relative_year_narrow_v1!($provider);
        impl_datetime_relative_year_short_v1!($provider);
        impl_timezone_names_locations_override_v1!($provider);
        impl_datetime_relative_minute_narrow_v1!($provider);
    };
}

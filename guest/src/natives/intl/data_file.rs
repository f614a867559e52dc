//! The Intl data the user named with `--icu-data` (or `NODE_ICU_DATA`): an ICU4X postcard
//! blob (`tools/icu-datagen --blob` writes one), asked of the host the first time a service
//! reads it, so a start without Intl pays nothing. Relative time and display names, whose data
//! built into the guest is English only, read it before that data: the locales it has become
//! theirs. Plural rules and number symbols stay the compiled data's (every locale has them).

use std::cell::OnceCell;

use icu::locale::Locale;
use icu_experimental::displaynames::provider::LocaleNamesLanguageV0;
use icu_experimental::relativetime::provider::DatetimeRelativeDayLongV1;
use icu_locale_fallback::LocaleFallbacker;
use icu_provider::DynamicDryDataProvider;
use icu_provider::buf::DeserializingBufferProvider;
use icu_provider::prelude::*;
use icu_provider_blob::BlobDataProvider;
use rquickjs::{Ctx, Function, Object};

use super::english::EnglishData;
use crate::wit::nodule::runtime::process as host;

thread_local! {
    /// The data file, read on first use; none when the user named none. (The host checked
    /// that the file is a blob before the program started.)
    static DATA_FILE: OnceCell<Option<BlobDataProvider>> = const { OnceCell::new() };
}

fn with_data_file<R>(use_file: impl FnOnce(&BlobDataProvider) -> Option<R>) -> Option<R> {
    DATA_FILE.with(|file| {
        let file = file.get_or_init(|| host::icu_data().and_then(|bytes| BlobDataProvider::try_new_from_blob(bytes.into()).ok()));
        file.as_ref().and_then(use_file)
    })
}

/// The locale whose data the file holds for `request`: its own or the nearest one it falls
/// back to, short of root, whose place the English data built in keeps.
fn nearest_locale(file: &BlobDataProvider, marker: DataMarkerInfo, request: DataRequest) -> Option<DataLocale> {
    let mut fallback = LocaleFallbacker::new().for_config(marker.fallback_config).fallback_for(*request.id.locale);
    while !fallback.get().is_unknown() {
        let id = DataIdentifierBorrowed::for_marker_attributes_and_locale(request.id.marker_attributes, fallback.get());
        if DynamicDryDataProvider::<BufferMarker>::dry_load_data(file, marker, DataRequest { id, ..request }).is_ok() {
            return Some(*fallback.get());
        }
        fallback.step();
    }
    None
}

/// The data file's data where it has the locale, else the English data built in (which
/// falls back to root for a locale outside English, as js-lib never asks for).
pub struct DataFileThenEnglish;

impl<M> DataProvider<M> for DataFileThenEnglish
where
    M: DataMarker,
    EnglishData: DataProvider<M>,
    for<'a> DeserializingBufferProvider<'a, BlobDataProvider>: DataProvider<M>,
{
    fn load(&self, request: DataRequest) -> Result<DataResponse<M>, DataError> {
        let from_file = with_data_file(|file| {
            let locale = nearest_locale(file, M::INFO, request)?;
            let id = DataIdentifierBorrowed::for_marker_attributes_and_locale(request.id.marker_attributes, &locale);
            DataProvider::<M>::load(&file.as_deserializing(), DataRequest { id, ..request }).ok()
        });
        match from_file {
            Some(response) => Ok(response),
            None => EnglishData.load(request),
        }
    }
}

/// Whether the data file has `service`'s data ("relativeTime" or "displayNames") for `tag`
/// (a locale js-lib canonicalized), or for a locale it falls back to: js-lib's test of the
/// locales those services support beyond English.
fn has_locale(service: String, tag: String) -> bool {
    let marker = match service.as_str() {
        "relativeTime" => DatetimeRelativeDayLongV1::INFO,
        "displayNames" => LocaleNamesLanguageV0::INFO,
        _ => return false,
    };
    let Ok(locale) = Locale::try_from_str(&tag) else {
        return false;
    };
    let locale = DataLocale::from(&locale);
    let request = DataRequest { id: DataIdentifierBorrowed::for_locale(&locale), ..Default::default() };
    with_data_file(|file| nearest_locale(file, marker, request)).is_some()
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("dataFileHasLocale", Function::new(ctx.clone(), has_locale)?)?;
    Ok(())
}

//! Intl.DisplayNames: CLDR's names of languages, regions, scripts and currencies (from the
//! data file the user named, else the English data baked in `english.rs`), and the names of whole locales ("British
//! English", "Chinese (Traditional, Taiwan)") composed as ICU's LocaleDisplayNames composes
//! them, which V8 uses and ICU4X's own formatter does not quite match. (Calendar and date
//! field names, which ICU4X has no data for, are a table in js-lib.)

use icu::locale::{LanguageIdentifier, Locale, LocaleCanonicalizer};
use icu_experimental::dimension::provider::currency::displayname::CurrencyDisplaynameV1;
use icu_experimental::displaynames::provider::{
    LocaleNamesLanguageV0, LocaleNamesLocaleV0, LocaleNamesRegionV0, LocaleNamesScriptV0, LocaleNamesVariantV0,
};
use icu_provider::prelude::*;
use rquickjs::{Ctx, Exception, Function, Object};

use super::data_file::DataFileThenEnglish;

fn load<M: DataMarker>(ctx: &Ctx<'_>, locale: &Locale) -> rquickjs::Result<DataPayload<M>>
where
    DataFileThenEnglish: DataProvider<M>,
{
    let locale = DataLocale::from(locale);
    let request = DataRequest { id: DataIdentifierBorrowed::for_locale(&locale), ..Default::default() };
    DataFileThenEnglish
        .load(request)
        .map(|response| response.payload)
        .map_err(|error| Exception::throw_range(ctx, &format!("no locale data: {error}")))
}

/// The names of one kind of code in one locale; `short` is V8's short and narrow styles,
/// which prefer CLDR's short names ("UK", "US English").
struct Names<'a, 'js> {
    ctx: &'a Ctx<'js>,
    locale: &'a Locale,
    short: bool,
}

impl Names<'_, '_> {
    fn language(&self, id: &LanguageIdentifier) -> rquickjs::Result<Option<String>> {
        let data = load::<LocaleNamesLanguageV0>(self.ctx, self.locale)?;
        let data = data.get();
        let key = id.language.to_tinystr().to_unvalidated();
        let short = if self.short { data.short_names.get(&key) } else { None };
        Ok(short.or_else(|| data.names.get(&key)).map(str::to_owned))
    }

    /// The name of a language with a script or region ("British English"), when CLDR has one.
    fn dialect(&self, id: &LanguageIdentifier) -> rquickjs::Result<Option<String>> {
        let data = load::<LocaleNamesLocaleV0>(self.ctx, self.locale)?;
        let data = data.get();
        let short = if self.short { data.short_names.get_by(|key| id.strict_cmp(key.as_bytes()).reverse()) } else { None };
        Ok(short.or_else(|| data.names.get_by(|key| id.strict_cmp(key.as_bytes()).reverse())).map(str::to_owned))
    }

    fn script(&self, script: icu::locale::subtags::Script) -> rquickjs::Result<Option<String>> {
        let data = load::<LocaleNamesScriptV0>(self.ctx, self.locale)?;
        let data = data.get();
        let key = script.to_tinystr().to_unvalidated();
        let short = if self.short { data.short_names.get(&key) } else { None };
        Ok(short.or_else(|| data.names.get(&key)).map(str::to_owned))
    }

    fn region(&self, region: icu::locale::subtags::Region) -> rquickjs::Result<Option<String>> {
        // ICU4X's datagen drops a name equal to its code as trivial, and so CLDR's short names
        // "US" and "UN" (the only such in English).
        if self.short && matches!(region.as_str(), "US" | "UN") {
            return Ok(Some(region.to_string()));
        }
        let data = load::<LocaleNamesRegionV0>(self.ctx, self.locale)?;
        let data = data.get();
        let key = region.to_tinystr().to_unvalidated();
        let short = if self.short { data.short_names.get(&key) } else { None };
        Ok(short.or_else(|| data.names.get(&key)).map(str::to_owned))
    }

    fn variant(&self, variant: icu::locale::subtags::Variant) -> rquickjs::Result<Option<String>> {
        let data = load::<LocaleNamesVariantV0>(self.ctx, self.locale)?;
        Ok(data.get().names.get(&variant.to_tinystr().to_unvalidated()).map(str::to_owned))
    }

    /// ICU's locale display name: the dialect's name when CLDR has one for the language with
    /// its script, or with its region, but not both ("Chinese (Traditional, Taiwan)"), else the
    /// language's; then the script, region and variants it does not name, in brackets. A part
    /// without a name is its code when `fallback`, else there is no name at all.
    fn locale(&self, id: &LanguageIdentifier, dialects: bool, fallback: bool) -> rquickjs::Result<Option<String>> {
        let mut script = id.script;
        let mut region = id.region;
        let mut name = None;
        if dialects && script.is_some() != region.is_some() {
            let dialect = LanguageIdentifier::from((id.language, script, region));
            name = self.dialect(&dialect)?;
            if name.is_some() {
                (script, region) = (None, None);
            }
        }
        let name = match name {
            Some(name) => Some(name),
            // ICU names "und" after the root locale, a name the data does not have.
            None if id.language.is_unknown() => fallback.then(|| "root".to_owned()),
            None => self.language(id)?.or_else(|| fallback.then(|| id.language.to_string())),
        };
        let Some(name) = name else {
            return Ok(None);
        };
        let mut details = Vec::new();
        if let Some(script) = script {
            details.push(self.script(script)?.or_else(|| fallback.then(|| script.to_string())));
        }
        if let Some(region) = region {
            details.push(self.region(region)?.or_else(|| fallback.then(|| region.to_string())));
        }
        for variant in id.variants.iter() {
            details.push(self.variant(*variant)?.or_else(|| fallback.then(|| variant.as_str().to_ascii_uppercase())));
        }
        let Some(details) = details.into_iter().collect::<Option<Vec<String>>>() else {
            return Ok(None);
        };
        Ok(Some(if details.is_empty() { name } else { format!("{name} ({})", details.join(", ")) }))
    }
}

/// The name of `code` (js-lib checked its form and canonicalized it), or undefined when the
/// data has none. `kind` is "language", "region", "script" or "currency"; `fallback` is only
/// for languages, whose names are made of parts.
fn display_name(
    ctx: Ctx<'_>,
    locale: String,
    kind: String,
    style: String,
    dialects: bool,
    fallback: bool,
    code: String,
) -> rquickjs::Result<Option<String>> {
    let locale = super::parse_locale(&ctx, &locale)?;
    let names = Names { ctx: &ctx, locale: &locale, short: style != "long" };
    let invalid = || Exception::throw_range(&ctx, "invalid_argument");
    match kind.as_str() {
        "language" => {
            let id = LanguageIdentifier::try_from_str(&code).map_err(|_| invalid())?;
            names.locale(&id, dialects, fallback)
        }
        "region" => {
            let region = icu::locale::subtags::Region::try_from_str(&code).map_err(|_| invalid())?;
            // A letter code CLDR has replaced ("UK", "DD") has the full name of the region that
            // replaced it, as in ICU's data; numeric codes are not replaced.
            let mut id = Locale::from(LanguageIdentifier::from((icu::locale::subtags::Language::UNKNOWN, None, Some(region))));
            if region.is_alphabetic() {
                LocaleCanonicalizer::new_common().canonicalize(&mut id);
            }
            match id.id.region {
                Some(replacement) if replacement != region => Names { short: false, ..names }.region(replacement),
                _ => names.region(region),
            }
        }
        "script" => {
            let script = icu::locale::subtags::Script::try_from_str(&code).map_err(|_| invalid())?;
            names.script(script)
        }
        "currency" => {
            let locale = DataLocale::from(&locale);
            let attributes = DataMarkerAttributes::try_from_str(&code).map_err(|_| invalid())?;
            let request =
                DataRequest { id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attributes, &locale), ..Default::default() };
            match DataProvider::<CurrencyDisplaynameV1>::load(&DataFileThenEnglish, request) {
                Ok(response) => Ok(Some(String::from(&**response.payload.get()))),
                Err(_) => Ok(None),
            }
        }
        _ => Err(invalid()),
    }
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("displayName", Function::new(ctx.clone(), display_name)?)?;
    Ok(())
}

//! Locale identifiers: ECMA-402's CanonicalizeUnicodeLocaleId (UTS #35 canonical syntax and
//! CLDR's aliases) and Intl.Locale's maximize/minimize (CLDR's likely subtags).

use icu::locale::{Locale, LocaleCanonicalizer, LocaleExpander};
use rquickjs::{Ctx, Function, Object};

/// The canonical form of a BCP 47 tag, or None when it is not a well-formed Unicode locale id.
fn canonicalize(tag: String) -> Option<String> {
    let mut locale = Locale::try_from_str(&tag).ok()?;
    LocaleCanonicalizer::new_common().canonicalize(&mut locale);
    Some(locale.to_string())
}

fn maximize(ctx: Ctx<'_>, tag: String) -> rquickjs::Result<String> {
    let mut locale = super::parse_locale(&ctx, &tag)?;
    LocaleExpander::new_common().maximize(&mut locale.id);
    Ok(locale.to_string())
}

fn minimize(ctx: Ctx<'_>, tag: String) -> rquickjs::Result<String> {
    let mut locale = super::parse_locale(&ctx, &tag)?;
    LocaleExpander::new_common().minimize(&mut locale.id);
    Ok(locale.to_string())
}

/// Whether there is data for the tag's language: CLDR knows its likely script. Compiled data
/// holds every CLDR locale, so a language CLDR has likely subtags for has formats too.
fn is_available(tag: String) -> bool {
    let Ok(locale) = Locale::try_from_str(&tag) else {
        return false;
    };
    let mut language = icu::locale::LanguageIdentifier::UNKNOWN;
    language.language = locale.id.language;
    !language.language.is_unknown() && LocaleExpander::new_common().get_likely_script(&language).is_some()
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("canonicalizeLocale", Function::new(ctx.clone(), canonicalize)?)?;
    binding.set("isLocaleAvailable", Function::new(ctx.clone(), is_available)?)?;
    binding.set("maximizeLocale", Function::new(ctx.clone(), maximize)?)?;
    binding.set("minimizeLocale", Function::new(ctx.clone(), minimize)?)?;
    Ok(())
}

//! String.prototype.toLocaleUpperCase/toLocaleLowerCase: Unicode's full case mappings with
//! the language-specific ones (Turkish and Azeri dotted i, Lithuanian dots, Greek accents).

use icu::casemap::CaseMapper;
use icu::locale::LanguageIdentifier;
use rquickjs::{Ctx, Function, Object};

/// `text` in upper case (or lower case) by the rules of `language` (a BCP 47 language subtag).
fn map_case(language: String, text: String, upper: bool) -> String {
    let language = language.parse().unwrap_or(LanguageIdentifier::UNKNOWN);
    let mapper = CaseMapper::new();
    if upper {
        mapper.uppercase_to_string(&text, &language).into_owned()
    } else {
        mapper.lowercase_to_string(&text, &language).into_owned()
    }
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("mapCase", Function::new(ctx.clone(), map_case)?)?;
    Ok(())
}

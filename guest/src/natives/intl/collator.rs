//! Intl.Collator and String.prototype.localeCompare: the Unicode Collation Algorithm with
//! CLDR's root order and tailorings. Sorting calls compare for every pair, so the collators
//! made are kept, keyed by the locale and options they were made for.

use std::cell::RefCell;
use std::cmp::Ordering;

use icu::collator::options::{AlternateHandling, CaseLevel, CollatorOptions, Strength};
use icu::collator::{Collator, CollatorBorrowed};
use rquickjs::{Ctx, Exception, Function, Object};

thread_local! {
    /// A program uses a few collators; each is a few pointers into the compiled data.
    static COLLATORS: RefCell<Vec<(String, String, CollatorBorrowed<'static>)>> = const { RefCell::new(Vec::new()) };
}

/// ECMA-402's sensitivity as ICU4X's strength and case level; `ignorePunctuation` shifts
/// punctuation and spaces out of the comparison.
fn options(sensitivity: &str, ignore_punctuation: bool) -> CollatorOptions {
    let mut options = CollatorOptions::default();
    options.strength = Some(match sensitivity {
        "base" | "case" => Strength::Primary,
        "accent" => Strength::Secondary,
        _ => Strength::Tertiary,
    });
    if sensitivity == "case" {
        options.case_level = Some(CaseLevel::On);
    }
    if ignore_punctuation {
        options.alternate_handling = Some(AlternateHandling::Shifted);
    }
    options
}

/// -1, 0 or 1 as `left` sorts before, with or after `right`. `locale` carries the `kn`
/// (numeric) and `kf` (case first) keywords.
fn compare(
    ctx: Ctx<'_>,
    locale: String,
    sensitivity: String,
    ignore_punctuation: bool,
    left: String,
    right: String,
) -> rquickjs::Result<i32> {
    let key = format!("{sensitivity}{ignore_punctuation}");
    COLLATORS.with(|collators| {
        let mut collators = collators.borrow_mut();
        let index = match collators.iter().position(|(tag, options, _)| *tag == locale && *options == key) {
            Some(index) => index,
            None => {
                let parsed = super::parse_locale(&ctx, &locale)?;
                let collator = Collator::try_new((&parsed).into(), options(&sensitivity, ignore_punctuation))
                    .map_err(|error| Exception::throw_range(&ctx, &format!("no locale data: {error}")))?;
                collators.push((locale, key, collator));
                collators.len() - 1
            }
        };
        Ok(match collators[index].2.compare(&left, &right) {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        })
    })
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("collatorCompare", Function::new(ctx.clone(), compare)?)?;
    Ok(())
}

//! `Intl` on ICU4X: one file per service, each a few small calls that take options js-lib
//! has already resolved (ECMA-402's option reading and defaults are JavaScript, in
//! `js-lib/internal/intl/`). Locale data is ICU4X's compiled data, linked in per service,
//! English data baked by `tools/icu-datagen` (`english.rs`), and the data file the user may
//! name (`data_file.rs`).

mod case_mapping;
mod collator;
mod data_file;
mod date_time_format;
mod display_names;
mod english;
mod list_format;
mod local_time;
mod locale;
mod number_format;
mod plural_rules;
mod relative_time_format;
mod segmenter;

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use icu::locale::Locale;
use rquickjs::{Array, Ctx, Exception, Object};
use writeable::{Part, PartsWrite, Writeable};

pub use local_time::install as install_local_time;

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    case_mapping::register(ctx, &binding)?;
    collator::register(ctx, &binding)?;
    data_file::register(ctx, &binding)?;
    date_time_format::register(ctx, &binding)?;
    display_names::register(ctx, &binding)?;
    list_format::register(ctx, &binding)?;
    local_time::register(ctx, &binding)?;
    locale::register(ctx, &binding)?;
    number_format::register(ctx, &binding)?;
    plural_rules::register(ctx, &binding)?;
    relative_time_format::register(ctx, &binding)?;
    segmenter::register(ctx, &binding)?;
    Ok(binding)
}

/// The formatters made most recently, keyed by js-lib's description of what they were made
/// for: making an ICU4X formatter costs far more than formatting with one, and a program
/// formats with a few formatters many times.
pub struct FormatterCache<T> {
    entries: RefCell<Vec<(String, Rc<T>)>>,
}

impl<T> FormatterCache<T> {
    const CAPACITY: usize = 16;

    pub const fn new() -> Self {
        FormatterCache { entries: RefCell::new(Vec::new()) }
    }

    /// The formatter for `key`, made by `make` when there is none.
    pub fn get(&self, key: &str, make: impl FnOnce() -> rquickjs::Result<T>) -> rquickjs::Result<Rc<T>> {
        if let Some((_, formatter)) = self.entries.borrow().iter().find(|(made_for, _)| made_for == key) {
            return Ok(formatter.clone());
        }
        let formatter = Rc::new(make()?);
        let mut entries = self.entries.borrow_mut();
        if entries.len() == Self::CAPACITY {
            entries.remove(0);
        }
        entries.push((key.to_owned(), formatter.clone()));
        Ok(formatter)
    }
}

/// A locale tag js-lib has already canonicalized; a tag that does not parse is js-lib's bug,
/// reported as a RangeError rather than a panic.
fn parse_locale(ctx: &Ctx<'_>, tag: &str) -> rquickjs::Result<Locale> {
    Locale::try_from_str(tag).map_err(|_| Exception::throw_range(ctx, "Incorrect locale information provided"))
}

/// The pieces of an ICU4X formatted value with the ECMA-402 part type of each: ICU4X's own
/// part names (`integer`, `group`, `decimal`, `fraction`, `minusSign`, `plusSign`; `year`,
/// `month`, `hour`, ...) are ECMA-402's. Text written outside any part of the category asked
/// for (a pattern's affixes) is kept with no type for the caller to name.
#[derive(Default)]
struct Parts {
    pieces: Vec<(Option<&'static str>, String)>,
    current: Option<&'static str>,
    /// The ICU4X part category kept: "decimal" for numbers, "datetime" for dates.
    category: &'static str,
}

impl Parts {
    fn of(value: &impl Writeable, category: &'static str) -> Parts {
        let mut parts = Parts { category, ..Parts::default() };
        // Writing into memory cannot fail.
        let _ = value.write_to_parts(&mut parts);
        parts
    }

    fn push(&mut self, kind: Option<&'static str>, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.pieces.last_mut() {
            Some((last, piece)) if *last == kind => piece.push_str(text),
            _ => self.pieces.push((kind, text.to_owned())),
        }
    }

    fn extend(&mut self, other: &Parts) {
        for (kind, text) in &other.pieces {
            self.push(*kind, text);
        }
    }

    fn to_array<'js>(&self, ctx: &Ctx<'js>) -> rquickjs::Result<Array<'js>> {
        let array = Array::new(ctx.clone())?;
        for (index, (kind, text)) in self.pieces.iter().enumerate() {
            let part = Object::new(ctx.clone())?;
            part.set("type", kind.unwrap_or("literal"))?;
            part.set("value", text.as_str())?;
            array.set(index, part)?;
        }
        Ok(array)
    }
}

impl fmt::Write for Parts {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.push(self.current, text);
        Ok(())
    }
}

impl PartsWrite for Parts {
    type SubPartsWrite = Parts;

    fn with_part(&mut self, part: Part, mut f: impl FnMut(&mut Parts) -> fmt::Result) -> fmt::Result {
        // Only the innermost part of the category counts: ICU4X nests a number's parts inside
        // whole-value parts.
        let outer = self.current;
        if part.category == self.category {
            self.current = Some(part.value);
        }
        let result = f(self);
        self.current = outer;
        result
    }
}

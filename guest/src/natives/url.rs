//! WHATWG URL parsing for `URL`, by the `url` crate, whose `quirks` module is the URL
//! Standard's JavaScript API. A URL crosses to JavaScript as its component strings.

use ::url::{Host, Url, quirks};
use rquickjs::function::Opt;
use rquickjs::{Ctx, Function, IntoJs, Object, Value};

/// `[href, origin, protocol, username, password, host, hostname, port, pathname, search, hash]`.
fn components<'js>(ctx: &Ctx<'js>, url: &Url) -> rquickjs::Result<Value<'js>> {
    vec![
        quirks::href(url).to_owned(),
        quirks::origin(url),
        quirks::protocol(url).to_owned(),
        quirks::username(url).to_owned(),
        quirks::password(url).to_owned(),
        quirks::host(url).to_owned(),
        quirks::hostname(url).to_owned(),
        quirks::port(url).to_owned(),
        quirks::pathname(url).to_owned(),
        quirks::search(url).to_owned(),
        quirks::hash(url).to_owned(),
    ]
    .into_js(ctx)
}

fn parse_with_base(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(base) => Url::parse(base).ok()?.join(input).ok(),
        None => Url::parse(input).ok(),
    }
}

/// The components of `input` (resolved against `base`), or null when it does not parse.
fn parse<'js>(ctx: Ctx<'js>, input: String, base: Opt<Option<String>>) -> rquickjs::Result<Value<'js>> {
    match parse_with_base(&input, base.0.flatten().as_deref()) {
        Some(url) => components(&ctx, &url),
        None => Ok(Value::new_null(ctx)),
    }
}

/// Applies one setter (`protocol`, `host`, ...) to `href` as the URL Standard says and
/// returns the new components; a rejected value leaves the URL as it was.
fn update<'js>(ctx: Ctx<'js>, href: String, setter: String, value: String) -> rquickjs::Result<Value<'js>> {
    let Ok(mut url) = Url::parse(&href) else { return Ok(Value::new_null(ctx)) };
    // A rejected value is not an error: the URL stays as it was, as the standard says.
    match setter.as_str() {
        "href" => drop(quirks::set_href(&mut url, &value)),
        "protocol" => drop(quirks::set_protocol(&mut url, &value)),
        "username" => drop(quirks::set_username(&mut url, &value)),
        "password" => drop(quirks::set_password(&mut url, &value)),
        "host" => drop(quirks::set_host(&mut url, &value)),
        "hostname" => drop(quirks::set_hostname(&mut url, &value)),
        "port" => drop(quirks::set_port(&mut url, &value)),
        "pathname" => quirks::set_pathname(&mut url, &value),
        "search" => quirks::set_search(&mut url, &value),
        "hash" => quirks::set_hash(&mut url, &value),
        _ => {}
    }
    components(&ctx, &url)
}

/// Node's `url.domainToASCII`: the URL Standard's host, serialized. Unlike the url crate's
/// quirks function, an IP address is a host too (`0x7f.1` is `127.0.0.1`); "" when it is none.
fn domain_to_ascii(domain: String) -> String {
    match Host::parse(&domain) {
        Ok(Host::Domain(domain)) => domain,
        Ok(host) => host.to_string(),
        Err(_) => String::new(),
    }
}

/// Node's `url.domainToUnicode`, likewise.
fn domain_to_unicode(domain: String) -> String {
    match Host::parse(&domain) {
        Ok(Host::Domain(domain)) => quirks::domain_to_unicode(&domain),
        Ok(host) => host.to_string(),
        Err(_) => String::new(),
    }
}

/// UTS #46 ToASCII, lenient (no STD3 rules, any hyphens, no length limits), as Node's
/// legacy `url.parse` converts a hostname: labels only, no IP addresses; "" on failure.
fn to_ascii(domain: String) -> String {
    idna::domain_to_ascii(&domain).unwrap_or_default()
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("parse", Function::new(ctx.clone(), parse)?)?;
    binding.set("update", Function::new(ctx.clone(), update)?)?;
    binding.set("domainToASCII", Function::new(ctx.clone(), domain_to_ascii)?)?;
    binding.set("domainToUnicode", Function::new(ctx.clone(), domain_to_unicode)?)?;
    binding.set("toASCII", Function::new(ctx.clone(), to_ascii)?)?;
    Ok(binding)
}

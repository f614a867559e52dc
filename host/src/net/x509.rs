//! Just enough of X.509's DER to describe a peer's certificate the way Node's
//! `getPeerCertificate` does (names, validity, alternative names) and to tell a
//! self-signed certificate from one whose issuer is unknown. rustls-webpki checks the
//! certificates; this only reads them, and gives up (None) on anything unexpected.

use std::net::{Ipv4Addr, Ipv6Addr};

use crate::bindings::net::PeerCertificate;

const OCTET_STRING: u8 = 0x04;
const BOOLEAN: u8 = 0x01;
const UTC_TIME: u8 = 0x17;
const VERSION: u8 = 0xa0;
const EXTENSIONS: u8 = 0xa3;
const SAN_EMAIL: u8 = 0x81;
const SAN_DNS: u8 = 0x82;
const SAN_URI: u8 = 0x86;
const SAN_IP: u8 = 0x87;
/// id-ce-subjectAltName (2.5.29.17).
const SUBJECT_ALT_NAME: &[u8] = &[0x55, 0x1d, 0x11];

/// One DER element: its tag, its contents, and what follows it.
fn element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (length, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 4 || rest.len() < count {
            return None;
        }
        let length = rest[..count].iter().fold(0usize, |n, &b| (n << 8) | usize::from(b));
        (length, &rest[count..])
    };
    (rest.len() >= length).then(|| (tag, &rest[..length], &rest[length..]))
}

/// The elements inside a constructed element's contents.
fn elements(mut input: &[u8]) -> impl Iterator<Item = (u8, &[u8])> {
    std::iter::from_fn(move || {
        let (tag, contents, rest) = element(input)?;
        input = rest;
        Some((tag, contents))
    })
}

/// The parts of a certificate's to-be-signed body this module reads.
struct Tbs<'a> {
    issuer: &'a [u8],
    validity: &'a [u8],
    subject: &'a [u8],
    extensions: Option<&'a [u8]>,
}

fn tbs(der: &[u8]) -> Option<Tbs<'_>> {
    let (_, certificate, _) = element(der)?;
    let (_, tbs, _) = element(certificate)?;
    let mut fields = elements(tbs).peekable();
    fields.next_if(|(tag, _)| *tag == VERSION);
    let _serial = fields.next()?;
    let _signature = fields.next()?;
    let (_, issuer) = fields.next()?;
    let (_, validity) = fields.next()?;
    let (_, subject) = fields.next()?;
    let extensions = fields.find(|(tag, _)| *tag == EXTENSIONS).map(|(_, contents)| contents);
    Some(Tbs { issuer, validity, subject, extensions })
}

/// Whether a certificate names itself as its issuer.
pub fn is_self_issued(der: &[u8]) -> bool {
    tbs(der).is_some_and(|tbs| tbs.issuer == tbs.subject)
}

/// The short name OpenSSL gives an attribute of a distinguished name (id-at-*).
fn attribute_name(oid: &[u8]) -> Option<&'static str> {
    match oid {
        [0x55, 0x04, 0x03] => Some("CN"),
        [0x55, 0x04, 0x06] => Some("C"),
        [0x55, 0x04, 0x07] => Some("L"),
        [0x55, 0x04, 0x08] => Some("ST"),
        [0x55, 0x04, 0x0a] => Some("O"),
        [0x55, 0x04, 0x0b] => Some("OU"),
        _ => None,
    }
}

/// A Name's attributes in order: each RelativeDistinguishedName is a SET of
/// AttributeTypeAndValue SEQUENCEs.
fn name(name: &[u8]) -> Vec<(String, String)> {
    elements(name)
        .flat_map(|(_, set)| elements(set))
        .filter_map(|(_, pair)| {
            let (_, oid, rest) = element(pair)?;
            let (_, value, _) = element(rest)?;
            Some((attribute_name(oid)?.to_owned(), String::from_utf8_lossy(value).into_owned()))
        })
        .collect()
}

/// A UTCTime (`YYMMDDHHMMSSZ`) or GeneralizedTime (`YYYYMMDDHHMMSSZ`) as OpenSSL
/// prints it: `Jan  1 00:00:00 2024 GMT`.
fn time(tag: u8, value: &[u8]) -> Option<String> {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let text = std::str::from_utf8(value).ok()?;
    let (year, rest) = if tag == UTC_TIME {
        let short: u32 = text.get(..2)?.parse().ok()?;
        (if short < 50 { 2000 + short } else { 1900 + short }, &text[2..])
    } else {
        (text.get(..4)?.parse().ok()?, &text[4..])
    };
    let field = |at: usize| rest.get(at..at + 2);
    let month: usize = field(0)?.parse().ok()?;
    let day: u32 = field(2)?.parse().ok()?;
    Some(format!("{} {day:>2} {}:{}:{} {year} GMT", MONTHS.get(month.checked_sub(1)?)?, field(4)?, field(6)?, field(8)?))
}

/// The subjectAltName extension as OpenSSL prints it.
fn subject_alt_name(extensions: &[u8]) -> Option<String> {
    let (_, list, _) = element(extensions)?;
    let value = elements(list).find_map(|(_, extension)| {
        let mut parts = elements(extension);
        let (_, oid) = parts.next()?;
        if oid != SUBJECT_ALT_NAME {
            return None;
        }
        parts.find(|(tag, _)| *tag != BOOLEAN).filter(|(tag, _)| *tag == OCTET_STRING).map(|(_, value)| value)
    })?;
    let (_, names, _) = element(value)?;
    let mut printed = String::new();
    for (tag, name) in elements(names) {
        let text = match tag {
            SAN_DNS => format!("DNS:{}", String::from_utf8_lossy(name)),
            SAN_EMAIL => format!("email:{}", String::from_utf8_lossy(name)),
            SAN_URI => format!("URI:{}", String::from_utf8_lossy(name)),
            SAN_IP => match name.len() {
                4 => format!("IP Address:{}", Ipv4Addr::from(<[u8; 4]>::try_from(name).ok()?)),
                // OpenSSL prints every group of an IPv6 address, uncompressed.
                16 => format!(
                    "IP Address:{}",
                    Ipv6Addr::from(<[u8; 16]>::try_from(name).ok()?).segments().map(|group| format!("{group:X}")).join(":")
                ),
                _ => continue,
            },
            _ => continue,
        };
        if !printed.is_empty() {
            printed.push_str(", ");
        }
        printed.push_str(&text);
    }
    Some(printed)
}

/// A certificate described for the guest; None when it cannot be read.
pub fn describe(der: &[u8]) -> Option<PeerCertificate> {
    let tbs = tbs(der)?;
    let mut validity = elements(tbs.validity);
    let (from_tag, from) = validity.next()?;
    let (to_tag, to) = validity.next()?;
    Some(PeerCertificate {
        der: der.to_vec(),
        subject: name(tbs.subject),
        issuer: name(tbs.issuer),
        valid_from: time(from_tag, from)?,
        valid_to: time(to_tag, to)?,
        subject_alt_name: tbs.extensions.and_then(subject_alt_name).unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_times_as_openssl_does() {
        assert_eq!(time(UTC_TIME, b"240105093000Z").as_deref(), Some("Jan  5 09:30:00 2024 GMT"));
        assert_eq!(time(0x18, b"21240105093000Z").as_deref(), Some("Jan  5 09:30:00 2124 GMT"));
    }
}

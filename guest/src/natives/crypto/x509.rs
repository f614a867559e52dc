//! X.509 certificates for `X509Certificate`: one parsed into the fields Node shows, in
//! OpenSSL's print formats (names one attribute a line, `Jan  1 00:00:00 2024 GMT`,
//! `DNS:a, IP Address:1.2.3.4`), with what js-lib needs to check its signature.

use std::net::{Ipv4Addr, Ipv6Addr};

use pkcs8::ObjectIdentifier;
use pkcs8::der::{Decode as _, Encode as _};
use rquickjs::{Array, ArrayBuffer, Ctx, Function, Object, TypedArray, Value};
use x509_cert::Certificate;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{AuthorityInfoAccessSyntax, BasicConstraints, ExtendedKeyUsage, SubjectAltName};
use x509_cert::name::Name;
use x509_cert::time::Time;

use super::bytes_of;
use super::keys::pem_block;

/// OpenSSL's short name for a distinguished name's attribute, or its dotted OID.
fn attribute_name(oid: &ObjectIdentifier) -> String {
    let short = match oid.to_string().as_str() {
        "2.5.4.3" => "CN",
        "2.5.4.4" => "SN",
        "2.5.4.5" => "serialNumber",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.9" => "street",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.12" => "title",
        "2.5.4.17" => "postalCode",
        "2.5.4.42" => "GN",
        "1.2.840.113549.1.9.1" => "emailAddress",
        "0.9.2342.19200300.100.1.1" => "UID",
        "0.9.2342.19200300.100.1.25" => "DC",
        other => return other.to_owned(),
    };
    short.to_owned()
}

/// A name as Node prints it: `C=US\nO=Example\nCN=example.com`.
fn name_text(name: &Name) -> String {
    name.0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .map(|pair| format!("{}={}", attribute_name(&pair.oid), String::from_utf8_lossy(pair.value.value())))
        .collect::<Vec<_>>()
        .join("\n")
}

fn time_text(time: &Time) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let at = time.to_date_time();
    format!(
        "{} {:>2} {:02}:{:02}:{:02} {} GMT",
        MONTHS[usize::from(at.month()) - 1],
        at.day(),
        at.hour(),
        at.minutes(),
        at.seconds(),
        at.year()
    )
}

/// One general name as OpenSSL prints it (IPv6 with every group, uncompressed).
fn general_name_text(name: &GeneralName) -> Option<String> {
    Some(match name {
        GeneralName::DnsName(dns) => format!("DNS:{}", dns.as_str()),
        GeneralName::Rfc822Name(email) => format!("email:{}", email.as_str()),
        GeneralName::UniformResourceIdentifier(uri) => format!("URI:{}", uri.as_str()),
        GeneralName::IpAddress(ip) => match ip.as_bytes().len() {
            4 => format!("IP Address:{}", Ipv4Addr::from(<[u8; 4]>::try_from(ip.as_bytes()).ok()?)),
            16 => {
                let groups = Ipv6Addr::from(<[u8; 16]>::try_from(ip.as_bytes()).ok()?).segments();
                format!("IP Address:{}", groups.map(|group| format!("{group:X}")).join(":"))
            }
            _ => return None,
        },
        GeneralName::DirectoryName(name) => format!("DirName:{}", name_text(name).replace('\n', "/")),
        _ => return None,
    })
}

/// The digest a certificate's signature algorithm hashes with (`""` for Ed25519, which
/// has none), or None for an algorithm not here.
fn signature_digest(oid: &ObjectIdentifier) -> Option<&'static str> {
    Some(match oid.to_string().as_str() {
        "1.2.840.113549.1.1.5" | "1.2.840.10045.4.1" => "sha1",
        "1.2.840.113549.1.1.14" | "1.2.840.10045.4.3.1" => "sha224",
        "1.2.840.113549.1.1.11" | "1.2.840.10045.4.3.2" => "sha256",
        "1.2.840.113549.1.1.12" | "1.2.840.10045.4.3.3" => "sha384",
        "1.2.840.113549.1.1.13" | "1.2.840.10045.4.3.4" => "sha512",
        "1.3.101.112" => "",
        _ => return None,
    })
}

fn access_method_text(oid: &ObjectIdentifier) -> String {
    match oid.to_string().as_str() {
        "1.3.6.1.5.5.7.48.1" => "OCSP".to_owned(),
        "1.3.6.1.5.5.7.48.2" => "CA Issuers".to_owned(),
        other => other.to_owned(),
    }
}

fn set_bytes<'js>(ctx: &Ctx<'js>, object: &Object<'js>, name: &str, bytes: Vec<u8>) -> rquickjs::Result<()> {
    object.set(name, ArrayBuffer::new(ctx.clone(), bytes)?)
}

/// A certificate (PEM or DER) as an object of Node's fields, or OpenSSL's reason it
/// could not be read.
fn x509_parse<'js>(ctx: Ctx<'js>, data: TypedArray<'js, u8>) -> rquickjs::Result<Value<'js>> {
    let data = bytes_of(&data);
    let der = match std::str::from_utf8(&data).ok().filter(|text| text.contains("-----BEGIN")) {
        Some(text) => match pem_block(text) {
            Ok(block) => block.der,
            Err(reason) => return Ok(rquickjs::String::from_str(ctx, reason)?.into_value()),
        },
        None => data,
    };
    let Ok(certificate) = Certificate::from_der(&der) else {
        return Ok(rquickjs::String::from_str(ctx, "wrong tag")?.into_value());
    };
    let tbs = &certificate.tbs_certificate;
    let fields = Object::new(ctx.clone())?;
    set_bytes(&ctx, &fields, "raw", der.clone())?;
    fields.set("subject", name_text(&tbs.subject))?;
    fields.set("issuer", name_text(&tbs.issuer))?;
    let serial = tbs.serial_number.as_bytes();
    let significant = serial.iter().position(|&b| b != 0).unwrap_or(serial.len().saturating_sub(1));
    fields.set("serialNumber", serial[significant..].iter().map(|b| format!("{b:02X}")).collect::<String>())?;
    fields.set("validFrom", time_text(&tbs.validity.not_before))?;
    fields.set("validTo", time_text(&tbs.validity.not_after))?;
    set_bytes(&ctx, &fields, "spki", tbs.subject_public_key_info.to_der().unwrap_or_default())?;
    set_bytes(&ctx, &fields, "tbs", tbs.to_der().unwrap_or_default())?;
    set_bytes(&ctx, &fields, "signature", certificate.signature.raw_bytes().to_vec())?;
    if let Some(digest) = signature_digest(&certificate.signature_algorithm.oid) {
        fields.set("signatureDigest", digest)?;
    }
    let mut ca = false;
    for extension in tbs.extensions.iter().flatten() {
        let value = extension.extn_value.as_bytes();
        match extension.extn_id.to_string().as_str() {
            "2.5.29.17" => {
                if let Ok(names) = SubjectAltName::from_der(value) {
                    fields.set("subjectAltName", names.0.iter().filter_map(general_name_text).collect::<Vec<_>>().join(", "))?;
                }
            }
            "2.5.29.19" => ca = BasicConstraints::from_der(value).is_ok_and(|constraints| constraints.ca),
            "2.5.29.37" => {
                if let Ok(usages) = ExtendedKeyUsage::from_der(value) {
                    let list = Array::new(ctx.clone())?;
                    for (at, oid) in usages.0.iter().enumerate() {
                        list.set(at, oid.to_string())?;
                    }
                    fields.set("keyUsage", list)?;
                }
            }
            "1.3.6.1.5.5.7.1.1" => {
                if let Ok(access) = AuthorityInfoAccessSyntax::from_der(value) {
                    let lines: Vec<String> = access
                        .0
                        .iter()
                        .filter_map(|entry| {
                            let location = general_name_text(&entry.access_location)?;
                            Some(format!("{} - {location}", access_method_text(&entry.access_method)))
                        })
                        .collect();
                    fields.set("infoAccess", lines.join("\n"))?;
                }
            }
            _ => {}
        }
    }
    fields.set("ca", ca)?;
    Ok(fields.into_value())
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("x509Parse", Function::new(ctx.clone(), x509_parse)?)?;
    Ok(())
}

//! The named elliptic curves for EC keys (ECDSA, ECDH): P-224, P-256, P-384, P-521 and
//! secp256k1, each its RustCrypto crate, under one pair of enums so the key code has one
//! arm for all of them.

use p256::ecdsa::signature::hazmat::{PrehashSigner as _, PrehashVerifier as _};
use p256::elliptic_curve::sec1::ToEncodedPoint as _;
use pkcs8::{DecodePrivateKey as _, EncodePrivateKey as _};
use spki::{DecodePublicKey as _, EncodePublicKey as _};

use super::keys::{Failure, HostRng};

/// A digest as the ecdsa crate takes it: at least half the field long, so a short digest
/// (SHA-1 or SHA-256 with P-521, as OpenSSL allows) is left-padded with zeros, which keeps
/// its value as ECDSA reads it.
fn prehash(hashed: &[u8], field_length: usize) -> Vec<u8> {
    let mut padded = vec![0u8; (field_length / 2).saturating_sub(hashed.len())];
    padded.extend_from_slice(hashed);
    padded
}

/// Defines EcSecret and EcPublic over `(variant, crate, OpenSSL's name, JWK's name)`.
macro_rules! named_curves {
    ($(($variant:ident, $krate:ident, $name:literal, $jwk:literal)),* $(,)?) => {
        /// An EC private key.
        pub(super) enum EcSecret {
            $($variant($krate::SecretKey)),*
        }

        /// An EC public key.
        pub(super) enum EcPublic {
            $($variant($krate::PublicKey)),*
        }

        /// OpenSSL's name of a curve given by OpenSSL's or JWK's name.
        pub(super) fn curve_name(name: &str) -> Option<&'static str> {
            // secp256k1 is its own JWK name.
            #[allow(unreachable_patterns)]
            match name {
                $($name | $jwk => Some($name),)*
                _ => None,
            }
        }

        impl EcSecret {
            /// A private scalar on `curve` (OpenSSL's or JWK's name).
            pub(super) fn new(curve: &str, scalar: &[u8]) -> Option<Self> {
                match curve_name(curve)? {
                    $($name => $krate::SecretKey::from_slice(scalar).ok().map(Self::$variant),)*
                    _ => None,
                }
            }

            pub(super) fn random(curve: &str) -> Option<Self> {
                match curve_name(curve)? {
                    $($name => Some(Self::$variant($krate::SecretKey::random(&mut HostRng))),)*
                    _ => None,
                }
            }

            pub(super) fn from_pkcs8(der: &[u8]) -> Option<Self> {
                $(if let Ok(key) = $krate::SecretKey::from_pkcs8_der(der) {
                    return Some(Self::$variant(key));
                })*
                None
            }

            /// A SEC1 `ECPrivateKey` that names its curve.
            pub(super) fn from_sec1(der: &[u8]) -> Option<Self> {
                $(if let Ok(key) = $krate::SecretKey::from_sec1_der(der) {
                    return Some(Self::$variant(key));
                })*
                None
            }

            pub(super) fn to_pkcs8(&self) -> Vec<u8> {
                match self {
                    $(Self::$variant(key) => key.to_pkcs8_der().expect("a parsed key encodes").as_bytes().to_vec(),)*
                }
            }

            pub(super) fn public(&self) -> EcPublic {
                match self {
                    $(Self::$variant(key) => EcPublic::$variant(key.public_key()),)*
                }
            }

            /// The private scalar, big-endian, as long as the curve's field.
            pub(super) fn scalar(&self) -> Vec<u8> {
                match self {
                    $(Self::$variant(key) => key.to_bytes().to_vec(),)*
                }
            }

            /// An ECDSA signature of a digest, DER or r||s (`p1363`).
            pub(super) fn sign(&self, hashed: &[u8], p1363: bool) -> Result<Vec<u8>, Failure> {
                match self {
                    $(Self::$variant(key) => {
                        let field = key.to_bytes();
                        let signing = $krate::ecdsa::SigningKey::from_slice(&field).map_err(|_| "sign failed")?;
                        let signature: $krate::ecdsa::Signature =
                            signing.sign_prehash(&prehash(hashed, field.len())).map_err(|_| "sign failed")?;
                        Ok(if p1363 { signature.to_bytes().to_vec() } else { signature.to_der().as_bytes().to_vec() })
                    })*
                }
            }

            /// The shared secret with a public key on the same curve.
            pub(super) fn diffie_hellman(&self, public: &EcPublic) -> Option<Vec<u8>> {
                match (self, public) {
                    $((Self::$variant(a), EcPublic::$variant(b)) => {
                        Some($krate::ecdh::diffie_hellman(a.to_nonzero_scalar(), b.as_affine()).raw_secret_bytes().to_vec())
                    })*
                    #[allow(unreachable_patterns)]
                    _ => None,
                }
            }
        }

        impl EcPublic {
            /// A SEC1 point on `curve` (OpenSSL's or JWK's name).
            pub(super) fn new(curve: &str, point: &[u8]) -> Option<Self> {
                match curve_name(curve)? {
                    $($name => $krate::PublicKey::from_sec1_bytes(point).ok().map(Self::$variant),)*
                    _ => None,
                }
            }

            pub(super) fn from_spki(der: &[u8]) -> Option<Self> {
                $(if let Ok(key) = $krate::PublicKey::from_public_key_der(der) {
                    return Some(Self::$variant(key));
                })*
                None
            }

            pub(super) fn to_spki(&self) -> Vec<u8> {
                match self {
                    $(Self::$variant(key) => key.to_public_key_der().expect("a parsed key encodes").as_bytes().to_vec(),)*
                }
            }

            /// The point in SEC1 form, compressed or not.
            pub(super) fn point(&self, compressed: bool) -> Vec<u8> {
                match self {
                    $(Self::$variant(key) => key.to_encoded_point(compressed).as_bytes().to_vec(),)*
                }
            }

            /// OpenSSL's name of the curve.
            pub(super) fn curve(&self) -> &'static str {
                match self {
                    $(Self::$variant(_) => $name,)*
                }
            }

            /// Whether an ECDSA signature (DER or r||s) of a digest is this key's.
            pub(super) fn verify(&self, hashed: &[u8], signature: &[u8], p1363: bool) -> bool {
                match self {
                    $(Self::$variant(key) => {
                        let Ok(verifying) = $krate::ecdsa::VerifyingKey::from_sec1_bytes(key.to_encoded_point(false).as_bytes()) else {
                            return false;
                        };
                        let parsed = if p1363 {
                            $krate::ecdsa::Signature::from_slice(signature)
                        } else {
                            $krate::ecdsa::Signature::from_der(signature)
                        };
                        // OpenSSL takes either s; k256 only the low one (the other verifies the same).
                        let field = (key.to_encoded_point(false).len() - 1) / 2;
                        parsed.is_ok_and(|parsed| {
                            verifying.verify_prehash(&prehash(hashed, field), &parsed.normalize_s().unwrap_or(parsed)).is_ok()
                        })
                    })*
                }
            }
        }
    };
}

named_curves! {
    (P224, p224, "secp224r1", "secp224r1"),
    (P256, p256, "prime256v1", "P-256"),
    (P384, p384, "secp384r1", "P-384"),
    (P521, p521, "secp521r1", "P-521"),
    (K256, k256, "secp256k1", "secp256k1"),
}

impl EcPublic {
    /// The key of JWK's affine coordinates on `curve`.
    pub(super) fn from_coordinates(curve: &str, x: &[u8], y: &[u8]) -> Option<Self> {
        if x.len() != y.len() {
            return None;
        }
        let point: Vec<u8> = [&[4u8][..], x, y].concat();
        Self::new(curve, &point)
    }
}

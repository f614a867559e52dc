//! TLS on the host with rustls (the ring provider): client and server configurations,
//! the certificate check that reports Node's verification codes, and what a finished
//! handshake tells the guest. The guest only ever sees plaintext.

use std::io;
use std::sync::{Arc, Mutex, OnceLock};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, ring};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    AlertDescription, CertificateError, ClientConfig, CommonState, DigitallySignedStruct, Error, ProtocolVersion, RootCertStore,
    ServerConfig, SignatureScheme,
};
use tokio::net::TcpStream;
use tokio_rustls::{TlsAcceptor, TlsConnector, TlsStream};

use super::x509;
use crate::bindings::completions::Outcome;
use crate::bindings::net::{Response, TlsClientOptions, TlsError, TlsFacts, TlsServerOptions};
use crate::bindings::types::ErrorCode;
use crate::errno::error_code;
use crate::io::completions::Finished;

fn provider() -> Arc<CryptoProvider> {
    static PROVIDER: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    PROVIDER.get_or_init(|| Arc::new(ring::default_provider())).clone()
}

/// What a client trusts without a `ca` of its own: Mozilla's roots, built into the binary
/// so that it never depends on the host's certificate store, and the certificates of the
/// file `NODE_EXTRA_CA_CERTS` names in nodule's own environment, as node reads it (the
/// operator's setting, like NODE_OPTIONS: a program cannot set nodule's environment).
fn default_roots() -> Arc<RootCertStore> {
    static ROOTS: OnceLock<Arc<RootCertStore>> = OnceLock::new();
    ROOTS
        .get_or_init(|| {
            let mut roots = RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
            if let Some(path) = std::env::var_os("NODE_EXTRA_CA_CERTS").filter(|path| !path.is_empty()) {
                let extra = std::fs::read_to_string(&path)
                    .map_err(|error| error.to_string())
                    .and_then(|pem| certificates(&pem).map_err(|_| "no PEM certificate in it".to_owned()));
                match extra {
                    Ok(extra) => {
                        roots.add_parsable_certificates(extra);
                    }
                    Err(reason) => {
                        eprintln!("Warning: Ignoring extra certs from `{}`, load failed: {reason}", path.to_string_lossy());
                    }
                }
            }
            Arc::new(roots)
        })
        .clone()
}

fn certificates(pem: &str) -> Result<Vec<CertificateDer<'static>>, ErrorCode> {
    let certificates: Vec<_> = CertificateDer::pem_slice_iter(pem.as_bytes()).collect::<Result<_, _>>().map_err(|_| ErrorCode::Einval)?;
    if certificates.is_empty() { Err(ErrorCode::Einval) } else { Ok(certificates) }
}

fn roots(ca: Option<&str>) -> Result<Arc<RootCertStore>, ErrorCode> {
    let Some(pem) = ca else { return Ok(default_roots()) };
    let mut roots = RootCertStore::empty();
    for certificate in certificates(pem)? {
        roots.add(certificate).map_err(|_| ErrorCode::Einval)?;
    }
    Ok(Arc::new(roots))
}

fn tls_error(code: &str, message: &str) -> TlsError {
    TlsError { code: code.to_owned(), message: message.to_owned() }
}

/// OpenSSL's verification code and words for why webpki refused a chain.
fn verification_error(problem: &CertificateError, end_entity: &CertificateDer<'_>, intermediates: &[CertificateDer<'_>]) -> TlsError {
    match problem {
        CertificateError::UnknownIssuer => match intermediates.last() {
            None if x509::is_self_issued(end_entity) => tls_error("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"),
            None => tls_error("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"),
            Some(top) if x509::is_self_issued(top) => {
                tls_error("SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain")
            }
            Some(_) => tls_error("UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"),
        },
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => tls_error("CERT_HAS_EXPIRED", "certificate has expired"),
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            tls_error("CERT_NOT_YET_VALID", "certificate is not yet valid")
        }
        CertificateError::Revoked => tls_error("CERT_REVOKED", "certificate revoked"),
        CertificateError::BadSignature => tls_error("CERT_SIGNATURE_FAILURE", "certificate signature failure"),
        CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => {
            tls_error("INVALID_PURPOSE", "unsupported certificate purpose")
        }
        _ => tls_error("CERT_REJECTED", "certificate rejected"),
    }
}

/// Checks the server's chain with webpki and remembers why it was refused. The
/// certificate's names are left to the guest, which checks them as Node does (with
/// `checkServerIdentity`, after the handshake).
#[derive(Debug)]
struct Verifier {
    webpki: Arc<WebPkiServerVerifier>,
    /// Whether an untrusted chain fails the handshake (Node's `rejectUnauthorized`).
    reject: bool,
    untrusted: Mutex<Option<TlsError>>,
}

impl Verifier {
    fn untrusted(&self) -> Option<TlsError> {
        self.untrusted.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take()
    }
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        match self.webpki.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(Error::InvalidCertificate(CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. })) => {
                Ok(ServerCertVerified::assertion())
            }
            Err(Error::InvalidCertificate(problem)) => {
                let error = verification_error(&problem, end_entity, intermediates);
                *self.untrusted.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(error);
                if self.reject { Err(Error::InvalidCertificate(problem)) } else { Ok(ServerCertVerified::assertion()) }
            }
            verified => verified,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.webpki.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.webpki.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.webpki.supported_verify_schemes()
    }
}

fn alpn(protocols: &[String]) -> Vec<Vec<u8>> {
    protocols.iter().map(|protocol| protocol.as_bytes().to_vec()).collect()
}

/// A server configuration from PEM; `einval` when the certificate or key is unusable.
pub fn server_config(options: &TlsServerOptions) -> Result<Arc<ServerConfig>, ErrorCode> {
    let chain = certificates(&options.cert)?;
    let key = PrivateKeyDer::from_pem_slice(options.key.as_bytes()).map_err(|_| ErrorCode::Einval)?;
    let mut config = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|_| ErrorCode::Einval)?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|_| ErrorCode::Einval)?;
    config.alpn_protocols = alpn(&options.alpn_protocols);
    Ok(Arc::new(config))
}

/// An alert as OpenSSL names it: `ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE`, "sslv3 alert
/// handshake failure" (the alerts SSLv3 already had), `ERR_SSL_TLSV1_ALERT_UNKNOWN_CA`.
fn alert_error(alert: AlertDescription) -> TlsError {
    let version = if u8::from(alert) < 48 { "sslv3" } else { "tlsv1" };
    let mut words = String::new();
    let camel = format!("{alert:?}");
    let mut previous_lower = false;
    for c in camel.chars() {
        if c.is_ascii_uppercase() && previous_lower {
            words.push(' ');
        }
        previous_lower = c.is_ascii_lowercase();
        words.push(c.to_ascii_lowercase());
    }
    let code = format!("ERR_SSL_{version}_ALERT_{}", words.replace(' ', "_")).to_ascii_uppercase();
    TlsError { code, message: format!("{version} alert {words}") }
}

/// How a failed handshake completes: the certificate problem the verifier saw, the
/// alert or protocol error rustls reports, or the socket's own error.
fn handshake_failed(error: io::Error, untrusted: Option<TlsError>) -> Finished {
    let failure = untrusted.or_else(|| {
        let rustls_error = error.get_ref()?.downcast_ref::<Error>()?;
        Some(match rustls_error {
            Error::AlertReceived(alert) => alert_error(*alert),
            other => tls_error("EPROTO", &other.to_string()),
        })
    });
    match failure {
        Some(failure) => Outcome::Net(Response::TlsFailed(failure)).into(),
        // A peer that hangs up mid-handshake reset the connection, as Node reports it.
        None if error.kind() == io::ErrorKind::UnexpectedEof => Outcome::Failed(ErrorCode::Econnreset).into(),
        None => Outcome::Failed(error_code(&error)).into(),
    }
}

fn facts(state: &CommonState, authorization_error: Option<TlsError>) -> TlsFacts {
    let protocol = match state.protocol_version() {
        Some(ProtocolVersion::TLSv1_3) => "TLSv1.3",
        Some(ProtocolVersion::TLSv1_2) => "TLSv1.2",
        _ => "unknown",
    };
    // rustls spells TLS 1.3's suites `TLS13_…`; IANA and OpenSSL say `TLS_…`.
    let cipher = state
        .negotiated_cipher_suite()
        .and_then(|suite| suite.suite().as_str())
        .map(|name| name.replacen("TLS13_", "TLS_", 1))
        .unwrap_or_default();
    TlsFacts {
        alpn_protocol: state.alpn_protocol().map(|protocol| String::from_utf8_lossy(protocol).into_owned()),
        protocol: protocol.to_owned(),
        cipher,
        authorization_error,
        peer_certificate: state.peer_certificates().and_then(|chain| chain.first()).and_then(|leaf| x509::describe(leaf)),
    }
}

/// Runs a client handshake over `tcp`.
pub async fn connect(tcp: TcpStream, options: &TlsClientOptions) -> Result<(TlsStream<TcpStream>, TlsFacts), Finished> {
    let failed = |code: ErrorCode| -> Finished { Outcome::Failed(code).into() };
    let name = ServerName::try_from(options.servername.clone()).map_err(|_| failed(ErrorCode::Einval))?;
    let webpki = WebPkiServerVerifier::builder_with_provider(roots(options.ca.as_deref()).map_err(failed)?, provider())
        .build()
        .map_err(|_| failed(ErrorCode::Einval))?;
    let verifier = Arc::new(Verifier { webpki, reject: options.verify, untrusted: Mutex::new(None) });
    let mut config = ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|_| failed(ErrorCode::Einval))?
        .dangerous()
        .with_custom_certificate_verifier(verifier.clone())
        .with_no_client_auth();
    config.alpn_protocols = alpn(&options.alpn_protocols);
    match TlsConnector::from(Arc::new(config)).connect(name, tcp).await {
        Ok(stream) => {
            let facts = facts(stream.get_ref().1, verifier.untrusted());
            Ok((TlsStream::Client(stream), facts))
        }
        Err(error) => Err(handshake_failed(error, verifier.untrusted())),
    }
}

/// Runs a server handshake over `tcp`.
pub async fn accept(tcp: TcpStream, config: Arc<ServerConfig>) -> Result<(TlsStream<TcpStream>, TlsFacts), Finished> {
    match TlsAcceptor::from(config).accept(tcp).await {
        Ok(stream) => {
            let facts = facts(stream.get_ref().1, None);
            Ok((TlsStream::Server(stream), facts))
        }
        Err(error) => Err(handshake_failed(error, None)),
    }
}

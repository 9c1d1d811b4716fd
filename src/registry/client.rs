//! One registry, one repository: the HTTP side of the OCI distribution API. HTTPS by default
//! (system CAs plus the `--cert-dir`/certs.d CAs); plain HTTP only for an insecure registry,
//! found by trying HTTPS first as podman does. Authentication follows the registry's
//! `WWW-Authenticate` challenge: Basic with the user's credentials, or Bearer with a token
//! fetched from the challenge's realm for this repository's scope. Transient failures (a
//! dropped connection, 5xx, 429) are retried with backoff.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use base64::Engine;
use ureq::http::Response;
use ureq::tls::{Certificate, PemItem, RootCerts, TlsConfig};
use ureq::{Agent, Body};

use crate::error::hinted;
use crate::registry::auth::{Challenge, Credentials};

/// Largest manifest den accepts (the limit containers/image uses).
pub const MAX_MANIFEST: u64 = 4 << 20;
/// Largest image config den accepts.
pub const MAX_CONFIG: u64 = 64 << 20;
/// How often a request that failed for a transient reason is tried.
const ATTEMPTS: u32 = 4;
/// A transfer that sends or receives nothing for this long has stalled: config.toml's
/// `[registry] stall_timeout`, set once at start-up (60 s when not set).
static STALL: std::sync::OnceLock<Duration> = std::sync::OnceLock::new();

/// Sets the stall limit of every registry transfer of this process (the first call wins).
pub fn set_stall_timeout(limit: Duration) {
    let _ = STALL.set(limit);
}

/// The stall limit in force.
pub fn stall() -> Duration {
    *STALL.get_or_init(|| Duration::from_secs(60))
}

/// How to reach a registry.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `Some(false)`: accept any certificate and allow plain HTTP; `None`: what
    /// registries.conf says (verify unless the registry is marked insecure).
    pub tls_verify: Option<bool>,
    /// Extra CA certificates (`*.crt`), as podman's `--cert-dir`.
    pub cert_dir: Option<PathBuf>,
    /// `--creds USER[:PASSWORD]`.
    pub creds: Option<Credentials>,
    /// `--authfile`: the only credentials file read.
    pub authfile: Option<PathBuf>,
}

/// A registry session for one repository.
pub struct Client {
    agent: Agent,
    /// `https://host[:port]` or `http://...`.
    base: String,
    /// `host[:port]` as in image names.
    pub host: String,
    /// The repository path (`library/busybox`).
    pub repo: String,
    /// `pull` or `pull,push`.
    actions: &'static str,
    creds: Option<Credentials>,
    /// The `Authorization` header to send, once the challenge is answered.
    authorization: Mutex<Option<String>>,
}

/// What went wrong with a request, for the caller's message.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("the registry answered {status} {reason}{detail}")]
    Status {
        status: u16,
        reason: String,
        detail: String,
    },
    #[error("{0}")]
    Transport(String),
}

impl Client {
    /// Connects to `host` for `repo`: builds the TLS setup, finds the scheme (HTTPS, or HTTP
    /// for an insecure registry that does not speak TLS) and answers the auth challenge.
    pub fn connect(
        host: &str,
        repo: &str,
        insecure: bool,
        opts: &Options,
        creds: Option<Credentials>,
        push: bool,
    ) -> Result<Client> {
        let verify = opts.tls_verify.unwrap_or(!insecure);
        let roots = root_certs(host, opts.cert_dir.as_deref())?;
        let tls = TlsConfig::builder()
            .root_certs(roots)
            .disable_verification(!verify)
            .build();
        let agent: Agent = Agent::config_builder()
            .http_status_as_error(false)
            .tls_config(tls)
            .timeout_connect(Some(Duration::from_secs(30)))
            .timeout_recv_response(Some(stall()))
            .timeout_per_read(Some(stall()))
            .timeout_per_write(Some(stall()))
            .user_agent(concat!("den/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let mut client = Client {
            agent,
            base: format!("https://{host}"),
            host: host.to_string(),
            repo: repo.to_string(),
            actions: if push { "pull,push" } else { "pull" },
            creds,
            authorization: Mutex::new(None),
        };
        // One try over HTTPS first: an insecure registry that speaks plain HTTP fails at once.
        let first = if verify {
            client.send(|a| a.get(&format!("{}/v2/", client.base)).call())
        } else {
            client
                .agent
                .get(&format!("{}/v2/", client.base))
                .call()
                .map_err(|e| anyhow!(HttpError::Transport(describe(&e))))
        };
        let ping = match first {
            Ok(r) => r,
            Err(e) if !verify && matches!(e.downcast_ref(), Some(HttpError::Transport(_))) => {
                // An insecure registry may not speak TLS at all.
                client.base = format!("http://{host}");
                client.send(|a| a.get(&format!("{}/v2/", client.base)).call())?
            }
            Err(e) if verify && is_tls_error(&e) => {
                return Err(e).context(format!("connecting to {host}")).map_err(|e| {
                    hinted(
                        format!("{e:#}"),
                        "if the registry uses a private CA, give it with --cert-dir DIR (a directory of *.crt files); if it speaks plain HTTP, use --tls-verify=false or mark it insecure in registries.conf",
                    )
                });
            }
            Err(e) => return Err(e).context(format!("connecting to {host}")),
        };
        if ping.status() == 401 {
            client.answer_challenge(&ping)?;
        }
        Ok(client)
    }

    /// `https://host/v2/<repo>/<what>`.
    fn url(&self, what: &str) -> String {
        format!("{}/v2/{}/{what}", self.base, self.repo)
    }

    /// Answers a 401's `WWW-Authenticate`: Basic sends the credentials, Bearer fetches a token.
    fn answer_challenge(&self, resp: &Response<Body>) -> Result<()> {
        let header = resp
            .headers()
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let challenge = Challenge::parse(header).with_context(|| {
            format!(
                "{} asks for a login den does not know: \"{header}\"",
                self.host
            )
        })?;
        let value = match challenge {
            Challenge::Basic => {
                let Some(c) = &self.creds else {
                    return Err(self.unauthorized(None));
                };
                format!("Basic {}", c.basic())
            }
            Challenge::Bearer { realm, service } => {
                format!("Bearer {}", self.fetch_token(&realm, service.as_deref())?)
            }
        };
        *self
            .authorization
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(value);
        Ok(())
    }

    /// Gets a bearer token for this repository from the token server `realm`.
    fn fetch_token(&self, realm: &str, service: Option<&str>) -> Result<String> {
        let scope = format!("repository:{}:{}", self.repo, self.actions);
        // A login asks for a token without a scope: it only proves the credentials.
        let mut query = Vec::new();
        if !self.repo.is_empty() {
            query.push(("scope", scope.as_str()));
        }
        if let Some(s) = service {
            query.push(("service", s));
        }
        let creds = self.creds.clone();
        let resp = self
            .send_raw(|a| {
                let mut req = a.get(realm).query_pairs(query.iter().copied());
                if let Some(c) = &creds {
                    req = req.header("Authorization", &format!("Basic {}", c.basic()));
                }
                req.call()
            })
            .with_context(|| format!("getting a token from \"{realm}\""))?;
        let status = resp.status().as_u16();
        if status == 401 || status == 403 {
            return Err(self.unauthorized(Some(realm)));
        }
        if status != 200 {
            return Err(status_error(resp))
                .with_context(|| format!("getting a token from \"{realm}\""));
        }
        let body = resp
            .into_body()
            .with_config()
            .limit(1 << 20)
            .read_to_vec()
            .with_context(|| format!("reading the answer of \"{realm}\""))?;
        let value: serde_json::Value = serde_json::from_slice(&body)
            .with_context(|| format!("the answer of token server \"{realm}\" does not parse"))?;
        value
            .get("token")
            .or_else(|| value.get("access_token"))
            .and_then(|t| t.as_str())
            .map(str::to_string)
            .with_context(|| format!("token server \"{realm}\" sent no token"))
    }

    fn unauthorized(&self, realm: Option<&str>) -> anyhow::Error {
        let what = realm.map_or_else(String::new, |r| format!(" (token server \"{r}\")"));
        if self.creds.is_some() {
            hinted(
                format!(
                    "{} refused the credentials{what}: 401 unauthorized",
                    self.host
                ),
                format!(
                    "check the user name and password, then: den login {}",
                    self.host
                ),
            )
        } else {
            hinted(
                format!("{} requires a login{what}: 401 unauthorized", self.host),
                format!(
                    "log in with: den login {} (or pass --creds USER:PASSWORD)",
                    self.host
                ),
            )
        }
    }

    /// Sends a request with the session's authorization, answering a new challenge once (a
    /// token can expire mid-pull) and retrying transient failures.
    pub fn request(
        &self,
        make: impl Fn(&Agent, Option<&str>) -> Result<Response<Body>, ureq::Error>,
    ) -> Result<Response<Body>> {
        let auth = || {
            self.authorization
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .clone()
        };
        let resp = self.send(|a| make(a, auth().as_deref()))?;
        if resp.status() != 401 {
            return Ok(resp);
        }
        self.answer_challenge(&resp)?;
        let resp = self.send(|a| make(a, auth().as_deref()))?;
        if resp.status() == 401 {
            return Err(self.unauthorized(None));
        }
        Ok(resp)
    }

    /// `send_raw` that treats 429 and 5xx as transient too.
    fn send(
        &self,
        make: impl Fn(&Agent) -> Result<Response<Body>, ureq::Error>,
    ) -> Result<Response<Body>> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let resp = self.send_raw(&make)?;
            let status = resp.status().as_u16();
            if attempt < ATTEMPTS && (status == 429 || (500..600).contains(&status)) {
                let wait = retry_after(&resp).unwrap_or_else(|| backoff(attempt));
                tracing::info!("{} answered {status}: retrying in {wait:?}", self.host);
                std::thread::sleep(wait);
                continue;
            }
            return Ok(resp);
        }
    }

    /// Sends a request, retrying connection failures and timeouts.
    fn send_raw(
        &self,
        make: impl Fn(&Agent) -> Result<Response<Body>, ureq::Error>,
    ) -> Result<Response<Body>> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            match make(&self.agent) {
                Ok(r) => return Ok(r),
                Err(e) if attempt < ATTEMPTS && is_transient(&e) => {
                    tracing::info!("{}: {e}: retrying", self.host);
                    std::thread::sleep(backoff(attempt));
                }
                Err(e) => return Err(anyhow!(HttpError::Transport(describe(&e)))),
            }
        }
    }

    /// Checks the credentials: `/v2/` must answer with them.
    pub fn verify_login(&self) -> Result<()> {
        let url = format!("{}/v2/", self.base);
        let resp = self.request(|a, auth| {
            let mut req = a.get(&url);
            if let Some(v) = auth {
                req = req.header("Authorization", v);
            }
            req.call()
        })?;
        check_status(resp).map(drop)
    }

    /// GETs a manifest by tag or digest, accepting `accept` media types; reads at most
    /// `MAX_MANIFEST` bytes. Returns the bytes and the Content-Type.
    pub fn get_manifest(&self, reference: &str, accept: &str) -> Result<(Vec<u8>, String)> {
        let url = self.url(&format!("manifests/{reference}"));
        let resp = self.request(|a, auth| {
            let mut req = a.get(&url).header("Accept", accept);
            if let Some(v) = auth {
                req = req.header("Authorization", v);
            }
            req.call()
        })?;
        let resp = check_status(resp)?;
        if resp
            .body()
            .content_length()
            .is_some_and(|n| n > MAX_MANIFEST)
        {
            bail!("the manifest is larger than {} MiB", MAX_MANIFEST >> 20);
        }
        let content_type = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let bytes = read_limited(resp.into_body(), MAX_MANIFEST, "the manifest")?;
        Ok((bytes, content_type))
    }

    /// Starts the download of a blob; the caller reads (and verifies) the body.
    pub fn get_blob(&self, digest: &str) -> Result<Box<dyn Read + Send>> {
        let url = self.url(&format!("blobs/{digest}"));
        let resp = self.request(|a, auth| {
            let mut req = a.get(&url);
            if let Some(v) = auth {
                req = req.header("Authorization", v);
            }
            req.call()
        })?;
        let resp = check_status(resp)?;
        Ok(Box::new(resp.into_body().into_reader()))
    }

    /// Whether the registry has a blob of this repository.
    pub fn has_blob(&self, digest: &str) -> Result<bool> {
        let url = self.url(&format!("blobs/{digest}"));
        let resp = self.request(|a, auth| {
            let mut req = a.head(&url);
            if let Some(v) = auth {
                req = req.header("Authorization", v);
            }
            req.call()
        })?;
        match resp.status().as_u16() {
            200 => Ok(true),
            404 => Ok(false),
            _ => Err(status_error(resp)),
        }
    }

    /// Uploads a blob: POST for an upload session, then one PUT of the whole body.
    pub fn put_blob(&self, digest: &str, path: &Path) -> Result<()> {
        let start = self.url("blobs/uploads/");
        let resp = self.request(|a, auth| {
            let mut req = a.post(&start).header("Content-Length", "0");
            if let Some(v) = auth {
                req = req.header("Authorization", v);
            }
            req.send_empty()
        })?;
        let resp = check_status(resp)?;
        let location = resp
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .context("the registry started an upload without a Location")?;
        let location = if location.starts_with('/') {
            format!("{}{location}", self.base)
        } else {
            location.to_string()
        };
        let sep = if location.contains('?') { '&' } else { '?' };
        let url = format!("{location}{sep}digest={digest}");
        let size = fs::metadata(path)
            .with_context(|| format!("reading \"{}\"", path.display()))?
            .len();
        let resp = self.request(|a, auth| {
            let file = fs::File::open(path)?;
            let mut req = a
                .put(&url)
                .header("Content-Type", "application/octet-stream")
                .header("Content-Length", &size.to_string());
            if let Some(v) = auth {
                req = req.header("Authorization", v);
            }
            req.send(&file)
        })?;
        check_status(resp).map(drop)
    }

    /// PUTs a manifest under a tag or digest.
    pub fn put_manifest(&self, reference: &str, media_type: &str, bytes: &[u8]) -> Result<()> {
        let url = self.url(&format!("manifests/{reference}"));
        let resp = self.request(|a, auth| {
            let mut req = a.put(&url).header("Content-Type", media_type);
            if let Some(v) = auth {
                req = req.header("Authorization", v);
            }
            req.send(bytes)
        })?;
        check_status(resp).map(drop)
    }
}

/// The roots TLS trusts: the system's CA bundle, plus `*.crt` of `cert_dir`, or, without
/// one, of podman's per-registry directories (`/etc/containers/certs.d/HOST`,
/// `~/.config/containers/certs.d/HOST`, `/etc/docker/certs.d/HOST`).
fn root_certs(host: &str, cert_dir: Option<&Path>) -> Result<RootCerts> {
    let mut certs = Vec::new();
    for bundle in [
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt",
    ] {
        if let Ok(pem) = fs::read(bundle) {
            add_pem(&mut certs, &pem);
            break;
        }
    }
    let dirs: Vec<PathBuf> = if let Some(d) = cert_dir {
        if !d.is_dir() {
            bail!("--cert-dir \"{}\" is not a directory", d.display());
        }
        vec![d.to_path_buf()]
    } else {
        let mut v = vec![PathBuf::from("/etc/containers/certs.d").join(host)];
        if let Some(home) = std::env::var_os("HOME") {
            v.push(
                Path::new(&home)
                    .join(".config/containers/certs.d")
                    .join(host),
            );
        }
        v.push(PathBuf::from("/etc/docker/certs.d").join(host));
        v
    };
    for dir in dirs {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "crt") {
                let pem =
                    fs::read(&path).with_context(|| format!("reading \"{}\"", path.display()))?;
                let before = certs.len();
                add_pem(&mut certs, &pem);
                if certs.len() == before {
                    bail!("\"{}\" holds no PEM certificate", path.display());
                }
            }
        }
    }
    if certs.is_empty() {
        return Ok(RootCerts::WebPki);
    }
    Ok(RootCerts::new_with_certs(&certs))
}

fn add_pem(certs: &mut Vec<Certificate<'static>>, pem: &[u8]) {
    for item in ureq::tls::parse_pem(pem).flatten() {
        if let PemItem::Certificate(c) = item {
            certs.push(c);
        }
    }
}

/// Reads a body, refusing more than `limit` bytes.
pub fn read_limited(body: Body, limit: u64, what: &str) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    body.into_reader()
        .take(limit + 1)
        .read_to_end(&mut buf)
        .with_context(|| format!("reading {what}"))?;
    if buf.len() as u64 > limit {
        bail!("{what} is larger than {} MiB", limit >> 20);
    }
    Ok(buf)
}

/// Passes 2xx through; anything else becomes an error naming the status and the
/// registry's own error message.
pub fn check_status(resp: Response<Body>) -> Result<Response<Body>> {
    if resp.status().is_success() {
        Ok(resp)
    } else {
        Err(status_error(resp))
    }
}

fn status_error(resp: Response<Body>) -> anyhow::Error {
    let status = resp.status();
    let body = read_limited(resp.into_body(), 64 << 10, "the error").unwrap_or_default();
    // The distribution spec's {"errors":[{"code","message"}]}.
    let detail = serde_json::from_slice::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| {
            let e = v.get("errors")?.get(0)?;
            let code = e.get("code").and_then(|c| c.as_str()).unwrap_or_default();
            let msg = e
                .get("message")
                .and_then(|c| c.as_str())
                .unwrap_or_default();
            Some(format!(": {} ({code})", msg.to_lowercase()))
        })
        .unwrap_or_default();
    anyhow!(HttpError::Status {
        status: status.as_u16(),
        reason: status.canonical_reason().unwrap_or("error").to_lowercase(),
        detail,
    })
}

/// The status of an HTTP error in `e`'s chain.
pub fn http_status(e: &anyhow::Error) -> Option<u16> {
    e.chain().find_map(|c| match c.downcast_ref::<HttpError>() {
        Some(HttpError::Status { status, .. }) => Some(*status),
        _ => None,
    })
}

/// A dropped connection or a timeout; not a TLS failure or a name that does not resolve,
/// which would fail again.
fn is_transient(e: &ureq::Error) -> bool {
    use std::io::ErrorKind;
    match e {
        ureq::Error::Io(io) => matches!(
            io.kind(),
            ErrorKind::ConnectionReset
                | ErrorKind::ConnectionAborted
                | ErrorKind::ConnectionRefused
                | ErrorKind::BrokenPipe
                | ErrorKind::UnexpectedEof
                | ErrorKind::TimedOut
                | ErrorKind::Interrupted
        ),
        ureq::Error::Timeout(_) | ureq::Error::ConnectionFailed | ureq::Error::Protocol(_) => true,
        _ => false,
    }
}

fn is_tls_error(e: &anyhow::Error) -> bool {
    let text = format!("{e:#}").to_lowercase();
    ["certificate", "tls", "handshake", "corrupt message"]
        .iter()
        .any(|w| text.contains(w))
}

fn describe(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Timeout(t) => {
            format!(
                "the registry stalled: no answer within {} s ({t})",
                stall().as_secs()
            )
        }
        ureq::Error::HostNotFound => "the registry's host name does not resolve".to_string(),
        ureq::Error::ConnectionFailed => "the connection to the registry failed".to_string(),
        ureq::Error::Io(io) => io.to_string().to_lowercase(),
        other => other.to_string().to_lowercase(),
    }
}

fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(250 << attempt.min(6))
}

fn retry_after(resp: &Response<Body>) -> Option<Duration> {
    let secs: u64 = resp
        .headers()
        .get("retry-after")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(secs.min(30)))
}

/// `user:password` in base64, for a Basic header or an auth.json entry.
pub fn basic_token(user: &str, password: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
}

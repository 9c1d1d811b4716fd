//! Registry credentials: the `WWW-Authenticate` challenge, and the auth.json files podman and
//! docker keep (`{"auths": {"host[/path]": {"auth": base64("user:password")}}}`), read in
//! podman's order and written where `podman login` writes.

use std::fs;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use base64::Engine;

use crate::registry::client::basic_token;

/// A user name and password (or token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

impl Credentials {
    /// Parses `--creds USER:PASSWORD`.
    pub fn parse(s: &str) -> Result<Credentials> {
        match s.split_once(':') {
            Some((user, password)) if !user.is_empty() => Ok(Credentials {
                user: user.to_string(),
                password: password.to_string(),
            }),
            _ => bail!("--creds must be USER:PASSWORD"),
        }
    }

    /// The value of a Basic `Authorization` header.
    pub fn basic(&self) -> String {
        basic_token(&self.user, &self.password)
    }
}

/// What a registry's 401 asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Challenge {
    Basic,
    Bearer {
        realm: String,
        service: Option<String>,
    },
}

impl Challenge {
    /// Parses `Bearer realm="...",service="...",scope="..."` or `Basic realm="..."`.
    pub fn parse(header: &str) -> Option<Challenge> {
        let (scheme, rest) = header.trim().split_once(' ').unwrap_or((header.trim(), ""));
        let params = parse_params(rest);
        let get = |k: &str| {
            params
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(k))
                .map(|(_, v)| v.clone())
        };
        if scheme.eq_ignore_ascii_case("basic") {
            Some(Challenge::Basic)
        } else if scheme.eq_ignore_ascii_case("bearer") {
            Some(Challenge::Bearer {
                realm: get("realm")?,
                service: get("service"),
            })
        } else {
            None
        }
    }
}

/// `k="v", k2=v2` (commas may appear inside quotes).
fn parse_params(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| *c == ',' || c.is_whitespace()) {
            chars.next();
        }
        let key: String = chars.by_ref().take_while(|c| *c != '=').collect();
        if key.is_empty() {
            return out;
        }
        let mut value = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => value.extend(chars.next()),
                    '"' => break,
                    c => value.push(c),
                }
            }
        } else {
            value = chars.by_ref().take_while(|c| *c != ',').collect();
        }
        out.push((key.trim().to_string(), value.trim().to_string()));
    }
}

/// The credential files read, in order: `--authfile` alone when given; else
/// `$REGISTRY_AUTH_FILE`, `$XDG_RUNTIME_DIR/containers/auth.json`,
/// `~/.config/containers/auth.json`, `~/.docker/config.json`.
pub fn auth_files(authfile: Option<&Path>) -> Vec<PathBuf> {
    if let Some(f) = authfile {
        return vec![f.to_path_buf()];
    }
    let mut files = Vec::new();
    if let Some(f) = std::env::var_os("REGISTRY_AUTH_FILE").filter(|f| !f.is_empty()) {
        files.push(PathBuf::from(f));
    }
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        files.push(Path::new(&d).join("containers/auth.json"));
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        let home = PathBuf::from(home);
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .unwrap_or_else(|| home.join(".config"));
        files.push(config.join("containers/auth.json"));
        files.push(home.join(".docker/config.json"));
    }
    files
}

/// The file `den login` writes: `--authfile`, `$REGISTRY_AUTH_FILE`,
/// `$XDG_RUNTIME_DIR/containers/auth.json`, else `~/.config/containers/auth.json`.
pub fn login_file(authfile: Option<&Path>) -> Result<PathBuf> {
    auth_files(authfile)
        .into_iter()
        .find(|p| !p.ends_with(".docker/config.json"))
        .context("cannot tell where to keep credentials: set $HOME or use --authfile FILE")
}

/// The keys an entry for `host/repo` may be under, most specific first (podman allows
/// `host/namespace` keys); docker's config names Docker Hub by its old URL.
fn lookup_keys(host: &str, repo: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut path = format!("{host}/{repo}");
    loop {
        keys.push(path.clone());
        match path.rfind('/') {
            Some(i) => path.truncate(i),
            None => break,
        }
    }
    if host == "docker.io" {
        keys.push("https://index.docker.io/v1/".to_string());
        keys.push("index.docker.io".to_string());
    }
    keys
}

/// Finds credentials for `host/repo` in the credential files.
pub fn find_credentials(
    host: &str,
    repo: &str,
    authfile: Option<&Path>,
) -> Result<Option<Credentials>> {
    for file in auth_files(authfile) {
        let Some(auths) = read_auths(&file)? else {
            continue;
        };
        for key in lookup_keys(host, repo) {
            let entry = auths.get(&key).or_else(|| {
                auths
                    .iter()
                    .find(|(k, _)| normalize_key(k) == key)
                    .map(|(_, v)| v)
            });
            if let Some(auth) = entry.and_then(|e| e.get("auth")).and_then(|a| a.as_str()) {
                return decode_auth(auth)
                    .with_context(|| format!("the entry for \"{key}\" in \"{}\"", file.display()))
                    .map(Some);
            }
        }
    }
    Ok(None)
}

/// `https://host/v1/` -> `host`, as docker writes keys.
fn normalize_key(key: &str) -> &str {
    let key = key
        .strip_prefix("https://")
        .or_else(|| key.strip_prefix("http://"))
        .unwrap_or(key);
    key.split('/').next().unwrap_or(key)
}

fn decode_auth(auth: &str) -> Result<Credentials> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(auth.trim())
        .context("\"auth\" is not base64")?;
    let text = String::from_utf8(bytes).context("\"auth\" is not text")?;
    let (user, password) = text
        .split_once(':')
        .context("\"auth\" is not user:password")?;
    Ok(Credentials {
        user: user.to_string(),
        password: password.to_string(),
    })
}

/// The `auths` object of a credential file; `None` when the file does not exist.
fn read_auths(file: &Path) -> Result<Option<serde_json::Map<String, serde_json::Value>>> {
    let bytes = match fs::read(file) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("reading \"{}\"", file.display())),
    };
    let value: serde_json::Value = serde_json::from_slice(&bytes)
        .with_context(|| format!("credential file \"{}\" does not parse", file.display()))?;
    Ok(Some(
        value
            .get("auths")
            .and_then(|a| a.as_object())
            .cloned()
            .unwrap_or_default(),
    ))
}

/// Reads the whole file as an object (keeping keys den does not know), or an empty one.
fn read_document(file: &Path) -> Result<serde_json::Map<String, serde_json::Value>> {
    match fs::read(file) {
        Ok(b) => serde_json::from_slice::<serde_json::Value>(&b)
            .ok()
            .and_then(|v| v.as_object().cloned())
            .with_context(|| format!("credential file \"{}\" does not parse", file.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(serde_json::Map::new()),
        Err(e) => Err(e).with_context(|| format!("reading \"{}\"", file.display())),
    }
}

/// Writes the file atomically, mode 0600 (its directory 0700 when den creates it).
fn write_document(file: &Path, doc: &serde_json::Map<String, serde_json::Value>) -> Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    if !dir.exists() {
        fs::create_dir_all(dir).with_context(|| format!("creating \"{}\"", dir.display()))?;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).ok();
    }
    let mut bytes = serde_json::to_vec_pretty(doc).context("encoding credentials")?;
    bytes.push(b'\n');
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        file.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)?;
        std::io::Write::write_all(&mut f, &bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, file)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.with_context(|| format!("writing \"{}\"", file.display()))
}

/// Records credentials for `key` (a registry, or registry/namespace) in `file`.
pub fn store_credentials(file: &Path, key: &str, creds: &Credentials) -> Result<()> {
    let mut doc = read_document(file)?;
    let auths = doc
        .entry("auths")
        .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
    if !auths.is_object() {
        *auths = serde_json::Value::Object(serde_json::Map::new());
    }
    if let Some(map) = auths.as_object_mut() {
        map.insert(
            key.to_string(),
            serde_json::json!({ "auth": creds.basic() }),
        );
    }
    write_document(file, &doc)
}

/// Removes the entry for `key` (or every entry) from `file`. Returns how many went.
pub fn remove_credentials(file: &Path, key: Option<&str>) -> Result<usize> {
    let mut doc = read_document(file)?;
    let Some(auths) = doc.get_mut("auths").and_then(|a| a.as_object_mut()) else {
        return Ok(0);
    };
    let removed = if let Some(k) = key {
        usize::from(auths.remove(k).is_some())
    } else {
        let n = auths.len();
        auths.clear();
        n
    };
    if removed > 0 {
        write_document(file, &doc)?;
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_parse_with_quoted_commas() {
        let c = Challenge::parse(
            r#"Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull,push""#,
        );
        assert_eq!(
            c,
            Some(Challenge::Bearer {
                realm: "https://auth.docker.io/token".into(),
                service: Some("registry.docker.io".into())
            })
        );
        assert_eq!(
            Challenge::parse(r#"Basic realm="x""#),
            Some(Challenge::Basic)
        );
        assert_eq!(Challenge::parse("Bearer service=x"), None);
        assert_eq!(Challenge::parse("Negotiate"), None);
    }

    #[test]
    fn credentials_round_trip_through_a_file_and_match_namespaces() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("sub/auth.json");
        let c = Credentials::parse("me:p:w").unwrap();
        assert_eq!(c.password, "p:w");
        store_credentials(&file, "reg.example:5000", &c).unwrap();
        let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let found = find_credentials("reg.example:5000", "a/b", Some(&file)).unwrap();
        assert_eq!(found, Some(c.clone()));
        assert_eq!(find_credentials("other", "a", Some(&file)).unwrap(), None);
        assert_eq!(
            remove_credentials(&file, Some("reg.example:5000")).unwrap(),
            1
        );
        assert_eq!(
            find_credentials("reg.example:5000", "a/b", Some(&file)).unwrap(),
            None
        );
        assert!(Credentials::parse("nocolon").is_err());
    }

    #[test]
    fn docker_hub_keys_in_docker_config_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.json");
        fs::write(
            &file,
            format!(
                r#"{{"auths":{{"https://index.docker.io/v1/":{{"auth":"{}"}}}}}}"#,
                basic_token("u", "p")
            ),
        )
        .unwrap();
        let found = find_credentials("docker.io", "library/busybox", Some(&file)).unwrap();
        assert_eq!(found.unwrap().user, "u");
    }
}

//! Image references in the docker grammar (`[domain/]path[:tag][@sha256:digest]`), their
//! normalization (`busybox` -> `docker.io/library/busybox:latest`, as docker and podman do),
//! the names of images made here (`local_name`: `localhost/busybox:latest`, as podman) and
//! podman's order of local lookup (`lookup_rank`). Pure: no I/O, unit-tested below.

use std::fmt;

/// The registry assumed for names without a domain.
pub const DEFAULT_DOMAIN: &str = "docker.io";
/// The namespace of docker's official images (`busybox` is `docker.io/library/busybox`).
pub const OFFICIAL_NAMESPACE: &str = "library";
/// The tag assumed when a reference has neither tag nor digest.
pub const DEFAULT_TAG: &str = "latest";

const MAX_NAME_LEN: usize = 255;
const MAX_TAG_LEN: usize = 128;

/// Why a reference does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    #[error("invalid image reference \"{0}\": it is empty")]
    Empty(String),
    #[error("invalid image reference \"{0}\": repository names must be lowercase")]
    Uppercase(String),
    #[error("invalid image reference \"{0}\": bad tag \"{1}\"")]
    Tag(String, String),
    #[error("invalid image reference \"{0}\": bad digest \"{1}\" (den knows sha256:<64 hex> only)")]
    Digest(String, String),
    #[error("invalid image reference \"{0}\": bad registry \"{1}\"")]
    Domain(String, String),
    #[error("invalid image reference \"{0}\": bad path component \"{1}\"")]
    Component(String, String),
    #[error("invalid image reference \"{0}\": the name is longer than {MAX_NAME_LEN} characters")]
    TooLong(String),
    #[error(
        "invalid image reference \"{0}\": a 64-character hexadecimal string is an image id, not a name"
    )]
    LooksLikeId(String),
}

/// A parsed and normalized image reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference {
    /// Registry host (and port): `docker.io`, `localhost`, `host:5000`.
    pub domain: String,
    /// Repository path below the domain: `library/busybox`, `foo/bar`.
    pub path: String,
    /// The tag; `latest` when neither tag nor digest was given.
    pub tag: Option<String>,
    /// `sha256:<hex>` when given.
    pub digest: Option<String>,
    /// Whether the user wrote the domain (lookup of short names depends on it).
    pub domain_given: bool,
    /// The path as written, before `library/` was added (`busybox` for `busybox`).
    pub short_path: String,
}

impl Reference {
    /// Parses and normalizes `input`.
    pub fn parse(input: &str) -> Result<Reference, ReferenceError> {
        let err_input = || input.to_string();
        if input.is_empty() {
            return Err(ReferenceError::Empty(err_input()));
        }
        let (rest, digest) = match input.split_once('@') {
            Some((rest, digest)) => {
                if !is_sha256_digest(digest) {
                    return Err(ReferenceError::Digest(err_input(), digest.to_string()));
                }
                (rest, Some(digest.to_string()))
            }
            None => (input, None),
        };
        // A tag follows the last ':' that comes after the last '/' (a ':' before it is a port).
        let last_slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match rest[last_slash..].rfind(':') {
            Some(i) => {
                let tag = &rest[last_slash + i + 1..];
                if !is_valid_tag(tag) {
                    return Err(ReferenceError::Tag(err_input(), tag.to_string()));
                }
                (&rest[..last_slash + i], Some(tag.to_string()))
            }
            None => (rest, None),
        };
        if name.is_empty() {
            return Err(ReferenceError::Empty(err_input()));
        }
        if name.len() > MAX_NAME_LEN {
            return Err(ReferenceError::TooLong(err_input()));
        }
        // docker's rule: the first component is a domain when it has a '.' or a ':', is
        // `localhost`, or has uppercase letters (which a path component cannot have).
        let (domain, path, domain_given) = match name.split_once('/') {
            Some((first, rest))
                if first.contains(['.', ':'])
                    || first == "localhost"
                    || first.chars().any(|c| c.is_ascii_uppercase()) =>
            {
                (first.to_string(), rest.to_string(), true)
            }
            _ => (DEFAULT_DOMAIN.to_string(), name.to_string(), false),
        };
        if domain_given && !is_valid_domain(&domain) {
            return Err(ReferenceError::Domain(err_input(), domain));
        }
        for component in path.split('/') {
            if component.chars().any(|c| c.is_ascii_uppercase()) {
                return Err(ReferenceError::Uppercase(err_input()));
            }
            if !is_valid_path_component(component) {
                return Err(ReferenceError::Component(
                    err_input(),
                    component.to_string(),
                ));
            }
        }
        if !domain_given && tag.is_none() && digest.is_none() && is_full_id(&path) {
            return Err(ReferenceError::LooksLikeId(err_input()));
        }
        let domain = if domain == "index.docker.io" {
            DEFAULT_DOMAIN.to_string()
        } else {
            domain
        };
        let short_path = path.clone();
        let path = if domain == DEFAULT_DOMAIN && !path.contains('/') {
            format!("{OFFICIAL_NAMESPACE}/{path}")
        } else {
            path
        };
        let tag = match (tag, &digest) {
            (None, None) => Some(DEFAULT_TAG.to_string()),
            (tag, _) => tag,
        };
        Ok(Reference {
            domain,
            path,
            tag,
            digest,
            domain_given,
            short_path,
        })
    }

    /// The name for an image made on this machine (import, commit, tag), as podman: a name
    /// written without a domain goes under `localhost/`.
    #[must_use]
    pub fn local(&self) -> Reference {
        if self.domain_given {
            return self.clone();
        }
        Reference {
            domain: "localhost".to_string(),
            path: self.short_path.clone(),
            domain_given: true,
            ..self.clone()
        }
    }

    /// `domain/path`, the repository.
    pub fn repository(&self) -> String {
        format!("{}/{}", self.domain, self.path)
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.domain, self.path)?;
        if let Some(tag) = &self.tag {
            write!(f, ":{tag}")?;
        }
        if let Some(digest) = &self.digest {
            write!(f, "@{digest}")?;
        }
        Ok(())
    }
}

/// Splits a stored, normalized name into repository, tag and digest.
pub fn split_name(name: &str) -> (&str, Option<&str>, Option<&str>) {
    let (rest, digest) = match name.split_once('@') {
        Some((rest, digest)) => (rest, Some(digest)),
        None => (name, None),
    };
    let last_slash = rest.rfind('/').map_or(0, |i| i + 1);
    match rest[last_slash..].rfind(':') {
        Some(i) => (
            &rest[..last_slash + i],
            Some(&rest[last_slash + i + 1..]),
            digest,
        ),
        None => (rest, None, digest),
    }
}

/// The name den stores for an image named on this machine (load, import, tag, commit, build):
/// podman's rule, `busybox` -> `localhost/busybox:latest`; a name with a registry part stays.
pub fn local_name(input: &str) -> Result<String, ReferenceError> {
    Ok(Reference::parse(input)?.local().to_string())
}

/// How well stored name `name` answers `reference`, in podman's lookup order; lower is
/// better, `None` is no match.
///
/// A reference with a registry matches its normalized name only (rank 0). One without (a
/// short name) tries, in order: `localhost/NAME` (0), `docker.io/NAME` with `library/` for
/// one-component names (1, the default search registry; also what older den stored), then any
/// name whose repository ends in `/NAME` (2). The tag must be equal; a reference with a digest
/// matches a name with that digest or an image whose manifest digest it is.
pub fn lookup_rank(reference: &Reference, name: &str, manifest_digest: Option<&str>) -> Option<u8> {
    let (repo, tag, digest) = split_name(name);
    let versions_match = match (&reference.digest, &reference.tag) {
        (Some(want), _) => digest == Some(want) || manifest_digest == Some(want.as_str()),
        (None, want) => tag == want.as_deref() && digest.is_none(),
    };
    if !versions_match {
        return None;
    }
    if !reference.domain_given {
        if repo == format!("localhost/{}", reference.short_path) {
            return Some(0);
        }
        if repo == reference.repository() {
            return Some(1);
        }
        return repo
            .strip_suffix(reference.short_path.as_str())
            .is_some_and(|head| head.ends_with('/'))
            .then_some(2);
    }
    (repo == reference.repository()).then_some(0)
}

/// Whether `s` is `sha256:` followed by 64 lowercase hex digits.
pub fn is_sha256_digest(s: &str) -> bool {
    s.strip_prefix("sha256:").is_some_and(is_full_id)
}

/// Whether `s` is 64 lowercase hex digits (an image id, or the hex of a digest).
pub fn is_full_id(s: &str) -> bool {
    s.len() == 64 && is_lower_hex(s)
}

/// Whether `s` is non-empty lowercase hex.
pub fn is_lower_hex(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn is_valid_tag(tag: &str) -> bool {
    let mut bytes = tag.bytes();
    let Some(first) = bytes.next() else {
        return false;
    };
    tag.len() <= MAX_TAG_LEN
        && (first.is_ascii_alphanumeric() || first == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// `alpha-numeric (separator alpha-numeric)*` with separators `.`, `_`, `__`, `-+`.
fn is_valid_path_component(c: &str) -> bool {
    let b = c.as_bytes();
    let alnum = |x: u8| x.is_ascii_lowercase() || x.is_ascii_digit();
    if b.is_empty() || !alnum(b[0]) || !alnum(b[b.len() - 1]) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if alnum(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !alnum(b[i]) {
            i += 1;
        }
        let sep = &c[start..i];
        let ok = matches!(sep, "." | "_" | "__") || sep.bytes().all(|x| x == b'-');
        if !ok {
            return false;
        }
    }
    true
}

/// `host[:port]`, host being dot-separated labels or a bracketed IPv6 address.
fn is_valid_domain(domain: &str) -> bool {
    let (host, port) = if let Some(rest) = domain.strip_prefix('[') {
        let Some((v6, after)) = rest.split_once(']') else {
            return false;
        };
        if v6.is_empty() || !v6.bytes().all(|b| b.is_ascii_hexdigit() || b == b':') {
            return false;
        }
        match after {
            "" => return true,
            p => match p.strip_prefix(':') {
                Some(port) => ("", Some(port)),
                None => return false,
            },
        }
    } else {
        match domain.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (domain, None),
        }
    };
    if let Some(port) = port
        && (port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) || port.len() > 5)
    {
        return false;
    }
    if domain.starts_with('[') {
        return true;
    }
    !host.is_empty()
        && host.split('.').all(|label| {
            let b = label.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|x| x.is_ascii_alphanumeric() || *x == b'-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_matches(r: &Reference, name: &str, manifest: Option<&str>) -> bool {
        lookup_rank(r, name, manifest).is_some()
    }

    fn norm(s: &str) -> String {
        Reference::parse(s).unwrap().to_string()
    }

    #[test]
    fn short_names_normalize_like_docker() {
        assert_eq!(norm("busybox"), "docker.io/library/busybox:latest");
        assert_eq!(norm("busybox:1.36"), "docker.io/library/busybox:1.36");
        assert_eq!(norm("foo/bar"), "docker.io/foo/bar:latest");
        assert_eq!(
            norm("docker.io/busybox"),
            "docker.io/library/busybox:latest"
        );
        assert_eq!(
            norm("index.docker.io/busybox"),
            "docker.io/library/busybox:latest"
        );
        assert_eq!(norm("localhost/x"), "localhost/x:latest");
        assert_eq!(norm("host:5000/x"), "host:5000/x:latest");
        assert_eq!(norm("host:5000/x:v1"), "host:5000/x:v1");
        assert_eq!(norm("quay.io/a/b/c:t"), "quay.io/a/b/c:t");
        assert_eq!(norm("[::1]:5000/x"), "[::1]:5000/x:latest");
        assert_eq!(norm("Registry/x"), "Registry/x:latest");
        assert_eq!(
            norm("a_b.c__d-e---f"),
            "docker.io/library/a_b.c__d-e---f:latest"
        );
    }

    #[test]
    fn local_names_go_under_localhost() {
        let local = |s: &str| Reference::parse(s).unwrap().local().to_string();
        assert_eq!(local("mytools:1.0"), "localhost/mytools:1.0");
        assert_eq!(local("foo/bar"), "localhost/foo/bar:latest");
        assert_eq!(local("quay.io/x/y:1"), "quay.io/x/y:1");
        assert_eq!(
            local("docker.io/busybox"),
            "docker.io/library/busybox:latest"
        );
    }

    #[test]
    fn digests_keep_no_default_tag() {
        let d = format!("sha256:{}", "a".repeat(64));
        assert_eq!(
            norm(&format!("busybox@{d}")),
            format!("docker.io/library/busybox@{d}")
        );
        assert_eq!(
            norm(&format!("busybox:1@{d}")),
            format!("docker.io/library/busybox:1@{d}")
        );
    }

    #[test]
    fn invalid_references_are_rejected_naming_the_input() {
        for bad in [
            "",
            "Busybox",
            "foo/Bar",
            "busybox:",
            "busybox:-x",
            "busybox@sha256:abc",
            "busybox@md5:aaaa",
            "-foo",
            "foo-",
            "foo//bar",
            "foo/.bar",
            "foo..bar",
            "host:port/x",
            "bad_host.com/x",
            ":tag",
            "a b",
            &"a".repeat(300),
            &"ab".repeat(32),
        ] {
            let err = Reference::parse(bad).expect_err(bad);
            assert!(err.to_string().contains(&format!("\"{bad}\"")), "{err}");
        }
    }

    #[test]
    fn split_name_separates_port_from_tag() {
        assert_eq!(split_name("host:5000/x"), ("host:5000/x", None, None));
        assert_eq!(
            split_name("host:5000/x:v1"),
            ("host:5000/x", Some("v1"), None)
        );
        assert_eq!(
            split_name("docker.io/library/a:1@sha256:ff"),
            ("docker.io/library/a", Some("1"), Some("sha256:ff"))
        );
    }

    #[test]
    fn short_name_lookup_order_is_podmans() {
        let r = Reference::parse("busybox").unwrap();
        let rank = |n: &str| lookup_rank(&r, n, None);
        assert_eq!(rank("localhost/busybox:latest"), Some(0));
        assert_eq!(rank("docker.io/library/busybox:latest"), Some(1));
        assert_eq!(rank("quay.io/library/busybox:latest"), Some(2));
        assert_eq!(rank("localhost/foo/busybox:latest"), Some(2));
        assert_eq!(rank("quay.io/busybox:latest"), Some(2));
        assert_eq!(rank("localhost/busybox:1"), None);
        assert_eq!(rank("localhost/busyboxx:latest"), None);
        assert_eq!(rank("localhost/xbusybox:latest"), None);
        let r = Reference::parse("foo/bar:2").unwrap();
        assert_eq!(lookup_rank(&r, "localhost/foo/bar:2", None), Some(0));
        assert_eq!(lookup_rank(&r, "docker.io/foo/bar:2", None), Some(1));
        assert_eq!(lookup_rank(&r, "quay.io/x/foo/bar:2", None), Some(2));
        assert_eq!(lookup_rank(&r, "quay.io/xfoo/bar:2", None), None);
        let r = Reference::parse("library/zed").unwrap();
        assert_eq!(
            lookup_rank(&r, "docker.io/library/zed:latest", None),
            Some(1)
        );
    }

    #[test]
    fn local_name_is_podmans() {
        assert_eq!(local_name("busybox").unwrap(), "localhost/busybox:latest");
        assert_eq!(local_name("a/b:1").unwrap(), "localhost/a/b:1");
        assert_eq!(
            local_name("localhost/den-debian:latest").unwrap(),
            "localhost/den-debian:latest"
        );
        assert_eq!(local_name("quay.io/x:2").unwrap(), "quay.io/x:2");
        assert!(local_name("Bad").is_err());
    }

    #[test]
    fn qualified_name_matches_exactly() {
        let r = Reference::parse("localhost/busybox").unwrap();
        assert!(name_matches(&r, "localhost/busybox:latest", None));
        assert!(!name_matches(&r, "docker.io/library/busybox:latest", None));
        let r = Reference::parse("docker.io/library/busybox").unwrap();
        assert!(!name_matches(&r, "localhost/busybox:latest", None));
    }

    #[test]
    fn digest_reference_matches_manifest_digest() {
        let d = format!("sha256:{}", "b".repeat(64));
        let r = Reference::parse(&format!("busybox@{d}")).unwrap();
        assert!(name_matches(
            &r,
            "docker.io/library/busybox:latest",
            Some(&d)
        ));
        assert!(!name_matches(&r, "docker.io/library/busybox:latest", None));
        assert!(name_matches(&r, &format!("localhost/busybox@{d}"), None));
    }
}

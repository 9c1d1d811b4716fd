//! Where names point, as podman reads it: registries.conf (v2 TOML:
//! `unqualified-search-registries`, `[[registry]]` with prefix, location, insecure, blocked and
//! mirrors, `[aliases]`, drop-ins in registries.conf.d), and whether policy.json lets an image
//! in. Pure resolution is unit-tested below; files are read once per command.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::error::hinted;
use crate::image::reference::{DEFAULT_DOMAIN, Reference};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ConfFile {
    #[serde(rename = "unqualified-search-registries")]
    unqualified: Option<Vec<String>>,
    registry: Vec<RegistryEntry>,
    aliases: BTreeMap<String, String>,
}

/// One `[[registry]]` table.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RegistryEntry {
    pub prefix: Option<String>,
    pub location: Option<String>,
    pub insecure: bool,
    pub blocked: bool,
    pub mirror: Vec<Mirror>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Mirror {
    pub location: String,
    pub insecure: bool,
}

/// The merged configuration.
#[derive(Debug, Clone, Default)]
pub struct Registries {
    pub search: Vec<String>,
    pub registries: Vec<RegistryEntry>,
    /// Short name -> (full name, file it came from).
    pub aliases: BTreeMap<String, (String, PathBuf)>,
}

/// Where to fetch one reference from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// `host[:port]` of the API (`registry-1.docker.io` for docker.io).
    pub host: String,
    /// The registry as credentials name it (`docker.io`).
    pub auth_host: String,
    pub repo: String,
    pub insecure: bool,
}

/// A name to try, with how it came about (for the "Resolved" line).
#[derive(Debug, Clone)]
pub struct Candidate {
    pub reference: Reference,
    pub note: Option<String>,
}

fn config_home() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".config")))
}

impl Registries {
    /// Reads `$CONTAINERS_REGISTRIES_CONF` alone when set; else
    /// `~/.config/containers/registries.conf` if it exists (it replaces the system file, as
    /// in podman), else `/etc/containers/registries.conf`; then the `.conf` drop-ins of
    /// `/etc/containers/registries.conf.d` and `~/.config/containers/registries.conf.d`.
    pub fn load() -> Result<Registries> {
        let mut files = Vec::new();
        if let Some(f) = std::env::var_os("CONTAINERS_REGISTRIES_CONF").filter(|f| !f.is_empty()) {
            files.push(PathBuf::from(f));
        } else {
            let user = config_home().map(|c| c.join("containers"));
            let user_file = user.as_ref().map(|u| u.join("registries.conf"));
            match user_file.filter(|f| f.exists()) {
                Some(f) => files.push(f),
                None => files.push(PathBuf::from("/etc/containers/registries.conf")),
            }
            let mut dirs = vec![PathBuf::from("/etc/containers/registries.conf.d")];
            dirs.extend(user.map(|u| u.join("registries.conf.d")));
            for dir in dirs {
                let Ok(entries) = fs::read_dir(&dir) else {
                    continue;
                };
                let mut dropins: Vec<PathBuf> = entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "conf"))
                    .collect();
                dropins.sort();
                files.extend(dropins);
            }
        }
        let mut out = Registries::default();
        for file in files {
            let text = match fs::read_to_string(&file) {
                Ok(t) => t,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e).with_context(|| format!("reading \"{}\"", file.display())),
            };
            out.merge(&text, &file)?;
        }
        Ok(out)
    }

    /// Merges one file: a later search list replaces an earlier one, registries with the
    /// same prefix and aliases with the same name are replaced.
    pub fn merge(&mut self, text: &str, file: &Path) -> Result<()> {
        let conf: ConfFile = toml::from_str(text)
            .with_context(|| format!("parsing registries configuration \"{}\"", file.display()))?;
        if let Some(search) = conf.unqualified {
            self.search = search;
        }
        for entry in conf.registry {
            let key = entry.prefix.clone().or_else(|| entry.location.clone());
            if key.is_none() {
                bail!(
                    "\"{}\": a [[registry]] needs a prefix or a location",
                    file.display()
                );
            }
            self.registries
                .retain(|r| r.prefix.clone().or_else(|| r.location.clone()) != key);
            self.registries.push(entry);
        }
        for (short, full) in conf.aliases {
            self.aliases.insert(short, (full, file.to_path_buf()));
        }
        Ok(())
    }

    /// The names to try for what the user typed: the name itself when it has a registry;
    /// else its alias; else one per unqualified-search registry; else docker.io.
    pub fn candidates(&self, input: &str) -> Result<Vec<Candidate>> {
        let reference = Reference::parse(input)?;
        if reference.domain_given {
            return Ok(vec![Candidate {
                reference,
                note: None,
            }]);
        }
        let suffix = match (&reference.digest, &reference.tag) {
            (Some(d), _) => format!("@{d}"),
            (None, Some(t)) => format!(":{t}"),
            (None, None) => String::new(),
        };
        let short = &reference.short_path;
        let alias = self
            .aliases
            .get(short.as_str())
            .or_else(|| self.aliases.get(&format!("{DEFAULT_DOMAIN}/{short}")));
        if let Some((full, file)) = alias {
            let resolved = Reference::parse(&format!("{full}{suffix}"))
                .with_context(|| format!("alias \"{short}\" in \"{}\"", file.display()))?;
            return Ok(vec![Candidate {
                note: Some(format!(
                    "Resolved \"{short}\" as an alias ({})",
                    file.display()
                )),
                reference: resolved,
            }]);
        }
        if self.search.is_empty() {
            return Ok(vec![Candidate {
                reference,
                note: None,
            }]);
        }
        self.search
            .iter()
            .map(|reg| {
                Ok(Candidate {
                    reference: Reference::parse(&format!("{reg}/{short}{suffix}"))
                        .with_context(|| format!("unqualified-search registry \"{reg}\""))?,
                    note: None,
                })
            })
            .collect()
    }

    /// The `[[registry]]` entry for a repository: the longest matching prefix.
    fn entry_for(&self, repository: &str) -> Option<&RegistryEntry> {
        let domain = repository.split('/').next().unwrap_or_default();
        self.registries
            .iter()
            .filter_map(|r| {
                let prefix = r.prefix.as_deref().or(r.location.as_deref())?;
                let matches = if let Some(suffix) = prefix.strip_prefix("*.") {
                    domain.ends_with(&format!(".{suffix}"))
                } else {
                    repository == prefix
                        || repository
                            .strip_prefix(prefix)
                            .is_some_and(|rest| rest.starts_with('/'))
                };
                matches.then_some((prefix.len(), r))
            })
            .max_by_key(|(len, _)| *len)
            .map(|(_, r)| r)
    }

    /// Where to fetch `reference` from, mirrors first; refuses a blocked registry.
    pub fn endpoints(&self, reference: &Reference) -> Result<Vec<Endpoint>> {
        let repository = reference.repository();
        let Some(entry) = self.entry_for(&repository) else {
            return Ok(vec![endpoint(&repository, false)]);
        };
        if entry.blocked {
            return Err(hinted(
                format!(
                    "registry \"{}\" is blocked in registries.conf",
                    reference.domain
                ),
                "remove `blocked = true` from its [[registry]] entry to use it",
            ));
        }
        let prefix = entry.prefix.as_deref().or(entry.location.as_deref());
        let rewrite = |location: &str| -> String {
            match prefix {
                Some(p) if !p.starts_with("*.") => {
                    format!("{location}{}", &repository[p.len()..])
                }
                _ => repository.clone(),
            }
        };
        let mut out: Vec<Endpoint> = entry
            .mirror
            .iter()
            .map(|m| endpoint(&rewrite(&m.location), m.insecure))
            .collect();
        let location = entry.location.as_deref().unwrap_or(&repository);
        out.push(endpoint(&rewrite(location), entry.insecure));
        // Credentials of the primary are kept under the name the user wrote.
        if let Some(last) = out.last_mut() {
            last.auth_host.clone_from(&reference.domain);
        }
        Ok(out)
    }
}

fn endpoint(repository: &str, insecure: bool) -> Endpoint {
    let (host, repo) = repository.split_once('/').unwrap_or((repository, ""));
    let api = if host == DEFAULT_DOMAIN {
        "registry-1.docker.io"
    } else {
        host
    };
    Endpoint {
        host: api.to_string(),
        auth_host: host.to_string(),
        repo: repo.to_string(),
        insecure,
    }
}

/// What policy.json says about an image: accept, or refuse with the reason.
pub fn check_policy(reference: &Reference) -> Result<()> {
    let file = config_home()
        .map(|c| c.join("containers/policy.json"))
        .filter(|f| f.exists())
        .unwrap_or_else(|| PathBuf::from("/etc/containers/policy.json"));
    let text = match fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("reading \"{}\"", file.display())),
    };
    let policy: serde_json::Value = serde_json::from_str(&text)
        .with_context(|| format!("policy file \"{}\" does not parse", file.display()))?;
    evaluate_policy(&policy, reference).map_err(|why| {
        hinted(
            format!("{why} for \"{reference}\" (policy \"{}\")", file.display()),
            "den cannot verify signatures; change the policy for this registry to \
             insecureAcceptAnything to pull it unverified",
        )
    })
}

/// Finds the most specific scope of the docker transport (`host/repo:tag`, `host/repo`,
/// its namespaces, `host`, `*.domain`), else `default`, and checks every requirement.
pub fn evaluate_policy(policy: &serde_json::Value, reference: &Reference) -> Result<(), String> {
    let scopes = policy
        .get("transports")
        .and_then(|t| t.get("docker"))
        .and_then(|d| d.as_object());
    let mut candidates = vec![reference.to_string()];
    let mut repo = reference.repository();
    loop {
        candidates.push(repo.clone());
        match repo.rfind('/') {
            Some(i) => repo.truncate(i),
            None => break,
        }
    }
    let labels: Vec<&str> = reference.domain.split('.').collect();
    for i in 1..labels.len() {
        candidates.push(format!("*.{}", labels[i..].join(".")));
    }
    let requirements = scopes
        .and_then(|s| candidates.iter().find_map(|c| s.get(c)))
        .or_else(|| policy.get("default"))
        .and_then(|r| r.as_array())
        .ok_or_else(|| "the policy has no default requirement".to_string())?;
    if requirements.is_empty() {
        return Err("the policy's requirement list is empty (it accepts nothing)".to_string());
    }
    for req in requirements {
        match req.get("type").and_then(|t| t.as_str()) {
            Some("insecureAcceptAnything") => {}
            Some("reject") => return Err("the policy rejects images".to_string()),
            Some(other) => {
                return Err(format!(
                    "the policy requires signatures (\"{other}\"), which den cannot check,"
                ));
            }
            None => return Err("a policy requirement has no type".to_string()),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conf(text: &str) -> Registries {
        let mut r = Registries::default();
        r.merge(text, Path::new("/x.conf")).unwrap();
        r
    }

    #[test]
    fn short_names_go_through_aliases_then_search_registries() {
        let r = conf(
            "unqualified-search-registries = [\"quay.io\", \"docker.io\"]\n[aliases]\n\"fed\" = \"registry.fedoraproject.org/fedora\"\n",
        );
        let c = r.candidates("fed:39").unwrap();
        assert_eq!(
            c[0].reference.to_string(),
            "registry.fedoraproject.org/fedora:39"
        );
        assert!(c[0].note.as_deref().unwrap().contains("alias"));
        let c = r.candidates("busybox").unwrap();
        let names: Vec<String> = c.iter().map(|c| c.reference.to_string()).collect();
        assert_eq!(
            names,
            ["quay.io/busybox:latest", "docker.io/library/busybox:latest"]
        );
        let c = r.candidates("ghcr.io/a/b").unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(
            Registries::default().candidates("busybox").unwrap()[0]
                .reference
                .to_string(),
            "docker.io/library/busybox:latest"
        );
    }

    #[test]
    fn registry_entries_rewrite_block_and_mirror() {
        let r = conf(
            r#"
[[registry]]
prefix = "example.com/foo"
location = "internal:5000/bar"
insecure = true
[[registry.mirror]]
location = "mirror.local/m"
[[registry]]
location = "bad.io"
blocked = true
"#,
        );
        let e = r
            .endpoints(&Reference::parse("example.com/foo/app:1").unwrap())
            .unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(
            (e[0].host.as_str(), e[0].repo.as_str()),
            ("mirror.local", "m/app")
        );
        assert_eq!(
            (e[1].host.as_str(), e[1].repo.as_str()),
            ("internal:5000", "bar/app")
        );
        assert!(e[1].insecure && !e[0].insecure);
        assert!(r.endpoints(&Reference::parse("bad.io/x").unwrap()).is_err());
        let d = r.endpoints(&Reference::parse("busybox").unwrap()).unwrap();
        assert_eq!(d[0].host, "registry-1.docker.io");
        assert_eq!(d[0].auth_host, "docker.io");
        assert_eq!(d[0].repo, "library/busybox");
    }

    #[test]
    fn policy_picks_the_most_specific_scope() {
        let p: serde_json::Value = serde_json::from_str(
            r#"{"default":[{"type":"insecureAcceptAnything"}],
                "transports":{"docker":{
                   "evil.io":[{"type":"reject"}],
                   "signed.io/app":[{"type":"signedBy","keyType":"GPGKeys","keyPath":"/k"}],
                   "signed.io/app/free":[{"type":"insecureAcceptAnything"}]}}}"#,
        )
        .unwrap();
        let r = |s: &str| Reference::parse(s).unwrap();
        assert!(evaluate_policy(&p, &r("docker.io/library/busybox")).is_ok());
        assert!(
            evaluate_policy(&p, &r("evil.io/x"))
                .unwrap_err()
                .contains("rejects")
        );
        assert!(
            evaluate_policy(&p, &r("signed.io/app/x"))
                .unwrap_err()
                .contains("signatures")
        );
        assert!(evaluate_policy(&p, &r("signed.io/app/free")).is_ok());
        let reject: serde_json::Value =
            serde_json::from_str(r#"{"default":[{"type":"reject"}]}"#).unwrap();
        assert!(evaluate_policy(&reject, &r("a.io/b")).is_err());
    }
}

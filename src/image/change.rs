//! The config of an image made by `den import`: Dockerfile-style `--change` instructions
//! (CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, VOLUME) applied to an empty config, as
//! `docker import --change` does. Pure; unit-tested below.

use std::collections::BTreeMap;

use anyhow::{Result, bail};
use serde_json::{Map, Value, json};

/// The execution settings `--change` may set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImageSettings {
    pub cmd: Option<Vec<String>>,
    pub entrypoint: Option<Vec<String>>,
    pub env: Vec<String>,
    pub working_dir: Option<String>,
    pub user: Option<String>,
    pub labels: BTreeMap<String, String>,
    /// `VOLUME`: container paths that get an anonymous volume in each container.
    pub volumes: Vec<String>,
}

impl ImageSettings {
    /// Applies one instruction, e.g. `CMD ["sh"]` or `ENV A=1 B="two words"`.
    pub fn apply(&mut self, instruction: &str) -> Result<()> {
        let trimmed = instruction.trim();
        let (keyword, rest) = trimmed
            .split_once(char::is_whitespace)
            .map_or((trimmed, ""), |(k, r)| (k, r.trim()));
        let bad = |why: &str| anyhow::anyhow!("invalid --change \"{instruction}\": {why}");
        match keyword.to_ascii_uppercase().as_str() {
            "CMD" => self.cmd = Some(command_form(rest)),
            "ENTRYPOINT" => self.entrypoint = Some(command_form(rest)),
            "WORKDIR" => {
                if rest.is_empty() {
                    return Err(bad("WORKDIR needs a directory"));
                }
                self.working_dir = Some(rest.to_string());
            }
            "USER" => {
                if rest.is_empty() {
                    return Err(bad("USER needs a user"));
                }
                self.user = Some(rest.to_string());
            }
            "ENV" => {
                for (k, v) in key_values(rest, true).map_err(|e| bad(&e))? {
                    self.env.retain(|e| e.split('=').next() != Some(k.as_str()));
                    self.env.push(format!("{k}={v}"));
                }
            }
            "LABEL" => {
                for (k, v) in key_values(rest, false).map_err(|e| bad(&e))? {
                    self.labels.insert(k, v);
                }
            }
            "VOLUME" => {
                let paths = if rest.starts_with('[') {
                    serde_json::from_str::<Vec<String>>(rest)
                        .map_err(|_| bad("VOLUME takes a JSON array of strings or paths"))?
                } else {
                    words(rest).map_err(|e| bad(&e))?
                };
                if paths.is_empty() || paths.iter().any(|p| !p.starts_with('/')) {
                    return Err(bad("VOLUME needs absolute paths"));
                }
                for p in paths {
                    if !self.volumes.contains(&p) {
                        self.volumes.push(p);
                    }
                }
            }
            "" => return Err(bad("it is empty")),
            other => bail!(
                "unsupported --change instruction \"{other}\" in \"{instruction}\" (den supports CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, VOLUME)"
            ),
        }
        Ok(())
    }

    /// The `config` object of an OCI image config.
    pub fn to_config_json(&self) -> Value {
        let mut c = Map::new();
        if let Some(user) = &self.user {
            c.insert("User".into(), json!(user));
        }
        if !self.env.is_empty() {
            c.insert("Env".into(), json!(self.env));
        }
        if let Some(ep) = &self.entrypoint {
            c.insert("Entrypoint".into(), json!(ep));
        }
        if let Some(cmd) = &self.cmd {
            c.insert("Cmd".into(), json!(cmd));
        }
        if let Some(wd) = &self.working_dir {
            c.insert("WorkingDir".into(), json!(wd));
        }
        if !self.labels.is_empty() {
            c.insert("Labels".into(), json!(self.labels));
        }
        if !self.volumes.is_empty() {
            let map: Map<String, Value> = self
                .volumes
                .iter()
                .map(|v| (v.clone(), json!({})))
                .collect();
            c.insert("Volumes".into(), Value::Object(map));
        }
        Value::Object(c)
    }
}

/// Exec form (a JSON array of strings) or shell form (`/bin/sh -c TEXT`), as Dockerfiles.
fn command_form(text: &str) -> Vec<String> {
    if text.starts_with('[')
        && let Ok(v) = serde_json::from_str::<Vec<String>>(text)
    {
        return v;
    }
    vec!["/bin/sh".into(), "-c".into(), text.to_string()]
}

/// Splits `text` into words, honouring double and single quotes and backslash escapes.
fn words(text: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = text.chars();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, c) if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (Some(q), c) if c == q => quote = None,
            (Some('\''), c) => cur.push(c),
            (_, '\\') => {
                in_word = true;
                match chars.next() {
                    Some(n) => cur.push(n),
                    None => return Err("trailing backslash".into()),
                }
            }
            (_, c) => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if quote.is_some() {
        return Err("unterminated quote".into());
    }
    if in_word {
        out.push(cur);
    }
    Ok(out)
}

/// `K=V K2="v 2"`, or for ENV also the legacy `K value with spaces`.
fn key_values(text: &str, legacy_allowed: bool) -> Result<Vec<(String, String)>, String> {
    let first = text.split_whitespace().next().unwrap_or("");
    if first.is_empty() {
        return Err("needs KEY=VALUE".into());
    }
    if !first.contains('=') {
        if !legacy_allowed {
            return Err(format!("\"{first}\" is not KEY=VALUE"));
        }
        let value = text[first.len()..].trim();
        return Ok(vec![(first.to_string(), words(value)?.join(" "))]);
    }
    words(text)?
        .into_iter()
        .map(|w| match w.split_once('=') {
            Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
            _ => Err(format!("\"{w}\" is not KEY=VALUE")),
        })
        .collect()
}

/// The OCI config of an imported root filesystem with one layer.
pub fn import_config(
    settings: &ImageSettings,
    diff_id: &str,
    created: &str,
    message: Option<&str>,
) -> Value {
    let mut history = Map::new();
    history.insert("created".into(), json!(created));
    history.insert("created_by".into(), json!("den import"));
    if let Some(m) = message {
        history.insert("comment".into(), json!(m));
    }
    json!({
        "created": created,
        "architecture": crate::image::archive::host_architecture(),
        "os": "linux",
        "config": settings.to_config_json(),
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [Value::Object(history)],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(changes: &[&str]) -> ImageSettings {
        let mut s = ImageSettings::default();
        for c in changes {
            s.apply(c).unwrap();
        }
        s
    }

    #[test]
    fn volumes_take_json_or_words() {
        let s = apply(&[r#"VOLUME ["/data"]"#, "VOLUME /cache /data"]);
        assert_eq!(s.volumes, ["/data", "/cache"]);
        assert_eq!(
            s.to_config_json()["Volumes"],
            json!({"/data": {}, "/cache": {}})
        );
        let mut s = ImageSettings::default();
        assert!(s.apply("VOLUME relative").is_err());
        assert!(s.apply("VOLUME").is_err());
    }

    #[test]
    fn cmd_and_entrypoint_take_json_or_shell_form() {
        let s = apply(&[r#"CMD ["sh", "-c", "echo hi"]"#, "ENTRYPOINT /bin/app --x"]);
        assert_eq!(s.cmd.unwrap(), ["sh", "-c", "echo hi"]);
        assert_eq!(s.entrypoint.unwrap(), ["/bin/sh", "-c", "/bin/app --x"]);
        let s = apply(&["cmd [not json"]);
        assert_eq!(s.cmd.unwrap(), ["/bin/sh", "-c", "[not json"]);
    }

    #[test]
    fn env_label_workdir_user() {
        let s = apply(&[
            r#"ENV A=1 B="two words""#,
            "ENV C legacy value",
            "ENV A=3",
            "LABEL org.x=y 'k 2'=v",
            "WORKDIR /src",
            "USER 1000:1000",
        ]);
        assert_eq!(s.env, ["B=two words", "C=legacy value", "A=3"]);
        assert_eq!(s.labels.get("org.x").unwrap(), "y");
        assert_eq!(s.labels.get("k 2").unwrap(), "v");
        assert_eq!(s.working_dir.as_deref(), Some("/src"));
        assert_eq!(s.user.as_deref(), Some("1000:1000"));
        let c = s.to_config_json();
        assert_eq!(c["WorkingDir"], "/src");
    }

    #[test]
    fn bad_changes_name_the_instruction() {
        let mut s = ImageSettings::default();
        for bad in ["EXPOSE 80", "ENV", "LABEL novalue", "WORKDIR", "ENV A=\"x"] {
            let err = s.apply(bad).unwrap_err().to_string();
            assert!(err.contains(bad), "{err}");
        }
    }

    #[test]
    fn import_config_parses_as_oci() {
        let s = apply(&["CMD [\"sh\"]"]);
        let v = import_config(
            &s,
            &format!("sha256:{}", "a".repeat(64)),
            "2025-01-01T00:00:00Z",
            Some("m"),
        );
        let c: oci_spec::image::ImageConfiguration = serde_json::from_value(v).unwrap();
        assert_eq!(c.rootfs().diff_ids().len(), 1);
        let h = &c.history().as_ref().unwrap()[0];
        assert_eq!(h.created_by().as_deref(), Some("den import"));
        assert_eq!(h.comment().as_deref(), Some("m"));
        assert_eq!(
            c.config().as_ref().unwrap().cmd().as_ref().unwrap(),
            &vec!["sh".to_string()]
        );
    }
}

//! What the metadata instructions do to an image config's `config` object (Env, WorkingDir,
//! User, Cmd, Entrypoint, Labels, ExposedPorts, Volumes, StopSignal, Healthcheck, OnBuild).
//! Pure; unit-tested below.

use serde_json::{Map, Value, json};

use crate::image::containerfile::ops::{Command, Op};

/// The `config` object of an image config (an empty one when it has none).
pub fn config_object(image_config: &Value) -> Value {
    match image_config.get("config") {
        Some(c) if c.is_object() => c.clone(),
        _ => json!({}),
    }
}

/// The config's environment, `KEY=VALUE` strings.
pub fn env(config: &Value) -> Vec<String> {
    config
        .get("Env")
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .unwrap_or_default()
}

/// The value of `name` in the config's environment.
pub fn env_value(config: &Value, name: &str) -> Option<String> {
    env(config).into_iter().find_map(|e| {
        let (k, v) = e.split_once('=')?;
        (k == name).then(|| v.to_string())
    })
}

fn obj(config: &mut Value) -> &mut Map<String, Value> {
    if !config.is_object() {
        *config = json!({});
    }
    config.as_object_mut().expect("an object")
}

/// Sets `name=value` in the environment (replacing an earlier value in place).
pub fn set_env(config: &mut Value, name: &str, value: &str) {
    let mut list = env(config);
    let entry = format!("{name}={value}");
    match list
        .iter_mut()
        .find(|e| e.split_once('=').map_or(e.as_str(), |(k, _)| k) == name)
    {
        Some(e) => *e = entry,
        None => list.push(entry),
    }
    obj(config).insert("Env".into(), json!(list));
}

/// Removes `name` from the environment (`--unsetenv`).
pub fn unset_env(config: &mut Value, name: &str) {
    let mut list = env(config);
    list.retain(|e| e.split_once('=').map_or(e.as_str(), |(k, _)| k) != name);
    obj(config).insert("Env".into(), json!(list));
}

/// Sets a label.
pub fn set_label(config: &mut Value, key: &str, value: &str) {
    let labels = obj(config).entry("Labels").or_insert_with(|| json!({}));
    if !labels.is_object() {
        *labels = json!({});
    }
    labels
        .as_object_mut()
        .expect("an object")
        .insert(key.into(), json!(value));
}

/// The working directory `dir` names after `current` (relative ones join it), cleaned.
pub fn join_workdir(current: Option<&str>, dir: &str) -> String {
    let base = if dir.starts_with('/') {
        String::new()
    } else {
        current.unwrap_or("/").to_string()
    };
    let mut parts: Vec<&str> = Vec::new();
    for p in base.split('/').chain(dir.split('/')) {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

fn set_map_keys(config: &mut Value, field: &str, keys: &[String]) {
    let m = obj(config).entry(field).or_insert_with(|| json!({}));
    if !m.is_object() {
        *m = json!({});
    }
    let m = m.as_object_mut().expect("an object");
    for k in keys {
        m.insert(k.clone(), json!({}));
    }
}

/// Applies a metadata instruction; `shell` is the stage's SHELL (for CMD and ENTRYPOINT in
/// shell form); `cmd_set_here`: whether a CMD came earlier in this stage (ENTRYPOINT clears an
/// inherited CMD, as Docker). Returns false for instructions that are not metadata.
pub fn apply(config: &mut Value, op: &Op, shell: &[String], cmd_set_here: bool) -> bool {
    match op {
        Op::Env(pairs) => {
            for (k, v) in pairs {
                set_env(config, k, v);
            }
        }
        Op::Label(pairs) => {
            for (k, v) in pairs {
                set_label(config, k, v);
            }
        }
        Op::Workdir(dir) => {
            let current = config
                .get("WorkingDir")
                .and_then(Value::as_str)
                .map(str::to_string);
            let wd = join_workdir(current.as_deref(), dir);
            obj(config).insert("WorkingDir".into(), json!(wd));
        }
        Op::User(u) => {
            obj(config).insert("User".into(), json!(u));
        }
        Op::Cmd(c) => {
            obj(config).insert("Cmd".into(), json!(c.argv(shell)));
        }
        Op::Entrypoint(c) => {
            let argv = match c {
                Command::Shell(s) if s.trim().is_empty() => Vec::new(),
                c => c.argv(shell),
            };
            let o = obj(config);
            o.insert("Entrypoint".into(), json!(argv));
            if !cmd_set_here {
                o.remove("Cmd");
            }
        }
        Op::Expose(ports) => set_map_keys(config, "ExposedPorts", ports),
        Op::Volume(v) => set_map_keys(config, "Volumes", v),
        Op::StopSignal(s) => {
            obj(config).insert("StopSignal".into(), json!(s));
        }
        Op::Healthcheck(h) => {
            let mut m = Map::new();
            m.insert("Test".into(), json!(h.test));
            for (k, v) in [
                ("Interval", h.interval),
                ("Timeout", h.timeout),
                ("StartPeriod", h.start_period),
                ("Retries", h.retries),
            ] {
                if v != 0 {
                    m.insert(k.into(), json!(v));
                }
            }
            obj(config).insert("Healthcheck".into(), Value::Object(m));
        }
        Op::Onbuild(t) => {
            let list = obj(config).entry("OnBuild").or_insert_with(|| json!([]));
            if !list.is_array() {
                *list = json!([]);
            }
            list.as_array_mut().expect("an array").push(json!(t));
        }
        Op::Arg(_) | Op::Shell(_) | Op::Maintainer(_) => {}
        Op::From { .. } | Op::Run { .. } | Op::Copy { .. } => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::containerfile::ops::Health;

    fn sh() -> Vec<String> {
        vec!["/bin/sh".into(), "-c".into()]
    }

    #[test]
    fn metadata_instructions_edit_the_config() {
        let mut c = json!({"Env": ["PATH=/bin", "A=0"], "Cmd": ["sh"]});
        apply(
            &mut c,
            &Op::Env(vec![("A".into(), "1".into()), ("B".into(), "2".into())]),
            &sh(),
            false,
        );
        assert_eq!(env(&c), ["PATH=/bin", "A=1", "B=2"]);
        apply(&mut c, &Op::Workdir("/app".into()), &sh(), false);
        apply(&mut c, &Op::Workdir("sub/../src".into()), &sh(), false);
        assert_eq!(c["WorkingDir"], "/app/src");
        apply(
            &mut c,
            &Op::Entrypoint(Command::Exec(vec!["/e".into()])),
            &sh(),
            false,
        );
        assert!(c.get("Cmd").is_none(), "ENTRYPOINT clears an inherited CMD");
        apply(
            &mut c,
            &Op::Cmd(Command::Shell("echo hi".into())),
            &sh(),
            false,
        );
        assert_eq!(c["Cmd"], json!(["/bin/sh", "-c", "echo hi"]));
        apply(&mut c, &Op::Expose(vec!["80/tcp".into()]), &sh(), true);
        apply(&mut c, &Op::Volume(vec!["/data".into()]), &sh(), true);
        assert_eq!(c["ExposedPorts"], json!({"80/tcp": {}}));
        assert_eq!(c["Volumes"], json!({"/data": {}}));
        apply(
            &mut c,
            &Op::Healthcheck(Health {
                test: vec!["CMD-SHELL".into(), "true".into()],
                interval: 5,
                timeout: 0,
                start_period: 0,
                retries: 3,
            }),
            &sh(),
            true,
        );
        assert_eq!(
            c["Healthcheck"],
            json!({"Test": ["CMD-SHELL", "true"], "Interval": 5, "Retries": 3})
        );
        apply(&mut c, &Op::Onbuild("RUN x".into()), &sh(), true);
        assert_eq!(c["OnBuild"], json!(["RUN x"]));
        unset_env(&mut c, "A");
        assert_eq!(env_value(&c, "A"), None);
        assert_eq!(env_value(&c, "B").as_deref(), Some("2"));
        assert!(!apply(
            &mut c,
            &Op::Run {
                command: Command::Shell("x".into()),
                mounts: vec![],
                network: None
            },
            &sh(),
            true
        ));
    }
}

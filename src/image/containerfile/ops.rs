//! The meaning of each instruction, variables expanded (`op`), and the checks that need no
//! variables (`check`, run by `parse` so that a bad file fails before any step runs).

use anyhow::{Result, bail};

use super::words::{Lookup, expand, expand_words};
use super::{Containerfile, Heredoc, Instruction};

/// A command: exec form (JSON) or shell form (run by the SHELL, `/bin/sh -c` by default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Exec(Vec<String>),
    Shell(String),
}

impl Command {
    /// The argv, with `shell` for the shell form.
    pub fn argv(&self, shell: &[String]) -> Vec<String> {
        match self {
            Command::Exec(v) => v.clone(),
            Command::Shell(s) => {
                let mut v = shell.to_vec();
                v.push(s.clone());
                v
            }
        }
    }
}

/// A `RUN --mount=...`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RunMount {
    /// bind, cache, tmpfs or secret.
    pub kind: String,
    pub target: String,
    /// `source=`/`src=`: a path in the context (bind), the secret's file name (secret).
    pub source: Option<String>,
    /// `id=`: the cache's or secret's id.
    pub id: Option<String>,
    /// `rw`/`readwrite`: a bind mount the step may write to (its writes are thrown away);
    /// BuildKit's default is read-only.
    pub rw: bool,
    /// `from=`: a stage or image (bind and cache) whose tree is the source, not the context.
    pub from: Option<String>,
}

/// A HEALTHCHECK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    /// `["NONE"]`, `["CMD", ...]` or `["CMD-SHELL", cmd]`.
    pub test: Vec<String>,
    /// Nanoseconds, as the image config stores them; 0 when not given.
    pub interval: u64,
    pub timeout: u64,
    pub start_period: u64,
    pub retries: u64,
}

/// One instruction's typed meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    From {
        image: String,
        alias: Option<String>,
        platform: Option<String>,
    },
    Run {
        command: Command,
        mounts: Vec<RunMount>,
        network: Option<String>,
    },
    Copy {
        add: bool,
        sources: Vec<String>,
        dest: String,
        from: Option<String>,
        chown: Option<String>,
        chmod: Option<u32>,
        link: bool,
        heredocs: Vec<Heredoc>,
    },
    Env(Vec<(String, String)>),
    Arg(Vec<(String, Option<String>)>),
    Workdir(String),
    User(String),
    Cmd(Command),
    Entrypoint(Command),
    Label(Vec<(String, String)>),
    Expose(Vec<String>),
    Volume(Vec<String>),
    StopSignal(String),
    Healthcheck(Health),
    Onbuild(String),
    Maintainer(String),
    Shell(Vec<String>),
}

/// What needs no variables: argument counts, exec-form-only instructions, known flags.
pub fn check(cf: &Containerfile, inst: &Instruction) -> Result<()> {
    let err = |m: &str| Err(cf.error_at(inst, m));
    let known: &[&str] = match inst.keyword.as_str() {
        "FROM" => &["platform"],
        "RUN" => &["mount", "network"],
        "COPY" => &["from", "chown", "chmod", "link"],
        "ADD" => &["chown", "chmod", "link"],
        "HEALTHCHECK" => &[
            "interval",
            "timeout",
            "start-period",
            "start-interval",
            "retries",
        ],
        _ => &[],
    };
    // Flags of newer BuildKit syntax that den does not do: said so, not silently ignored.
    let later: &[&str] = match inst.keyword.as_str() {
        "RUN" => &["security"],
        "COPY" => &["parents", "exclude"],
        "ADD" => &["checksum", "keep-git-dir"],
        _ => &[],
    };
    for (name, _) in &inst.flags {
        if later.contains(&name.as_str()) {
            return Err(cf.error_at(inst, format!("--{name} is not supported by den build")));
        }
        if !known.contains(&name.as_str()) {
            return Err(cf.error_at(inst, format!("unknown flag --{name}")));
        }
    }
    let empty = inst.args.trim().is_empty();
    match inst.keyword.as_str() {
        "FROM" => {
            let n = inst.args.split_whitespace().count();
            let words: Vec<&str> = inst.args.split_whitespace().collect();
            if !(n == 1 || (n == 3 && words[1].eq_ignore_ascii_case("as"))) {
                return err("expected FROM IMAGE [AS NAME]");
            }
        }
        "COPY" | "ADD" => {
            let words = inst
                .json
                .as_ref()
                .map_or_else(|| inst.args.split_whitespace().count(), std::vec::Vec::len);
            if words < 2 {
                return err("expected one or more sources and a destination");
            }
        }
        "SHELL" if inst.json.as_ref().is_none_or(Vec::is_empty) => {
            return err("SHELL takes the exec form: SHELL [\"executable\", \"parameters\"]");
        }
        "ONBUILD" => {
            let next = inst
                .args
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_uppercase();
            if empty {
                return err("ONBUILD needs an instruction");
            }
            if ["ONBUILD", "FROM", "MAINTAINER"].contains(&next.as_str()) {
                return err(&format!("{next} is not allowed in ONBUILD"));
            }
        }
        "CMD" | "ENTRYPOINT" | "HEALTHCHECK" => {}
        _ if empty && inst.heredocs.is_empty() => {
            return err("it needs arguments");
        }
        _ => {}
    }
    Ok(())
}

/// The instruction's meaning, with variables looked up in `vars` (build args and ENV).
pub fn op(
    cf: &Containerfile,
    inst: &Instruction,
    vars: &Lookup<'_>,
    default_shell: &[String],
) -> Result<Op> {
    let e = cf.escape;
    let at = |err: anyhow::Error| cf.error_at(inst, err);
    let one = |t: &str| expand(t, e, vars).map_err(at);
    let words = |t: &str| expand_words(t, e, vars).map_err(at);
    let command = || match &inst.json {
        Some(v) => Command::Exec(v.clone()),
        None => Command::Shell(inst.args.clone()),
    };
    Ok(match inst.keyword.as_str() {
        "FROM" => {
            let w = words(&inst.args)?;
            let platform = inst.flag("platform").map(one).transpose()?;
            Op::From {
                image: w[0].clone(),
                alias: w.get(2).map(|s| s.to_ascii_lowercase()),
                platform,
            }
        }
        "RUN" => {
            let mut mounts = Vec::new();
            for m in inst.flag_all("mount") {
                mounts.push(run_mount(&one(m)?).map_err(at)?);
            }
            let command = run_command(inst, default_shell);
            Op::Run {
                command,
                mounts,
                network: inst.flag("network").map(str::to_string),
            }
        }
        "COPY" | "ADD" => {
            let mut all = match &inst.json {
                Some(v) => v.iter().map(|s| one(s)).collect::<Result<Vec<_>>>()?,
                None => words(&inst.args)?,
            };
            // Heredoc sources (`<<EOF`) stay as written.
            for w in &mut all {
                if let Some(h) = inst
                    .heredocs
                    .iter()
                    .find(|h| w.ends_with(&h.name) && w.starts_with("<<"))
                {
                    *w = format!("<<{}", h.name);
                }
            }
            let dest = all.pop().unwrap_or_default();
            let chmod = match inst.flag("chmod") {
                Some(m) => Some(u32::from_str_radix(m, 8).map_err(|_| {
                    cf.error_at(
                        inst,
                        format!("--chmod={m}: expected an octal mode such as 0644"),
                    )
                })?),
                None => None,
            };
            let mut heredocs = inst.heredocs.clone();
            for h in &mut heredocs {
                if h.expand {
                    h.body = expand_heredoc(&h.body, e, vars).map_err(at)?;
                }
            }
            Op::Copy {
                add: inst.keyword == "ADD",
                sources: all,
                dest,
                from: inst.flag("from").map(one).transpose()?,
                chown: inst.flag("chown").map(one).transpose()?,
                chmod,
                link: inst.flag("link").is_some(),
                heredocs,
            }
        }
        "ENV" | "LABEL" => {
            let pairs = key_values(&words(&inst.args)?, inst.keyword == "ENV")
                .map_err(|m| cf.error_at(inst, m))?;
            if inst.keyword == "ENV" {
                Op::Env(pairs)
            } else {
                Op::Label(pairs)
            }
        }
        "ARG" => Op::Arg(
            words(&inst.args)?
                .into_iter()
                .map(|w| match w.split_once('=') {
                    Some((k, v)) => (k.to_string(), Some(v.to_string())),
                    None => (w, None),
                })
                .collect(),
        ),
        "WORKDIR" => Op::Workdir(one(&inst.args)?),
        "USER" => Op::User(one(&inst.args)?),
        "CMD" => Op::Cmd(command()),
        "ENTRYPOINT" => Op::Entrypoint(command()),
        "EXPOSE" => Op::Expose(
            words(&inst.args)?
                .into_iter()
                .map(|p| {
                    if p.contains('/') {
                        p
                    } else {
                        format!("{p}/tcp")
                    }
                })
                .collect(),
        ),
        "VOLUME" => Op::Volume(match &inst.json {
            Some(v) => v.iter().map(|s| one(s)).collect::<Result<_>>()?,
            None => words(&inst.args)?,
        }),
        "STOPSIGNAL" => Op::StopSignal(one(&inst.args)?),
        "HEALTHCHECK" => Op::Healthcheck(health(inst).map_err(|m| cf.error_at(inst, m))?),
        "ONBUILD" => Op::Onbuild(inst.args.clone()),
        "MAINTAINER" => Op::Maintainer(inst.args.clone()),
        "SHELL" => Op::Shell(inst.json.clone().unwrap_or_default()),
        other => bail!("{}:{}: unknown instruction {other}", cf.file, inst.line),
    })
}

/// A RUN's command: heredocs become the script (`RUN <<EOF` alone runs the body with the
/// shell; `RUN cmd <<EOF` gives the shell the whole text, heredoc included).
fn run_command(inst: &Instruction, shell: &[String]) -> Command {
    if let Some(v) = &inst.json {
        return Command::Exec(v.clone());
    }
    if inst.heredocs.is_empty() {
        return Command::Shell(inst.args.clone());
    }
    let only = inst.heredocs.len() == 1 && {
        let a = inst.args.trim();
        let h = &inst.heredocs[0];
        let quoted = [
            format!("<<{}", h.name),
            format!("<<-{}", h.name),
            format!("<<\"{}\"", h.name),
            format!("<<'{}'", h.name),
        ];
        quoted.iter().any(|q| q == a)
    };
    if only {
        let _ = shell;
        return Command::Shell(inst.heredocs[0].body.clone());
    }
    let mut text = inst.args.clone();
    for h in &inst.heredocs {
        text.push('\n');
        text.push_str(&h.body);
        text.push_str(&h.name);
    }
    Command::Shell(text)
}

/// A heredoc body with variables expanded but quotes kept (it is file content).
fn expand_heredoc(body: &str, escape: char, vars: &Lookup<'_>) -> Result<String> {
    let mut out = String::new();
    for line in body.split_inclusive('\n') {
        // Quote characters are content here: protect them from quote removal.
        let protected: String = line
            .chars()
            .flat_map(|c| {
                if c == '\'' || c == '"' {
                    vec![escape, c]
                } else {
                    vec![c]
                }
            })
            .collect();
        out.push_str(&expand(&protected, escape, vars)?);
    }
    Ok(out)
}

/// `KEY=VALUE ...` pairs; for ENV also the legacy `KEY VALUE WORDS`.
fn key_values(
    words: &[String],
    legacy: bool,
) -> std::result::Result<Vec<(String, String)>, String> {
    let Some(first) = words.first() else {
        return Err("expected KEY=VALUE".into());
    };
    if !first.contains('=') {
        if legacy && words.len() >= 2 {
            return Ok(vec![(first.clone(), words[1..].join(" "))]);
        }
        return Err(format!("expected KEY=VALUE, not \"{first}\""));
    }
    words
        .iter()
        .map(|w| match w.split_once('=') {
            Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
            _ => Err(format!("expected KEY=VALUE, not \"{w}\"")),
        })
        .collect()
}

/// `type=cache,target=/root/.cache,id=x,ro` and the like.
pub fn run_mount(spec: &str) -> Result<RunMount> {
    let mut m = RunMount {
        kind: "bind".into(),
        ..RunMount::default()
    };
    for part in spec.split(',') {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        match k {
            "type" => m.kind = v.to_string(),
            "target" | "dst" | "destination" => m.target = v.to_string(),
            "source" | "src" => m.source = Some(v.to_string()),
            "id" => m.id = Some(v.to_string()),
            "from" => m.from = Some(v.to_string()),
            "ro" | "readonly" => m.rw = v == "false",
            "rw" | "readwrite" => m.rw = v.is_empty() || v == "true",
            "required" | "mode" | "uid" | "gid" | "sharing" | "size" | "z" | "Z" | "relabel" => {}
            other => bail!("--mount={spec}: unknown option \"{other}\""),
        }
    }
    if !["bind", "cache", "tmpfs", "secret"].contains(&m.kind.as_str()) {
        bail!(
            "--mount={spec}: unknown type \"{}\" (bind, cache, tmpfs, secret)",
            m.kind
        );
    }
    if m.kind == "secret" && m.target.is_empty() {
        let id = m.id.clone().unwrap_or_default();
        if id.is_empty() {
            bail!("--mount={spec}: a secret mount needs id=");
        }
        m.target = format!("/run/secrets/{id}");
    }
    if m.target.is_empty() {
        bail!("--mount={spec}: target= is missing");
    }
    Ok(m)
}

fn health(inst: &Instruction) -> std::result::Result<Health, String> {
    let args = inst.args.trim();
    let (word, rest) = args
        .split_once(char::is_whitespace)
        .map_or((args, ""), |(a, b)| (a, b.trim_start()));
    let test = match word.to_ascii_uppercase().as_str() {
        "NONE" => vec!["NONE".to_string()],
        "CMD" => {
            if rest.starts_with('[')
                && let Ok(v) = serde_json::from_str::<Vec<String>>(rest)
            {
                std::iter::once("CMD".to_string()).chain(v).collect()
            } else if rest.is_empty() {
                return Err("HEALTHCHECK CMD needs a command".into());
            } else {
                vec!["CMD-SHELL".to_string(), rest.to_string()]
            }
        }
        _ => return Err("expected HEALTHCHECK [OPTIONS] CMD command, or HEALTHCHECK NONE".into()),
    };
    let dur = |name: &str| -> std::result::Result<u64, String> {
        inst.flag(name).map_or(Ok(0), |v| {
            duration_ns(v).ok_or_else(|| format!("--{name}={v}: expected a duration such as 30s"))
        })
    };
    Ok(Health {
        test,
        interval: dur("interval")?,
        timeout: dur("timeout")?,
        start_period: dur("start-period")?,
        retries: inst
            .flag("retries")
            .map_or(Ok(0), str::parse)
            .map_err(|_| "--retries: expected a number".to_string())?,
    })
}

/// Go's duration syntax, the common units: `1h30m`, `30s`, `500ms`.
pub fn duration_ns(text: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut rest = text;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let n_end = rest.find(|c: char| !c.is_ascii_digit())?;
        let n: u64 = rest[..n_end].parse().ok()?;
        rest = &rest[n_end..];
        let u_end = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let unit = match &rest[..u_end] {
            "ns" => 1,
            "us" | "µs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => return None,
        };
        total = total.checked_add(n.checked_mul(unit)?)?;
        rest = &rest[u_end..];
    }
    Some(total)
}

//! `den volume`: create, ls, inspect, exists (here), rm and prune (`remove`), export and
//! import (`archive`). Output, exit codes and error phrases follow podman 4.3.

mod archive;
mod remove;

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{Result, bail};
use serde_json::{Value, json};

use crate::cli::{VolumeCommand, VolumeCreateArgs, VolumeInspectArgs, VolumeLsArgs};
use crate::config::Ctx;
use crate::error::hinted;
use crate::identity::idmap::IdMapping;
use crate::output::template::Template;
use crate::output::{format_table, say};
use crate::store::Store;
use crate::store::volumes::{self, VolumeRecord};

pub(crate) use remove::confirm;
pub use remove::prune_unused;

pub fn run(ctx: &Ctx, command: VolumeCommand) -> Result<i32> {
    match command {
        VolumeCommand::Create(a) => create(ctx, &a),
        VolumeCommand::Ls(a) => ls(ctx, &a),
        VolumeCommand::Inspect(a) => inspect(ctx, &a),
        VolumeCommand::Rm(a) => remove::rm(ctx, &a),
        VolumeCommand::Prune(a) => remove::prune(ctx, &a),
        VolumeCommand::Exists(a) => {
            let store = Store::open(&ctx.paths)?;
            Ok(i32::from(!volumes::exists(&store, &a.volume)))
        }
        VolumeCommand::Export(a) => archive::export(ctx, &a),
        VolumeCommand::Import(a) => archive::import(ctx, &a),
    }
}

/// `KEY=VALUE` (or `KEY` alone, an empty value) pairs of `--label`.
fn key_values(list: &[String]) -> BTreeMap<String, String> {
    list.iter()
        .map(|l| match l.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (l.clone(), String::new()),
        })
        .collect()
}

/// The record `den volume create` makes from its flags: podman's local driver options
/// `type`, `device`, `o` (with `uid=`, `gid=`, and for tmpfs mount(8) options).
pub fn record_from_args(name: &str, args: &VolumeCreateArgs) -> Result<VolumeRecord> {
    if args.driver != volumes::LOCAL {
        return Err(hinted(
            format!(
                "volume {name} uses volume plugin {} but it could not be retrieved: no volume plugin with name {} available: required plugin missing",
                args.driver, args.driver
            ),
            "den has the local driver only: leave out --driver",
        ));
    }
    let mut record = VolumeRecord::new(name, false);
    record.labels = key_values(&args.label);
    for opt in &args.opt {
        let Some((key, value)) = opt.split_once('=') else {
            bail!("invalid mount option {opt} for driver 'local': invalid argument");
        };
        match key {
            "type" | "device" => {}
            "o" => {
                for part in value.split(',').filter(|p| !p.is_empty()) {
                    let (k, v) = part.split_once('=').unwrap_or((part, ""));
                    let id = || {
                        v.parse::<u32>().map_err(|_| {
                            anyhow::anyhow!("cannot convert {k} \"{v}\" to an integer")
                        })
                    };
                    match k {
                        "uid" => {
                            record.uid = Some(id()?);
                            record.options.insert("UID".into(), v.into());
                        }
                        "gid" => {
                            record.gid = Some(id()?);
                            record.options.insert("GID".into(), v.into());
                        }
                        _ => {}
                    }
                }
            }
            _ => bail!("invalid mount option {key} for driver 'local': invalid argument"),
        }
        record.options.insert(key.into(), value.into());
    }
    if record.options.contains_key("type") != record.options.contains_key("device")
        && record.options.get("type").is_some_and(|t| t != "tmpfs")
    {
        bail!("invalid option: type and device must be given together");
    }
    if !record.is_tmpfs()
        && let Some(o) = record.options.get("o")
        && let Some(other) = o
            .split(',')
            .map(|p| p.split('=').next().unwrap_or(p))
            .find(|k| !k.is_empty() && *k != "uid" && *k != "gid")
    {
        return Err(hinted(
            format!("volume option \"{other}\" is not supported for a plain volume"),
            "a plain volume is a directory (o=uid=,gid= set its owner); use -o type=tmpfs -o device=tmpfs for o=size=",
        ));
    }
    if record.options.get("type").is_some_and(|t| t != "tmpfs") {
        return Err(hinted(
            format!(
                "volume type \"{}\" is not supported",
                record.options["type"]
            ),
            "den's local volumes are directories, or type=tmpfs,device=tmpfs",
        ));
    }
    Ok(record)
}

fn create(ctx: &Ctx, args: &VolumeCreateArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let name = match &args.name {
        Some(n) => n.clone(),
        None => hex::encode(rand_bytes()?),
    };
    crate::plan::validate_volume_name(&name)?;
    let record = record_from_args(&name, args)?;
    let lock = store.lock()?;
    if args.ignore && volumes::exists(&store, &name) {
        say!("{name}");
        return Ok(0);
    }
    let mapping = IdMapping::for_current_user()?;
    volumes::create(&store, &lock, &record, &mapping)?;
    say!("{name}");
    Ok(0)
}

fn rand_bytes() -> Result<[u8; 32]> {
    use std::io::Read;
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(|e| anyhow::anyhow!("reading /dev/urandom: {e}"))?;
    Ok(bytes)
}

/// One `--filter KEY=VALUE` of `volume ls` and `volume prune`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    Name(String),
    Driver(String),
    Label {
        key: String,
        value: Option<String>,
        negate: bool,
    },
    Opt {
        key: String,
        value: Option<String>,
    },
    Dangling(bool),
    Scope(String),
}

/// Parses filters with podman's keys and its error for an unknown one.
pub fn parse_filters(list: &[String]) -> Result<Vec<Filter>> {
    list.iter()
        .map(|f| {
            let invalid = || {
                hinted(
                    format!(
                        "\"{}\" is an invalid volume filter",
                        f.split('=').next().unwrap_or(f)
                    ),
                    "filters: name=, driver=, label=KEY[=VALUE], opt=KEY[=VALUE], dangling=true|false, scope=local",
                )
            };
            let (key, value) = f.split_once('=').ok_or_else(invalid)?;
            let (key, negate) = match key.strip_suffix('!') {
                Some(k) => (k, true),
                None => (key, false),
            };
            let kv = || match value.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (value.to_string(), None),
            };
            Ok(match (key, negate) {
                ("name", false) => Filter::Name(value.into()),
                ("driver", false) => Filter::Driver(value.into()),
                ("scope", false) => Filter::Scope(value.into()),
                ("label", _) => {
                    let (key, value) = kv();
                    Filter::Label { key, value, negate }
                }
                ("opt", false) => {
                    let (key, value) = kv();
                    Filter::Opt { key, value }
                }
                ("dangling", false) => match value {
                    "true" | "1" => Filter::Dangling(true),
                    "false" | "0" => Filter::Dangling(false),
                    _ => bail!("{value} is not a valid value for the \"dangling\" filter - must be true or false"),
                },
                _ => return Err(invalid()),
            })
        })
        .collect()
}

/// Whether `record` (used by `users` containers) passes every filter.
pub fn matches(record: &VolumeRecord, users: usize, filters: &[Filter]) -> bool {
    filters.iter().all(|f| match f {
        Filter::Name(n) => record.name.contains(n.as_str()),
        Filter::Driver(d) => record.driver == *d,
        Filter::Scope(s) => s == "local",
        Filter::Label { key, value, negate } => {
            let has = record
                .labels
                .get(key)
                .is_some_and(|v| value.as_ref().is_none_or(|want| v == want));
            has != *negate
        }
        Filter::Opt { key, value } => record
            .options
            .get(key)
            .is_some_and(|v| value.as_ref().is_none_or(|want| v == want)),
        Filter::Dangling(d) => (users == 0) == *d,
    })
}

/// The object `volume ls --format` renders: podman's fields, `.CreatedAt` as Go prints a time.
fn ls_value(store: &Store, record: &VolumeRecord) -> Value {
    json!({
        "Name": record.name,
        "Driver": record.driver,
        "Mountpoint": volumes::data_dir(store, &record.name),
        "CreatedAt": volumes::go_time(&record.created),
        "Labels": record.labels,
        "Scope": "local",
        "Options": record.options,
        "Anonymous": record.anonymous,
        "MountCount": 0,
    })
}

/// The header row of `volume ls --format 'table ...'`: podman's column names.
fn ls_headers() -> Value {
    json!({
        "Name": "VOLUME NAME",
        "Driver": "DRIVER",
        "Mountpoint": "MOUNTPOINT",
        "CreatedAt": "CREATED AT",
        "Labels": "LABELS",
        "Scope": "SCOPE",
        "Options": "OPTIONS",
        "Anonymous": "ANONYMOUS",
        "MountCount": "MOUNT COUNT",
    })
}

fn split_cells(line: &str) -> Vec<String> {
    line.split('\t').map(str::to_string).collect()
}

/// Splits podman's `table ` prefix off a template.
fn table_template(format: &str) -> (bool, &str) {
    match format.strip_prefix("table") {
        Some(rest) if rest.is_empty() || rest.starts_with(char::is_whitespace) => {
            (true, rest.trim_start())
        }
        _ => (false, format),
    }
}

fn ls(ctx: &Ctx, args: &VolumeLsArgs) -> Result<i32> {
    let filters = parse_filters(&args.filter)?;
    let store = Store::open(&ctx.paths)?;
    let users = volumes::users(&store);
    let list: Vec<VolumeRecord> = volumes::list(&store)
        .into_iter()
        .filter(|r| matches(r, users.get(&r.name).map_or(0, Vec::len), &filters))
        .collect();
    let mut out = crate::output::stdout();
    if args.quiet {
        for r in &list {
            writeln!(out, "{}", r.name)?;
        }
        return Ok(0);
    }
    match args.format.as_deref() {
        Some("json") => {
            let values: Vec<Value> = list
                .iter()
                .map(|r| volumes::inspect_json(&store, r))
                .collect();
            crate::output::print_json(&values)?;
        }
        Some(format) if !table_template(format).1.is_empty() => {
            let (table, body) = table_template(format);
            if !table {
                let template = Template::parse(body)?;
                for r in &list {
                    writeln!(out, "{}", template.render(&ls_value(&store, r))?)?;
                }
                return Ok(0);
            }
            // podman's table mode: fields become tab-separated columns under a header.
            let template = Template::parse(&body.replace("}} {{", "}}\t{{"))?;
            let mut rows: Vec<Vec<String>> = Vec::new();
            if !args.no_heading {
                rows.push(split_cells(&template.render(&ls_headers())?));
            }
            for r in &list {
                rows.push(split_cells(&template.render(&ls_value(&store, r))?));
            }
            let width = rows.iter().map(Vec::len).max().unwrap_or(0);
            for row in &mut rows {
                row.resize(width, String::new());
            }
            write!(out, "{}", format_table(&rows))?;
        }
        _ => {
            let mut rows = Vec::new();
            // podman prints nothing, not even the header, when there are no volumes.
            if !args.no_heading && !list.is_empty() {
                rows.push(["DRIVER".to_string(), "VOLUME NAME".to_string()]);
            }
            rows.extend(list.iter().map(|r| [r.driver.clone(), r.name.clone()]));
            if !rows.is_empty() {
                write!(out, "{}", format_table(&rows))?;
            }
        }
    }
    Ok(0)
}

fn inspect(ctx: &Ctx, args: &VolumeInspectArgs) -> Result<i32> {
    if args.volumes.is_empty() && !args.all {
        return Err(hinted(
            "provide one or more volume names or use --all",
            "den volume inspect NAME..., or --all",
        ));
    }
    let store = Store::open(&ctx.paths)?;
    let names: Vec<String> = if args.all {
        volumes::list(&store).into_iter().map(|r| r.name).collect()
    } else {
        args.volumes.clone()
    };
    let mut values = Vec::new();
    let mut missing = None;
    for name in &names {
        match volumes::read(&store, name) {
            Ok(r) => values.push(volumes::inspect_json(&store, &r)),
            Err(_) if missing.is_none() => missing = Some(name.clone()),
            Err(_) => {}
        }
    }
    match args.format.as_deref() {
        None | Some("json") => crate::output::print_json(&values)?,
        Some(format) => {
            let template = Template::parse(format)?;
            let mut out = crate::output::stdout();
            for v in &values {
                writeln!(out, "{}", template.render(v)?)?;
            }
        }
    }
    if let Some(name) = missing {
        return Err(hinted(
            format!("inspecting object: no such volume {name}"),
            "see the volumes with: den volume ls",
        ));
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(opts: &[&str], driver: &str) -> VolumeCreateArgs {
        VolumeCreateArgs {
            driver: driver.into(),
            opt: opts.iter().map(ToString::to_string).collect(),
            label: vec!["a=b".into(), "flag".into()],
            ignore: false,
            name: None,
        }
    }

    #[test]
    fn create_options_as_podman_records_them() {
        let r = record_from_args("v", &args(&["o=uid=1000,gid=7"], "local")).unwrap();
        assert_eq!((r.uid, r.gid), (Some(1000), Some(7)));
        assert_eq!(r.options["UID"], "1000");
        assert_eq!(r.options["o"], "uid=1000,gid=7");
        assert_eq!(r.labels["flag"], "");
        let t = record_from_args(
            "t",
            &args(&["type=tmpfs", "device=tmpfs", "o=size=1m"], "local"),
        )
        .unwrap();
        assert!(t.is_tmpfs() && t.tmpfs_options() == "size=1m");
        assert!(record_from_args("v", &args(&["bogus=1"], "local")).is_err());
        assert!(record_from_args("v", &args(&["o=size=1m"], "local")).is_err());
        let err = record_from_args("v", &args(&[], "foo"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("no volume plugin with name foo"), "{err}");
    }

    #[test]
    fn filters() {
        let mut r = VolumeRecord::new("data1", false);
        r.labels.insert("team".into(), "web".into());
        let f = |s: &[&str]| {
            parse_filters(&s.iter().map(ToString::to_string).collect::<Vec<_>>()).unwrap()
        };
        assert!(matches(
            &r,
            0,
            &f(&["name=data", "label=team", "dangling=true"])
        ));
        assert!(matches(&r, 1, &f(&["label=team=web", "driver=local"])));
        assert!(!matches(&r, 1, &f(&["dangling=true"])));
        assert!(!matches(&r, 0, &f(&["label=team=db"])));
        assert!(!matches(&r, 0, &f(&["label!=team"])));
        let err = parse_filters(&["bogus=1".into()]).unwrap_err().to_string();
        assert!(
            err.contains("\"bogus\" is an invalid volume filter"),
            "{err}"
        );
        assert!(parse_filters(&["dangling=maybe".into()]).is_err());
    }

    #[test]
    fn table_prefix() {
        assert_eq!(table_template("table {{.Name}}"), (true, "{{.Name}}"));
        assert_eq!(table_template("{{.Name}}"), (false, "{{.Name}}"));
    }
}

//! `den secret`: create, ls, inspect, rm, exists over `store::secrets`, with podman 4.3's
//! output, messages and exit codes. The data never leaves the store except into containers.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::cli::{SecretCommand, SecretCreateArgs, SecretInspectArgs, SecretLsArgs, SecretRmArgs};
use crate::config::Ctx;
use crate::error::hinted;
use crate::output::format::{Listing, Shape, parse_format, render_each, render_rows};
use crate::output::template::Template;
use crate::output::units::human_duration;
use crate::store::Store;
use crate::store::secrets::{self, SecretRecord};

pub fn run(ctx: &Ctx, command: SecretCommand) -> Result<i32> {
    match command {
        SecretCommand::Create(a) => create(ctx, &a),
        SecretCommand::Ls(a) => ls(ctx, &a),
        SecretCommand::Inspect(a) => inspect(ctx, &a),
        SecretCommand::Rm(a) => rm(ctx, &a),
        SecretCommand::Exists(a) => {
            let store = Store::open(&ctx.paths)?;
            Ok(i32::from(secrets::find(&store, &a.secret).is_err()))
        }
    }
}

fn create(ctx: &Ctx, args: &SecretCreateArgs) -> Result<i32> {
    if args.driver != secrets::FILE_DRIVER {
        return Err(hinted(
            format!("secret driver \"{}\" is not supported", args.driver),
            "den has the file driver only: leave out --driver",
        ));
    }
    if let Some(opt) = args.driver_opts.first() {
        bail!("secret driver option \"{opt}\" is not supported by the file driver");
    }
    let data = if args.env {
        std::env::var_os(&args.file)
            .map(std::os::unix::ffi::OsStringExt::into_vec)
            .with_context(|| {
                format!(
                    "cannot create store secret data: environment variable {} is not set",
                    args.file
                )
            })?
    } else if args.file == "-" {
        let mut data = Vec::new();
        std::io::stdin()
            .read_to_end(&mut data)
            .context("reading the secret from stdin")?;
        data
    } else {
        std::fs::read(&args.file).with_context(|| format!("open {}", args.file))?
    };
    let store = Store::open(&ctx.paths)?;
    let labels: BTreeMap<String, String> = args
        .label
        .iter()
        .map(|l| match l.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (l.clone(), String::new()),
        })
        .collect();
    let record = secrets::create(&store, &args.name, &data, labels)?;
    crate::output::say!("{}", record.id);
    Ok(0)
}

/// podman's inspect object of a secret.
fn inspect_json(s: &SecretRecord) -> Value {
    json!({
        "ID": s.id,
        "CreatedAt": s.created,
        "UpdatedAt": s.updated,
        "Spec": {
            "Name": s.name,
            "Driver": {"Name": s.driver, "Options": s.driver_options},
            "Labels": s.labels,
        },
    })
}

fn ago(rfc3339: &str) -> String {
    let then = crate::store::time::parse_rfc3339(rfc3339).unwrap_or(0);
    format!(
        "{} ago",
        human_duration(crate::store::time::now_unix() - then)
    )
}

/// The row `secret ls` renders: podman's fields, with the inspect object's beside them.
fn ls_value(s: &SecretRecord) -> Value {
    let mut v = inspect_json(s);
    if let Value::Object(map) = &mut v {
        map.insert("Name".into(), s.name.clone().into());
        map.insert("Driver".into(), s.driver.clone().into());
        map.insert("CreatedAt".into(), ago(&s.created).into());
        map.insert("UpdatedAt".into(), ago(&s.updated).into());
    }
    v
}

const LISTING: Listing = Listing {
    name: "secret ls",
    default: "{{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.CreatedAt}}\t{{.UpdatedAt}}",
    headers: &[
        ("ID", "ID"),
        ("Name", "NAME"),
        ("Driver", "DRIVER"),
        ("CreatedAt", "CREATED"),
        ("UpdatedAt", "UPDATED"),
    ],
};

/// `name=` (substring) and `id=` (prefix) filters, podman's message for another key.
fn matches_filters(s: &SecretRecord, filters: &[String]) -> Result<bool> {
    for f in filters {
        let (key, value) = f.split_once('=').unwrap_or((f.as_str(), ""));
        let ok = match key {
            "name" => s.name.contains(value),
            "id" => s.id.starts_with(value),
            _ => {
                return Err(hinted(
                    format!("invalid filter \"{key}\""),
                    "filters: name=NAME, id=ID",
                ));
            }
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}

fn ls(ctx: &Ctx, args: &SecretLsArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut list = Vec::new();
    for s in secrets::list(&store)? {
        if matches_filters(&s, &args.filter)? {
            list.push(s);
        }
    }
    let mut out = crate::output::stdout();
    if args.quiet {
        for s in &list {
            writeln!(out, "{}", s.id)?;
        }
        return Ok(0);
    }
    // podman's table mode makes the blanks between fields column breaks.
    let format = args.format.as_deref().map(|f| {
        if f.starts_with("table") {
            f.replace("}} {{", "}}\t{{")
        } else {
            f.to_string()
        }
    });
    let shape = parse_format(format.as_deref(), &LISTING)?;
    if let Shape::Json = shape {
        let values: Vec<Value> = list.iter().map(inspect_json).collect();
        crate::output::print_json(&values)?;
        return Ok(0);
    }
    let rows: Vec<Value> = list.iter().map(ls_value).collect();
    write!(
        out,
        "{}",
        render_rows(&shape, &rows, &LISTING, args.no_heading)?
    )?;
    Ok(0)
}

fn inspect(ctx: &Ctx, args: &SecretInspectArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut found = Vec::new();
    let mut missing = None;
    for name in &args.secrets {
        match secrets::find(&store, name) {
            Ok(s) => found.push(s),
            Err(e) => {
                missing.get_or_insert(e);
            }
        }
    }
    let values: Vec<Value> = found.iter().map(inspect_json).collect();
    let mut out = crate::output::stdout();
    if args.pretty {
        for s in &found {
            writeln!(out, "ID:              {}", s.id)?;
            writeln!(out, "Name:            {}", s.name)?;
            writeln!(out, "Driver:          {}", s.driver)?;
            writeln!(
                out,
                "Created at:      {}",
                crate::output::units::go_time(&s.created)
            )?;
            writeln!(
                out,
                "Updated at:      {}",
                crate::output::units::go_time(&s.updated)
            )?;
            if !s.labels.is_empty() {
                let labels: Vec<String> =
                    s.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
                writeln!(out, "Labels:          {}", labels.join(", "))?;
            }
        }
    } else {
        match args.format.as_deref() {
            Some(f) if !crate::output::format::is_json(f) => {
                let template = Template::parse_named("secret inspect", f)?;
                write!(out, "{}", render_each(&template, &values)?)?;
            }
            _ => crate::output::print_json(&values)?,
        }
    }
    match missing {
        Some(e) => Err(e.context("inspecting secret")),
        None => Ok(0),
    }
}

fn rm(ctx: &Ctx, args: &SecretRmArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    if args.all && !args.secrets.is_empty() {
        bail!("when using the --all switch, you may not pass any secret names or IDs");
    }
    if !args.all && args.secrets.is_empty() {
        return Err(hinted(
            "no secret to remove",
            "name one or more: den secret rm SECRET..., or remove all with --all",
        ));
    }
    let targets: Vec<SecretRecord> = if args.all {
        secrets::list(&store)?
    } else {
        let mut list = Vec::new();
        for name in &args.secrets {
            list.push(secrets::find(&store, name)?);
        }
        list
    };
    for s in targets {
        secrets::remove(&store, &s.id)?;
        crate::output::say!("{}", s.id);
    }
    Ok(0)
}

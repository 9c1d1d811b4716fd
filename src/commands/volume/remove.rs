//! `den volume rm` and `den volume prune`: a volume a container uses is never removed, except
//! by `rm -f`, which removes those containers first (as podman).

use std::io::{self, BufRead, Write};

use anyhow::Result;

use super::{Filter, matches, parse_filters};
use crate::cli::{VolumePruneArgs, VolumeRmArgs};
use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::identity::idmap::IdMapping;
use crate::output::say;
use crate::store::Store;
use crate::store::volumes;

/// Asks `question` on stderr and reads the answer from stdin: true for y/yes. No answer at
/// all (stdin at its end, as without a terminal) is an error, as podman's EOF.
pub(crate) fn confirm(question: &str, force_flag: &str) -> Result<bool> {
    eprint!("{question} [y/N] ");
    let _ = io::stderr().flush();
    let mut answer = String::new();
    let read = io::stdin().lock().read_line(&mut answer)?;
    if read == 0 {
        eprintln!();
        return Err(hinted(
            "no answer on standard input",
            format!("answer on a terminal, or pass {force_flag} to go ahead without asking"),
        ))
        .exit_code(1);
    }
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes" | "YES"))
}

pub(super) fn rm(ctx: &Ctx, args: &VolumeRmArgs) -> Result<i32> {
    // podman says the same for both mistakes.
    if args.all != args.volumes.is_empty() {
        return Err(hinted(
            "choose either one or more volumes or all",
            "den volume rm NAME..., or den volume rm --all",
        ));
    }
    let store = Store::open(&ctx.paths)?;
    let mapping = IdMapping::for_current_user()?;
    let names: Vec<String> = if args.all {
        volumes::list(&store).into_iter().map(|r| r.name).collect()
    } else {
        args.volumes.clone()
    };
    let mut code = 0;
    for name in &names {
        match remove_one(&store, name, args.force, &mapping) {
            Ok(()) => say!("{name}"),
            Err(e) => {
                let c = crate::error::report(&e);
                code = code.max(if c == 1 || c == 2 { c } else { EXIT_DEN });
            }
        }
    }
    Ok(code)
}

/// Removes one volume: exit 1 when there is none, 2 when containers use it (without
/// `force`; with it, those containers are removed first, running ones killed).
fn remove_one(store: &Store, name: &str, force: bool, mapping: &IdMapping) -> Result<()> {
    volumes::read(store, name)?;
    let users = volumes::users(store).remove(name).unwrap_or_default();
    if !users.is_empty() {
        if !force {
            return Err(hinted(
                format!(
                    "volume {name} is being used by the following container(s): {}: volume is being used",
                    users.join(", ")
                ),
                "remove those containers first, or use den volume rm -f (it removes them too)",
            ))
            .exit_code(2);
        }
        for id in &users {
            crate::commands::container::rm::remove_one(store, id, true)?;
        }
    }
    let lock = store.lock()?;
    if let Some(again) = volumes::users(store).remove(name) {
        return Err(hinted(
            format!(
                "volume {name} is being used by the following container(s): {}: volume is being used",
                again.join(", ")
            ),
            "a container was created with it meanwhile: remove it first",
        ))
        .exit_code(2);
    }
    volumes::remove(store, &lock, name, mapping)
}

/// Removes the volumes that no container uses and that pass `filters`; returns their names.
/// (`volume prune`, `system prune --volumes`.)
pub fn prune_unused(store: &Store, mapping: &IdMapping, filters: &[Filter]) -> Result<Vec<String>> {
    let lock = store.lock()?;
    let users = volumes::users(store);
    let mut removed = Vec::new();
    for record in volumes::list(store) {
        if users.contains_key(&record.name) || !matches(&record, 0, filters) {
            continue;
        }
        volumes::remove(store, &lock, &record.name, mapping)?;
        removed.push(record.name);
    }
    Ok(removed)
}

pub(super) fn prune(ctx: &Ctx, args: &VolumePruneArgs) -> Result<i32> {
    let filters = parse_filters(&args.filter)?;
    if filters.iter().any(|f| matches!(f, Filter::Dangling(_))) {
        return Err(hinted(
            "\"dangling\" is an invalid volume filter for prune",
            "prune removes unused volumes only; filter by label, name or driver",
        ));
    }
    let store = Store::open(&ctx.paths)?;
    if !args.force {
        let users = volumes::users(&store);
        let doomed: Vec<String> = volumes::list(&store)
            .into_iter()
            .filter(|r| !users.contains_key(&r.name) && matches(r, 0, &filters))
            .map(|r| r.name)
            .collect();
        if doomed.is_empty() {
            return Ok(0);
        }
        let question = format!(
            "WARNING! This will remove all volumes not used by at least one container. The following volumes will be removed:\n{}\nAre you sure you want to continue?",
            doomed.join("\n")
        );
        if !confirm(&question, "-f")? {
            return Ok(0);
        }
    }
    let mapping = IdMapping::for_current_user()?;
    for name in prune_unused(&store, &mapping, &filters)? {
        say!("{name}");
    }
    Ok(0)
}

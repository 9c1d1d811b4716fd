//! The container verbs, one file each: `start`, `stop`, `kill`, `restart`, `rm`, `ps`, `logs`,
//! `wait`, `attach`, `rename`, `top`, `container inspect`, `container prune`. Each reads the
//! container's record through `runtime::state` (which corrects stale state first) and acts on
//! the container's init by its host pid, checked against the start time recorded at spawn.
//! What several verbs share (signalling init, waiting for the recorded exit) lives here.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

use crate::cli::{ContainerExistsArgs, Selection};
use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::runtime::state;
use crate::store::Store;
use crate::store::records::{self, ContainerRecord};

pub mod attach;
pub mod inspect;
pub mod kill;
pub mod logs;
pub mod port;
pub mod prune;
pub mod ps;
pub mod rename;
pub mod restart;
pub mod rm;
pub mod start;
pub mod stop;
pub mod top;
pub mod wait;

/// How long `stop`, `rm -f` and `restart` wait for a monitor to record the exit.
const RECORD_TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(20);

/// Runs `each` for every name; errors are printed and the worst exit code returned, so one
/// missing container does not stop the others (as podman).
fn for_each(names: &[String], mut each: impl FnMut(&str) -> Result<()>) -> i32 {
    let mut code = 0;
    for name in names {
        if let Err(e) = each(name) {
            let c = crate::error::report(&e);
            code = code.max(c);
        }
    }
    code
}

/// The names or ids a lifecycle command acts on: the ids in `--cidfile` files and the names
/// given, or with `--all` / `--filter` / `--latest` the ids of the containers that `keep`
/// (and the filters) accept. Nothing selected is podman's usage error.
fn selected(
    store: &Store,
    select: &Selection,
    keep: impl Fn(&ContainerRecord) -> bool,
) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for file in &select.cidfile {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("reading CIDFile \"{}\"", file.display()))
            .exit_code(EXIT_DEN)?;
        names.extend(text.split_whitespace().map(str::to_string));
    }
    names.extend(select.containers.iter().cloned());
    if select.all || !select.filter.is_empty() || select.latest {
        let filters = select
            .filter
            .iter()
            .map(|f| ps::parse_filter(f))
            .collect::<Result<Vec<_>>>()?;
        let mut records: Vec<ContainerRecord> = state::list(store)
            .into_iter()
            .filter(|r| keep(r) && ps::passes_filters(r, &filters))
            .collect();
        records.sort_by(|a, b| b.created.cmp(&a.created).then(a.id.cmp(&b.id)));
        if select.latest {
            records.truncate(1);
        }
        names.extend(records.into_iter().map(|r| r.id));
        return Ok(names);
    }
    if names.is_empty() {
        return Err(hinted(
            "you must provide at least one name or id",
            "name containers, or use --all",
        ))
        .exit_code(EXIT_DEN);
    }
    Ok(names)
}

/// podman's rule for several names: every one must name a container before any is acted
/// on. Returns the names that do (with `ignore`, the missing ones are left out), or the error
/// of the first that does not.
fn existing(store: &Store, names: Vec<String>, ignore: bool) -> Result<Vec<String>> {
    let mut found = Vec::with_capacity(names.len());
    for name in names {
        match records::resolve(store, &name) {
            Ok(_) => found.push(name),
            Err(e) if ignore && is_missing(&e) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(found)
}

/// `den container exists`: exit 0 when the container exists, 1 when it does not.
pub fn exists(ctx: &Ctx, args: &ContainerExistsArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    Ok(i32::from(
        records::resolve(&store, &args.container).is_err(),
    ))
}

/// Whether `err` is den's "no such container" (a name or id that matches none).
fn is_missing(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|c| c.to_string().ends_with(records::NO_SUCH_CONTAINER))
}

/// Sends `sig` to the container's init, if it still is the process den started.
pub(crate) fn signal_init(record: &ContainerRecord, sig: Signal) -> Result<()> {
    if !state::init_alive(record) {
        return Ok(());
    }
    let pid = record.pid.context("the container has no pid")?;
    match kill(Pid::from_raw(pid), sig) {
        Ok(()) | Err(nix::errno::Errno::ESRCH) => Ok(()),
        Err(e) => Err(e).with_context(|| format!("sending {sig} to container \"{}\"", record.name)),
    }
}

/// Records that the user ends the container (`stop`, `kill`): its monitor does not restart
/// it (podman's StoppedByUser).
pub(crate) fn mark_stopped_by_user(store: &Store, id: &str) -> Result<()> {
    let _lock = records::lock(store, id)?;
    let mut record = records::read(store, id)?;
    if !record.stopped_by_user {
        record.stopped_by_user = true;
        records::write(store, &record)?;
    }
    Ok(())
}

/// Waits until the record no longer says running (the monitor wrote the exit status, or it
/// is found dead), up to `RECORD_TIMEOUT`.
fn wait_recorded(store: &Store, id: &str) -> Result<Option<ContainerRecord>> {
    let deadline = Instant::now() + RECORD_TIMEOUT;
    loop {
        if !records::exists(store, id) {
            return Ok(None); // a `--rm` container: its monitor removed it
        }
        let record = state::load(store, id)?;
        if !record.is_running() || Instant::now() >= deadline {
            return Ok(Some(record));
        }
        std::thread::sleep(POLL);
    }
}

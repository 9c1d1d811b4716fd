//! `den wait`: blocks until containers exit and prints their exit codes.

use std::time::Duration;

use anyhow::{Result, bail};

use super::{existing, for_each};
use crate::cli::WaitArgs;
use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::output::say;
use crate::runtime::state;
use crate::store::Store;
use crate::store::records::{self, State};

/// Waits until the container has exited; its exit code (`None` when it was removed).
pub(super) fn wait_exit(store: &Store, id: &str) -> Result<Option<i32>> {
    loop {
        if !records::exists(store, id) {
            return Ok(None);
        }
        let r = state::load(store, id)?;
        if r.state == State::Exited {
            return Ok(r.exit_code);
        }
        // As podman 4.3: a container that was created and is not starting has stopped.
        if r.state == State::Created && !state::monitor_alive(&r) {
            return Ok(Some(r.exit_code.unwrap_or(0)));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// What `den wait --condition` waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Condition {
    Exited,
    Running,
    Created,
    Removed,
    /// The health check's status (`runtime::health`).
    Healthy,
    Unhealthy,
}

/// podman's condition names: the ones den containers reach, and the ones they never show.
fn parse_condition(text: &str) -> Result<Condition> {
    Ok(match text {
        "exited" | "stopped" => Condition::Exited,
        "running" => Condition::Running,
        "created" | "configured" => Condition::Created,
        "removing" => Condition::Removed,
        "healthy" => Condition::Healthy,
        "unhealthy" => Condition::Unhealthy,
        "paused" | "stopping" | "initialized" => {
            return Err(hinted(
                format!("den containers are never \"{text}\": den has no such state"),
                "wait for exited, stopped, running, created, configured, removing, healthy \
                 or unhealthy",
            ))
            .exit_code(EXIT_DEN);
        }
        _ => {
            return Err(hinted(
                format!("unknown container state: {text}: invalid argument"),
                "podman's states: configured, created, exited, healthy, initialized, paused, \
                 removing, running, stopped, stopping, unhealthy",
            ))
            .exit_code(EXIT_DEN);
        }
    })
}

/// `250ms`, `1s`, `2m`, or a bare number of milliseconds.
fn parse_interval(text: &str) -> Result<Duration> {
    let split = text.find(|c: char| !c.is_ascii_digit() && c != '.');
    let (number, unit) = text.split_at(split.unwrap_or(text.len()));
    let value: f64 = number.parse().map_err(|_| bad_interval(text))?;
    let seconds = match unit {
        "" | "ms" => value / 1000.0,
        "us" | "µs" => value / 1_000_000.0,
        "s" => value,
        "m" => value * 60.0,
        "h" => value * 3600.0,
        _ => return Err(bad_interval(text)),
    };
    Duration::try_from_secs_f64(seconds).map_err(|_| bad_interval(text))
}

fn bad_interval(text: &str) -> anyhow::Error {
    hinted(
        format!("invalid --interval \"{text}\""),
        "give a duration such as 250ms or 1s, or a number of milliseconds",
    )
}

/// Waits until the container meets one of `conditions`; prints its exit code (-1 while it
/// has none, as podman for `running`).
fn wait_for(store: &Store, id: &str, conditions: &[Condition], every: Duration) -> Result<i32> {
    loop {
        if !records::exists(store, id) {
            if conditions.contains(&Condition::Removed) || conditions.contains(&Condition::Exited) {
                return Ok(-1);
            }
            bail!("container {id} was removed while waiting");
        }
        let r = state::load(store, id)?;
        let exited = r.state == State::Exited
            || (r.state == State::Created
                && !state::monitor_alive(&r)
                && !conditions.contains(&Condition::Created));
        let met = conditions.iter().any(|c| match c {
            Condition::Exited => exited,
            Condition::Running => r.state == State::Running,
            Condition::Created => r.state == State::Created,
            Condition::Removed => false,
            Condition::Healthy => health_is(&r, crate::runtime::health::HEALTHY),
            Condition::Unhealthy => health_is(&r, crate::runtime::health::UNHEALTHY),
        });
        if met {
            return Ok(if exited { r.exit_code.unwrap_or(0) } else { -1 });
        }
        std::thread::sleep(every);
    }
}

fn health_is(r: &crate::store::records::ContainerRecord, status: &str) -> bool {
    crate::runtime::health::status_of(r).is_some_and(|s| s == status)
}

/// `den wait`.
pub fn wait(ctx: &Ctx, args: &WaitArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut conditions = args
        .condition
        .iter()
        .map(|c| parse_condition(c))
        .collect::<Result<Vec<_>>>()?;
    if conditions.is_empty() {
        conditions.push(Condition::Exited);
    }
    let every = parse_interval(&args.interval)?;
    let mut names = args.containers.clone();
    if args.latest
        && let Some(newest) = state::list(&store)
            .into_iter()
            .max_by(|a, b| a.created.cmp(&b.created))
    {
        names.push(newest.id);
    }
    let names = existing(&store, names, false)?;
    Ok(for_each(&names, |name| {
        let id = records::resolve(&store, name)?;
        let code = if conditions == [Condition::Exited] {
            wait_exit(&store, &id)?.unwrap_or(-1)
        } else {
            wait_for(&store, &id, &conditions, every)?
        };
        say!("{code}");
        Ok(())
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        assert_eq!(parse_interval("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_interval("100").unwrap(), Duration::from_millis(100));
        assert_eq!(parse_interval("1s").unwrap(), Duration::from_secs(1));
        assert!(parse_interval("soon").is_err());
    }

    #[test]
    fn conditions() {
        assert_eq!(parse_condition("stopped").unwrap(), Condition::Exited);
        assert!(
            parse_condition("bogus")
                .unwrap_err()
                .to_string()
                .contains("unknown container state")
        );
        assert_eq!(parse_condition("healthy").unwrap(), Condition::Healthy);
        assert!(parse_condition("paused").is_err());
    }
}

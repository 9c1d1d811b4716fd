//! `den kill`: a signal to the container's init.

use std::str::FromStr;

use anyhow::Result;
use nix::sys::signal::Signal;

use super::{existing, for_each, selected, signal_init};
use crate::cli::KillArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::output::say;
use crate::runtime::state;
use crate::store::Store;
use crate::store::records::{self, ContainerRecord};

/// `den kill`.
pub fn kill_command(ctx: &Ctx, args: &KillArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let sig = parse_signal(&args.signal)?;
    let names = selected(&store, &args.selection(), ContainerRecord::is_running)?;
    let names = existing(&store, names, false)?;
    Ok(for_each(&names, |name| {
        let id = records::resolve(&store, name)?;
        let record = state::load(&store, &id)?;
        if !state::init_alive(&record) {
            return Err(hinted(
                format!(
                    "can only kill running containers: \"{name}\" is not running (state {})",
                    record.state
                ),
                format!("start it first: den start {name}"),
            ));
        }
        super::mark_stopped_by_user(&store, &id)?;
        signal_init(&record, sig)?;
        crate::events::container(&record, crate::events::Status::Kill);
        say!("{name}");
        Ok(())
    }))
}

/// `KILL`, `SIGKILL`, `kill` or `9`.
pub fn parse_signal(text: &str) -> Result<Signal> {
    if let Ok(n) = text.parse::<i32>() {
        return Signal::try_from(n).map_err(|_| {
            hinted(
                format!("invalid signal: {n}"),
                "valid signals are 1 through 64, or names such as TERM, KILL, HUP",
            )
        });
    }
    let upper = text.to_ascii_uppercase();
    let name = if upper.starts_with("SIG") {
        upper
    } else {
        format!("SIG{upper}")
    };
    Signal::from_str(&name).map_err(|_| {
        hinted(
            format!("invalid signal: {text}"),
            "use a name such as TERM, KILL, HUP, or a number",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals() {
        assert_eq!(parse_signal("KILL").unwrap(), Signal::SIGKILL);
        assert_eq!(parse_signal("sigterm").unwrap(), Signal::SIGTERM);
        assert_eq!(parse_signal("1").unwrap(), Signal::SIGHUP);
        assert!(parse_signal("NOPE").is_err());
    }
}

//! `den events`: prints the store's event log (`crate::events`) through the filters, then,
//! unless `--stream=false`, follows it (a poll every 100 ms; rotation is followed) until
//! SIGINT or SIGTERM, which end it with 0 as podman's, or until `--until` has passed.

use std::fmt::Write as _;
use std::io::Write;
use std::os::fd::AsFd;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use serde_json::{Value, json};

use crate::cli::EventsArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::events::filter::Filters;
use crate::events::log::{Follower, parse_line};
use crate::events::time::{go_string, parse_input_time};
use crate::events::{self, Event};
use crate::output::{self, Template};

const POLL_MS: u16 = 100;

/// How each event is printed.
enum Printer {
    Text,
    Json,
    Template(Template),
}

/// `den events` and `den system events`.
pub fn run(ctx: &Ctx, args: &EventsArgs) -> Result<i32> {
    let filters = Filters::parse(&args.filter)?;
    let now = now_nanos();
    let since = time_arg(args.since.as_deref(), "--since", now, true)?;
    let until = time_arg(args.until.as_deref(), "--until", now, false)?;
    let printer = match args.format.as_deref() {
        None | Some("") => Printer::Text,
        Some("json") => Printer::Json,
        Some(t) => Printer::Template(Template::parse(t)?),
    };
    let path = events::log::path(&ctx.paths.store);
    // Blocked before the first read, so an interrupt during it is not lost either.
    let signals = if args.stream {
        let mut set = SigSet::empty();
        set.add(Signal::SIGINT);
        set.add(Signal::SIGTERM);
        sigprocmask(SigmaskHow::SIG_BLOCK, Some(&set), None).context("blocking SIGINT")?;
        Some(SignalFd::with_flags(&set, SfdFlags::SFD_CLOEXEC).context("creating a signalfd")?)
    } else {
        None
    };
    let mut follower = Follower::new(&path);
    let mut line_no = 0usize;
    loop {
        let lines = follower.poll()?;
        let mut out = output::stdout();
        for line in lines {
            line_no += 1;
            let event = match parse_line(&line) {
                None => continue,
                Some(Ok(e)) => e,
                Some(Err(e)) => {
                    tracing::warn!(
                        "skipping line {line_no} of {}: not an event ({e})",
                        path.display()
                    );
                    continue;
                }
            };
            let t = event.nanos();
            if since.is_some_and(|s| t < s) || until.is_some_and(|u| t > u) {
                continue;
            }
            if filters.matches(&event) {
                print(&mut out, &printer, &event)?;
            }
        }
        out.flush()?;
        drop(out);
        let Some(sfd) = signals.as_ref() else {
            return Ok(0);
        };
        if until.is_some_and(|u| now_nanos() > u) {
            return Ok(0);
        }
        let mut fds = [PollFd::new(sfd.as_fd(), PollFlags::POLLIN)];
        match poll(&mut fds, PollTimeout::from(POLL_MS)) {
            Ok(n) if n > 0 => return Ok(0),
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(e).context("waiting for events"),
        }
    }
}

fn time_arg(text: Option<&str>, flag: &str, now: i128, since: bool) -> Result<Option<i128>> {
    let Some(text) = text else {
        return Ok(None);
    };
    parse_input_time(text, now, since).map(Some).ok_or_else(|| {
        hinted(
            format!("{flag}: unable to interpret time value \"{text}\""),
            "give an RFC 3339 time (2024-01-02T15:04:05Z), a date, unix seconds, or a \
             duration such as 10m",
        )
    })
}

fn now_nanos() -> i128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i128)
}

fn print(out: &mut impl Write, printer: &Printer, event: &Event) -> Result<()> {
    match printer {
        Printer::Text => writeln!(out, "{}", text_line(event))?,
        Printer::Json => writeln!(out, "{}", serde_json::to_string(event)?)?,
        Printer::Template(t) => writeln!(out, "{}", t.render(&template_data(event))?)?,
    }
    Ok(())
}

/// podman's line: `TIME TYPE STATUS ID (image=IMAGE, name=NAME, LABEL=VALUE...)` for a
/// container, `TIME TYPE STATUS ID NAME` for others.
pub fn text_line(e: &Event) -> String {
    let time = go_string(e.nanos());
    if e.kind == "container" {
        let mut line = format!(
            "{time} {} {} {} (image={}, name={}",
            e.kind, e.status, e.id, e.image, e.name
        );
        if !e.health_status.is_empty() {
            let _ = write!(line, ", health_status={}", e.health_status);
        }
        for (k, v) in e.attributes.iter().flatten() {
            let _ = write!(line, ", {k}={v}");
        }
        line.push(')');
        line
    } else {
        format!("{time} {} {} {} {}", e.kind, e.status, e.id, e.name)
    }
}

/// The fields a `--format` template sees (podman's Event: `.Time` printed as Go prints a
/// time).
fn template_data(e: &Event) -> Value {
    json!({
        "ID": e.id,
        "Image": e.image,
        "Name": e.name,
        "Status": e.status,
        "Time": go_string(e.nanos()),
        "TimeNano": e.nanos().to_string(),
        "Type": e.kind,
        "Attributes": e.attributes,
        "ContainerExitCode": e.exit_code,
        "HealthStatus": e.health_status,
        "Network": "",
        "PodID": "",
        "Details": {"PodID": "", "Attributes": e.attributes},
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn text_lines_as_podman() {
        let e = Event {
            id: "6a51".into(),
            image: "localhost/busybox:latest".into(),
            name: "t1".into(),
            status: "start".into(),
            time: "2026-12-02T19:44:43.48480462Z".into(),
            kind: "container".into(),
            attributes: Some(BTreeMap::from([("a".into(), "b".into())])),
            ..Event::default()
        };
        assert_eq!(
            text_line(&e),
            "2026-12-02 19:44:43.48480462 +0000 UTC container start 6a51 \
             (image=localhost/busybox:latest, name=t1, a=b)"
        );
        let pull = Event {
            name: "busybox".into(),
            status: "pull".into(),
            time: "2026-12-02T19:44:43Z".into(),
            kind: "image".into(),
            ..Event::default()
        };
        assert_eq!(
            text_line(&pull),
            "2026-12-02 19:44:43 +0000 UTC image pull  busybox"
        );
    }

    #[test]
    fn templates_see_podman_fields() {
        let e = Event {
            id: "abc".into(),
            status: "died".into(),
            time: "2026-12-02T19:44:43Z".into(),
            kind: "container".into(),
            exit_code: 137,
            ..Event::default()
        };
        let t = Template::parse("{{.Status}} {{.Type}} {{.ContainerExitCode}} {{.Time}}").unwrap();
        assert_eq!(
            t.render(&template_data(&e)).unwrap(),
            "died container 137 2026-12-02 19:44:43 +0000 UTC"
        );
    }
}

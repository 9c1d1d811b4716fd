//! `den ps`: the containers as a table (podman's columns), ids, or JSON.

use std::io::Write as _;

use anyhow::Result;

use crate::cli::{Format, PsArgs};
use crate::config::Ctx;
use crate::error::hinted;
use crate::output::{self, format_table, human_duration, say};
use crate::runtime::state;
use crate::store::Store;
use crate::store::records::{self, ContainerRecord, State};
use crate::store::time::now_unix;

/// `den ps`.
pub fn ps(ctx: &Ctx, args: &PsArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let filters = args
        .filter
        .iter()
        .map(|f| parse_filter(f))
        .collect::<Result<Vec<_>>>()?;
    let mut records: Vec<ContainerRecord> = state::list(&store)
        .into_iter()
        .filter(|r| {
            args.all
                || args.latest
                || args.last.is_some()
                || r.is_running()
                || filters.iter().any(|(k, _)| k == "status")
        })
        .filter(|r| passes_filters(r, &filters))
        .collect();
    records.sort_by(|a, b| b.created.cmp(&a.created).then(a.id.cmp(&b.id)));
    if let Some(n) = args.last.or(args.latest.then_some(1)) {
        records.truncate(n);
    }
    let now = now_unix();
    if args.quiet {
        for r in &records {
            say!("{}", if args.no_trunc { &r.id } else { r.short_id() });
        }
        return Ok(0);
    }
    if args.format == Format::Json {
        let list: Vec<serde_json::Value> = records.iter().map(|r| ps_json(r, now)).collect();
        output::print_json(&list)?;
        return Ok(0);
    }
    let mut rows = vec![[
        "CONTAINER ID".to_string(),
        "IMAGE".into(),
        "COMMAND".into(),
        "CREATED".into(),
        "STATUS".into(),
        "PORTS".into(),
        "NAMES".into(),
    ]];
    for r in &records {
        let command = r.command.join(" ");
        let command = if args.no_trunc || command.chars().count() <= 20 {
            command
        } else {
            format!("{}...", command.chars().take(17).collect::<String>())
        };
        let created = records::unix_time(Some(&r.created)).unwrap_or(now);
        rows.push([
            if args.no_trunc {
                r.id.clone()
            } else {
                r.short_id().to_string()
            },
            r.image.clone(),
            command,
            format!("{} ago", human_duration(now - created)),
            status_text(r, now),
            String::new(),
            r.name.clone(),
        ]);
    }
    write!(output::stdout(), "{}", format_table(&rows))?;
    Ok(0)
}

pub(super) fn parse_filter(text: &str) -> Result<(String, String)> {
    let Some((key, value)) = text.split_once('=') else {
        return Err(hinted(
            format!("invalid filter \"{text}\""),
            "filters are KEY=VALUE: name=, id=, status=",
        ));
    };
    match key {
        "name" | "id" => {}
        "status" => {
            if !["created", "running", "exited"].contains(&value) {
                return Err(hinted(
                    format!("invalid status filter \"{value}\""),
                    "status is one of created, running, exited",
                ));
            }
        }
        _ => {
            return Err(hinted(
                format!("unknown filter \"{key}\""),
                "den ps filters by name=, id=, status=",
            ));
        }
    }
    Ok((key.to_string(), value.to_string()))
}

/// podman's rule: filters on one key match if any of their values does; all keys must match.
pub(super) fn passes_filters(r: &ContainerRecord, filters: &[(String, String)]) -> bool {
    filters.iter().all(|(key, _)| {
        filters
            .iter()
            .filter(|(k, _)| k == key)
            .any(|(k, v)| matches_filter(r, k, v))
    })
}

fn matches_filter(r: &ContainerRecord, key: &str, value: &str) -> bool {
    match key {
        "name" => r.name.contains(value),
        "id" => r.id.starts_with(value),
        "status" => r.state.as_str() == value,
        _ => false,
    }
}

fn ps_json(r: &ContainerRecord, now: i64) -> serde_json::Value {
    serde_json::json!({
        "Id": r.id,
        "Names": [r.name],
        "Image": r.image,
        "ImageID": r.image_id.as_deref().unwrap_or_default().trim_start_matches("sha256:"),
        "Command": r.command,
        "Created": records::unix_time(Some(&r.created)).unwrap_or(0),
        "CreatedAt": r.created,
        "State": r.state,
        "Status": status_text(r, now),
        "Exited": r.state == State::Exited,
        "ExitCode": r.exit_code.unwrap_or(0),
        "Pid": r.pid.unwrap_or(0),
        "StartedAt": records::unix_time(r.started.as_deref()).unwrap_or(0),
        "ExitedAt": records::unix_time(r.finished.as_deref()).unwrap_or(0),
    })
}

/// The STATUS column of `den ps`, in podman's words ("Up 5 minutes ago").
fn status_text(record: &ContainerRecord, now: i64) -> String {
    match record.state {
        State::Running => {
            let since = records::unix_time(record.started.as_deref()).unwrap_or(now);
            format!("Up {} ago", human_duration(now - since))
        }
        State::Exited => {
            let at = records::unix_time(record.finished.as_deref()).unwrap_or(now);
            let code = record
                .exit_code
                .map_or_else(|| "unknown".to_string(), |c| c.to_string());
            format!("Exited ({code}) {} ago", human_duration(now - at))
        }
        State::Created => "Created".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_column() {
        use crate::store::time::format_rfc3339;
        let mut r = records::tests_record();
        assert_eq!(status_text(&r, 0), "Created");
        r.state = State::Running;
        r.started = Some(format_rfc3339(1000));
        assert_eq!(status_text(&r, 1005), "Up 5 seconds ago");
        r.set_exited(Some(0));
        r.finished = Some(format_rfc3339(1000));
        assert_eq!(status_text(&r, 1003), "Exited (0) 3 seconds ago");
    }

    // ps had its own duration table ("About an hour" up to 7199 s) while images rounded hours
    // as go-units does: `den images` said "2 hours" and `den ps` "About an hour" for 5400 s.
    #[test]
    fn ps_and_images_agree_on_5400_seconds() {
        use crate::store::time::format_rfc3339;
        let mut r = records::tests_record();
        r.state = State::Running;
        r.started = Some(format_rfc3339(1000));
        assert_eq!(status_text(&r, 6400), "Up 2 hours ago");
        assert_eq!(human_duration(5400), "2 hours");
    }

    #[test]
    fn filters() {
        assert!(parse_filter("status=running").is_ok());
        assert!(parse_filter("status=up").is_err());
        assert!(parse_filter("color=red").is_err());
        let mut r = records::tests_record();
        r.name = "web".into();
        r.state = State::Exited;
        let f = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
                .collect()
        };
        assert!(passes_filters(
            &r,
            &f(&[("status", "running"), ("status", "exited")])
        ));
        assert!(!passes_filters(
            &r,
            &f(&[("status", "exited"), ("name", "db")])
        ));
        assert!(passes_filters(&r, &f(&[("name", "db"), ("name", "we")])));
    }
}

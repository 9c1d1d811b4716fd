//! `den images`: podman's table (REPOSITORY TAG IMAGE ID CREATED SIZE), `-q`, `--no-trunc`,
//! `--format json`, and an optional name filter.

use std::fmt::Write as _;
use std::io::{self, Write};

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::{Format, ImagesArgs};
use crate::config::Ctx;
use crate::image::reference::{Reference, name_matches, split_name};
use crate::store::index::ImageRecord;
use crate::store::{Store, time};

pub fn run(ctx: &Ctx, args: &ImagesArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut images = store.images()?;
    let filter = args.name.as_deref().map(Reference::parse).transpose()?;
    let filter_has_tag = args
        .name
        .as_deref()
        .is_some_and(|n| n.contains('@') || split_name(n).1.is_some());
    // Newest first, as podman.
    images.sort_by_key(|i| std::cmp::Reverse(created_unix(i)));
    let now = time::now_unix();

    // One row per name (or one `<none>` row), filtered.
    let mut rows: Vec<(&ImageRecord, Option<&str>)> = Vec::new();
    for image in &images {
        if let Some(reference) = &filter {
            for name in &image.names {
                let mut want = reference.clone();
                if !filter_has_tag {
                    want.tag = split_name(name).1.map(str::to_string);
                }
                if name_matches(&want, name, Some(&image.manifest)) {
                    rows.push((image, Some(name)));
                }
            }
        } else if image.names.is_empty() {
            rows.push((image, None));
        } else {
            rows.extend(image.names.iter().map(|n| (image, Some(n.as_str()))));
        }
    }

    let mut out = io::stdout().lock();
    let id_of = |i: &ImageRecord| {
        if args.no_trunc {
            format!("sha256:{}", i.id)
        } else {
            i.id[..12].to_string()
        }
    };
    if args.quiet {
        let mut seen = Vec::new();
        for (image, _) in &rows {
            if !seen.contains(&image.id) {
                seen.push(image.id.clone());
                writeln!(out, "{}", id_of(image))?;
            }
        }
        return Ok(0);
    }
    if args.format == Format::Json {
        let users = store.containers_by_image();
        let mut seen = Vec::new();
        let mut list = Vec::new();
        for (image, _) in &rows {
            if seen.contains(&image.id) {
                continue;
            }
            seen.push(image.id.clone());
            let labels = store
                .image_from_record(image)
                .ok()
                .and_then(|i| i.config.config().as_ref()?.labels().clone());
            let containers = users.iter().filter(|(id, _)| *id == image.id).count();
            list.push(image_json(image, labels.as_ref(), containers));
        }
        serde_json::to_writer_pretty(&mut out, &Value::Array(list))?;
        writeln!(out)?;
        return Ok(0);
    }
    let mut table = vec![[
        "REPOSITORY".to_string(),
        "TAG".to_string(),
        "IMAGE ID".to_string(),
        "CREATED".to_string(),
        "SIZE".to_string(),
    ]];
    for (image, name) in &rows {
        let (repo, tag) = match name {
            Some(n) => {
                let (repo, tag, _) = split_name(n);
                (repo.to_string(), tag.unwrap_or("<none>").to_string())
            }
            None => ("<none>".to_string(), "<none>".to_string()),
        };
        let created = created_unix(image).map_or_else(
            || "unknown".to_string(),
            |t| human_duration(now - t) + " ago",
        );
        table.push([repo, tag, id_of(image), created, human_size(image.size)]);
    }
    let widths: Vec<usize> = (0..5)
        .map(|c| table.iter().map(|r| r[c].len()).max().unwrap_or(0))
        .collect();
    for row in table {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c == 4 {
                line.push_str(cell);
            } else {
                let _ = write!(line, "{cell:<width$}  ", width = widths[c]);
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(0)
}

fn created_unix(image: &ImageRecord) -> Option<i64> {
    image
        .created
        .as_deref()
        .and_then(time::parse_rfc3339)
        .or_else(|| time::parse_rfc3339(&image.stored))
}

/// podman's `images --format json` object for one image.
fn image_json(
    image: &ImageRecord,
    labels: Option<&std::collections::HashMap<String, String>>,
    containers: usize,
) -> Value {
    let created = created_unix(image).unwrap_or(0);
    let mut repo_digests: Vec<String> = image
        .names
        .iter()
        .map(|n| format!("{}@{}", split_name(n).0, image.manifest))
        .collect();
    repo_digests.dedup();
    json!({
        "Id": image.id,
        "ParentId": "",
        "RepoTags": null,
        "RepoDigests": repo_digests,
        "Size": image.size,
        "SharedSize": 0,
        "VirtualSize": image.size,
        "Labels": labels,
        "Containers": containers,
        "Names": image.names,
        "Digest": image.manifest,
        "History": image.names,
        "Created": created,
        "CreatedAt": time::format_rfc3339(created),
    })
}

/// docker/go-units HumanDuration.
pub(crate) fn human_duration(secs: i64) -> String {
    let secs = secs.max(0);
    let minutes = secs / 60;
    let hours = (secs + 1800) / 3600;
    match secs {
        0 => "Less than a second".into(),
        1 => "1 second".into(),
        s if s < 60 => format!("{s} seconds"),
        _ if minutes == 1 => "About a minute".into(),
        _ if minutes < 60 => format!("{minutes} minutes"),
        _ if hours == 1 => "About an hour".into(),
        _ if hours < 48 => format!("{hours} hours"),
        _ if hours < 24 * 7 * 2 => format!("{} days", hours / 24),
        _ if hours < 24 * 30 * 2 => format!("{} weeks", hours / 24 / 7),
        _ if hours < 24 * 365 * 2 => format!("{} months", hours / 24 / 30),
        _ => format!("{} years", secs / 3600 / 24 / 365),
    }
}

/// go-units HumanSizeWithPrecision(size, 3), podman's SIZE column: decimal units, three
/// significant digits.
pub(crate) fn human_size(size: u64) -> String {
    const UNITS: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    #[allow(clippy::cast_precision_loss)] // three significant digits are shown
    let mut value = size as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    let decimals = if value >= 100.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    let mut text = format!("{value:.decimals$}");
    if text.contains('.') {
        text = text.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    format!("{text} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_like_podman() {
        assert_eq!(human_size(0), "0 B");
        assert_eq!(human_size(999), "999 B");
        assert_eq!(human_size(2_129_920), "2.13 MB");
        assert_eq!(human_size(4_000_000), "4 MB");
        assert_eq!(human_size(170_373_120), "170 MB");
        assert_eq!(human_size(12_340), "12.3 kB");
    }

    #[test]
    fn durations_like_docker() {
        assert_eq!(human_duration(30), "30 seconds");
        assert_eq!(human_duration(90), "About a minute");
        assert_eq!(human_duration(3600), "About an hour");
        assert_eq!(human_duration(5 * 3600), "5 hours");
        assert_eq!(human_duration(3 * 86400), "3 days");
        assert_eq!(human_duration(20 * 86400), "2 weeks");
        assert_eq!(human_duration(100 * 86400), "3 months");
        assert_eq!(human_duration(800 * 86400), "2 years");
    }
}

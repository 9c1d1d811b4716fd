//! `den system df` and `den system prune` (`system reset` is in `system_reset`). df: podman's summary of disk use (TYPE TOTAL ACTIVE SIZE RECLAIMABLE) for
//! images, containers and local volumes; `-v` lists each; `--format json`.
//!
//! Images: an unpacked layer counts once however many images share it; an image is active
//! when a container uses it; what no active image needs is reclaimable. Containers: their
//! writable layers; active when running. Volumes: their data; a volume
//! is active when a container's record mounts it, and an inactive one is reclaimable.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::{SystemCommand, SystemDfArgs, SystemPruneArgs};
use crate::config::Ctx;
use crate::identity::idmap::IdMapping;
use crate::output::units::SizeStyle;
use crate::output::{format_table, human_duration, human_size};
use crate::store::index::ImageRecord;
use crate::store::{Store, records, time};

pub fn run(ctx: &Ctx, command: SystemCommand) -> Result<i32> {
    match command {
        SystemCommand::Df(args) => df(ctx, &args),
        SystemCommand::Prune(args) => prune(ctx, &args),
        SystemCommand::Check(args) => crate::commands::system_check::run(ctx, &args),
        SystemCommand::Reset(args) => crate::commands::system_reset::run(ctx, &args),
        SystemCommand::Events(args) => crate::commands::events::run(ctx, &args),
    }
}

/// `den system prune`: stopped containers, then dangling (with `-a`: unused) images, then
/// with `--volumes` the volumes no container mounts; prints what went, as podman does.
fn prune(ctx: &Ctx, args: &SystemPruneArgs) -> Result<i32> {
    if !args.force {
        let images = if args.all {
            "all images not used by at least one container"
        } else {
            "all dangling images"
        };
        let volumes = if args.volumes {
            "\n        - all volumes not used by at least one container"
        } else {
            ""
        };
        eprint!(
            "WARNING! This command removes:\n        - all stopped containers\n        - {images}{volumes}\n\nAre you sure you want to continue? [y/N] "
        );
        let mut answer = String::new();
        io::stdin().read_line(&mut answer).ok();
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "Yes") {
            return Ok(0);
        }
    }
    let store = Store::open(&ctx.paths)?;
    let mapping = IdMapping::for_current_user()?;
    let before = total_size(&store);
    let (containers, code) = crate::commands::container::prune::prune_stopped(&store);
    let images = crate::store::prune::prune_images(&store, &mapping, args.all)?;
    let volumes = if args.volumes {
        prune_volumes(&store, &mapping)?
    } else {
        Vec::new()
    };
    let mut out = crate::output::stdout();
    for (title, ids) in [
        ("Deleted Containers", &containers),
        ("Deleted Images", &images),
        ("Deleted Volumes", &volumes),
    ] {
        if !ids.is_empty() {
            writeln!(out, "{title}")?;
            for id in ids {
                writeln!(out, "{id}")?;
            }
        }
    }
    let reclaimed = before.saturating_sub(total_size(&store));
    writeln!(
        out,
        "Total reclaimed space: {}",
        human_size(reclaimed, SizeStyle::Df)
    )?;
    Ok(code)
}

/// Bytes in the store's layers, containers and volumes (hard links counted once).
fn total_size(store: &Store) -> u64 {
    let mut seen = HashSet::new();
    ["layers", "containers", "volumes", "blobs"]
        .iter()
        .map(|d| disk_size(&store.root().join(d), &mut seen))
        .sum()
}

/// Removes the volumes no container uses; returns their names.
fn prune_volumes(store: &Store, mapping: &IdMapping) -> Result<Vec<String>> {
    crate::commands::volume::prune_unused(store, mapping, &[])
}

/// One line of the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub kind: &'static str,
    pub total: usize,
    pub active: usize,
    pub size: u64,
    pub reclaimable: u64,
}

/// Image totals: unique layers counted once. Pure.
pub fn image_summary<S: std::hash::BuildHasher>(
    images: &[ImageRecord],
    in_use: &HashSet<String, S>,
) -> Summary {
    let mut all_layers: HashMap<&str, u64> = HashMap::new();
    let mut active_layers: HashSet<&str> = HashSet::new();
    for image in images {
        for layer in &image.layers {
            all_layers.insert(&layer.diff_id, layer.unpacked_size);
            if in_use.contains(&image.id) {
                active_layers.insert(&layer.diff_id);
            }
        }
    }
    let size: u64 = all_layers.values().sum();
    let active_size: u64 = active_layers.iter().map(|l| all_layers[l]).sum();
    Summary {
        kind: "Images",
        total: images.len(),
        active: images.iter().filter(|i| in_use.contains(&i.id)).count(),
        size,
        reclaimable: size - active_size,
    }
}

/// Bytes of the files under `path` (what can be read: a container's files owned by
/// subordinate ids in unreadable directories are left out), hard links counted once.
pub(crate) fn disk_size(path: &Path, seen: &mut HashSet<(u64, u64)>) -> u64 {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return 0;
    };
    if meta.nlink() > 1 && !meta.is_dir() && !seen.insert((meta.dev(), meta.ino())) {
        return 0;
    }
    let mut size = if meta.is_dir() { 0 } else { meta.len() };
    if meta.is_dir()
        && let Ok(entries) = fs::read_dir(path)
    {
        for entry in entries.flatten() {
            size += disk_size(&entry.path(), seen);
        }
    }
    size
}

/// A container directory as df needs it.
struct ContainerUse {
    id: String,
    /// The image's short id (podman's IMAGE column here), else its name.
    image: String,
    command: String,
    name: String,
    /// How many volumes it mounts.
    volumes: usize,
    state: String,
    created: String,
    size: u64,
}

fn containers(store: &Store) -> Vec<ContainerUse> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(store.containers_dir()) else {
        return out;
    };
    for entry in entries.flatten() {
        let id = entry.file_name().to_string_lossy().into_owned();
        let record = records::read(store, &id).ok();
        // podman's size of a container is its writable layer's.
        let size = disk_size(&entry.path().join("upper"), &mut HashSet::new());
        out.push(ContainerUse {
            image: record.as_ref().map_or_else(String::new, |r| {
                r.image_id.as_deref().map_or_else(
                    || r.image.clone(),
                    |i| i.trim_start_matches("sha256:").chars().take(12).collect(),
                )
            }),
            command: record
                .as_ref()
                .map_or_else(String::new, |r| r.command.join(" ")),
            name: record.as_ref().map_or_else(String::new, |r| r.name.clone()),
            volumes: record
                .as_ref()
                .and_then(|r| r.plan.as_ref())
                .map_or(0, |p| {
                    p.mounts.iter().filter(|m| m.volume().is_some()).count()
                }),
            state: record
                .as_ref()
                .map_or("unknown", |r| r.state.as_str())
                .to_string(),
            created: record.as_ref().map_or("", |r| &r.created).to_string(),
            id,
            size,
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn reclaimable_text(s: &Summary) -> String {
    #[allow(clippy::cast_precision_loss)]
    let percent = if s.size > 0 {
        (s.reclaimable as f64 / s.size as f64 * 100.0).round() as u64
    } else {
        0
    };
    format!("{} ({percent}%)", human_size(s.reclaimable, SizeStyle::Df))
}

/// podman's `system df` table and the headers of its template fields.
const DF_LISTING: crate::output::Listing = crate::output::Listing {
    name: "df",
    default: "{{.Type}}\t{{.Total}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}",
    headers: &[
        ("Active", "ACTIVE"),
        ("RawReclaimable", "RAW RECLAIMABLE"),
        ("RawSize", "RAW SIZE"),
        ("Reclaimable", "RECLAIMABLE"),
        ("Size", "SIZE"),
        ("Total", "TOTAL"),
        ("Type", "TYPE"),
    ],
};

fn df(ctx: &Ctx, args: &SystemDfArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let images = store.images()?;
    let containers = containers(&store);
    let in_use: HashSet<String> = store
        .containers_by_image()
        .into_iter()
        .map(|(image, _)| image)
        .collect();
    let image_line = image_summary(&images, &in_use);
    let running = |c: &ContainerUse| c.state == "running";
    let container_size: u64 = containers.iter().map(|c| c.size).sum();
    let container_line = Summary {
        kind: "Containers",
        total: containers.len(),
        active: containers.iter().filter(|c| running(c)).count(),
        size: container_size,
        reclaimable: containers
            .iter()
            .filter(|c| !running(c))
            .map(|c| c.size)
            .sum(),
    };
    let users = crate::store::volumes::users(&store);
    // (name, containers using it, size)
    let volumes: Vec<(String, usize, u64)> = crate::store::volumes::list(&store)
        .into_iter()
        .map(|r| {
            let size = disk_size(
                &crate::store::volumes::data_dir(&store, &r.name),
                &mut HashSet::new(),
            );
            let links = users.get(&r.name).map_or(0, Vec::len);
            (r.name, links, size)
        })
        .collect();
    let volume_size = volumes.iter().map(|v| v.2).sum();
    let volume_line = Summary {
        kind: "Local Volumes",
        total: volumes.len(),
        active: volumes.iter().filter(|v| v.1 > 0).count(),
        size: volume_size,
        reclaimable: volumes.iter().filter(|v| v.1 == 0).map(|v| v.2).sum(),
    };
    let lines = [image_line, container_line, volume_line];
    let mut out = crate::output::stdout();
    let shape = match args.format.as_deref() {
        Some(f) => Some(crate::output::parse_format(Some(f), &DF_LISTING)?),
        None => None,
    };
    if let Some(shape) = shape.as_ref().filter(|s| !s.is_json() && !args.verbose) {
        let rows: Vec<Value> = lines
            .iter()
            .map(|s| {
                json!({
                    "Type": s.kind,
                    "Total": s.total,
                    "Active": s.active,
                    "Size": human_size(s.size, SizeStyle::Df),
                    "Reclaimable": reclaimable_text(s),
                    "RawSize": s.size,
                    "RawReclaimable": s.reclaimable,
                })
            })
            .collect();
        crate::output::print_rows(shape, &rows, &DF_LISTING, false)?;
        return Ok(0);
    }
    if shape.as_ref().is_some_and(crate::output::Shape::is_json) {
        let list: Vec<Value> = lines
            .iter()
            .map(|s| {
                json!({
                    "Type": s.kind,
                    "Total": s.total,
                    "Active": s.active,
                    "Size": human_size(s.size, SizeStyle::Df),
                    "Reclaimable": reclaimable_text(s),
                    "RawSize": s.size,
                    "RawReclaimable": s.reclaimable,
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &list)?;
        writeln!(out)?;
        return Ok(0);
    }
    if args.verbose {
        let now = time::now_unix();
        let ago = |t: Option<i64>| t.map_or_else(|| "unknown".into(), |t| human_duration(now - t));
        writeln!(out, "Images space usage:\n")?;
        let mut rows = vec![[
            "REPOSITORY".to_string(),
            "TAG".to_string(),
            "IMAGE ID".to_string(),
            "CREATED".to_string(),
            "SIZE".to_string(),
            "SHARED SIZE".to_string(),
            "UNIQUE SIZE".to_string(),
            "CONTAINERS".to_string(),
        ]];
        let mut layer_users: HashMap<&str, usize> = HashMap::new();
        for image in &images {
            for layer in &image.layers {
                *layer_users.entry(layer.diff_id.as_str()).or_default() += 1;
            }
        }
        let users = store.containers_by_image();
        for image in &images {
            let count = users.iter().filter(|(id, _)| *id == image.id).count();
            let created = image.created.as_deref().and_then(time::parse_rfc3339);
            let shared: u64 = image
                .layers
                .iter()
                .filter(|l| layer_users.get(l.diff_id.as_str()).copied().unwrap_or(0) > 1)
                .map(|l| l.unpacked_size)
                .sum();
            let names: Vec<(String, String)> = if image.names.is_empty() {
                vec![("<none>".into(), "<none>".into())]
            } else {
                image
                    .names
                    .iter()
                    .map(|n| {
                        let (repo, tag, _) = crate::image::reference::split_name(n);
                        (repo.to_string(), tag.unwrap_or("<none>").to_string())
                    })
                    .collect()
            };
            for (repo, tag) in names {
                rows.push([
                    repo,
                    tag,
                    image.id[..12].to_string(),
                    ago(created),
                    human_size(image.size, SizeStyle::Df),
                    human_size(shared, SizeStyle::Df),
                    human_size(image.size.saturating_sub(shared), SizeStyle::Df),
                    count.to_string(),
                ]);
            }
        }
        write!(out, "{}", format_table(&rows))?;
        writeln!(out, "\nContainers space usage:\n")?;
        let mut rows = vec![[
            "CONTAINER ID".to_string(),
            "IMAGE".to_string(),
            "COMMAND".to_string(),
            "LOCAL VOLUMES".to_string(),
            "SIZE".to_string(),
            "CREATED".to_string(),
            "STATUS".to_string(),
            "NAMES".to_string(),
        ]];
        for c in &containers {
            rows.push([
                c.id.chars().take(12).collect(),
                c.image.clone(),
                c.command.clone(),
                c.volumes.to_string(),
                human_size(c.size, SizeStyle::Df),
                ago(time::parse_rfc3339(&c.created)),
                c.state.clone(),
                c.name.clone(),
            ]);
        }
        write!(out, "{}", format_table(&rows))?;
        writeln!(out, "\nLocal Volumes space usage:\n")?;
        let mut rows = vec![[
            "VOLUME NAME".to_string(),
            "LINKS".to_string(),
            "SIZE".to_string(),
        ]];
        for (name, links, size) in &volumes {
            rows.push([
                name.clone(),
                links.to_string(),
                human_size(*size, SizeStyle::Df),
            ]);
        }
        write!(out, "{}", format_table(&rows))?;
        return Ok(0);
    }
    let mut rows = vec![[
        "TYPE".to_string(),
        "TOTAL".to_string(),
        "ACTIVE".to_string(),
        "SIZE".to_string(),
        "RECLAIMABLE".to_string(),
    ]];
    for s in &lines {
        rows.push([
            s.kind.to_string(),
            s.total.to_string(),
            s.active.to_string(),
            human_size(s.size, SizeStyle::Df),
            reclaimable_text(s),
        ]);
    }
    write!(out, "{}", format_table(&rows))?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::index::LayerRecord;

    fn rec(id: char, layers: &[(char, u64)]) -> ImageRecord {
        ImageRecord {
            id: id.to_string().repeat(64),
            names: Vec::new(),
            manifest: String::new(),
            manifest_media_type: String::new(),
            config: String::new(),
            layers: layers
                .iter()
                .map(|(c, size)| LayerRecord {
                    digest: String::new(),
                    size: 0,
                    media_type: String::new(),
                    diff_id: c.to_string(),
                    unpacked_size: *size,
                })
                .collect(),
            created: None,
            stored: String::new(),
            size: layers.iter().map(|l| l.1).sum(),
        }
    }

    #[test]
    fn shared_layers_count_once_and_active_ones_are_not_reclaimable() {
        let images = [rec('a', &[('1', 100), ('2', 10)]), rec('b', &[('1', 100)])];
        let none = HashSet::new();
        let s = image_summary(&images, &none);
        assert_eq!((s.total, s.active, s.size, s.reclaimable), (2, 0, 110, 110));
        let used: HashSet<String> = ["b".repeat(64)].into();
        let s = image_summary(&images, &used);
        assert_eq!((s.active, s.reclaimable), (1, 10));
        assert_eq!(reclaimable_text(&s), "10B (9%)");
    }
}

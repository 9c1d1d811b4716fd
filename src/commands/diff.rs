//! `den diff`: the files a container added, changed and deleted against its image, read from
//! its writable layer inside den's user namespace (podman's output: `A /path` lines, or
//! `--format json`).

use std::fs;

use anyhow::{Context, Result};
use serde_json::json;

use crate::cli::{DiffArgs, Format};
use crate::config::Ctx;
use crate::error::hinted;
use crate::identity::idmap::IdMapping;
use crate::identity::userns::run_in_store_ns;
use crate::runtime::state;
use crate::store::Store;
use crate::store::container_fs::{ChangeKind, changes};
use crate::store::containers::FsContainer;

pub fn run(ctx: &Ctx, args: &DiffArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let container = FsContainer::from_record(&store, state::find(&store, &args.container)?);
    if container.is_vfs() {
        return Err(hinted(
            format!(
                "container {} uses the vfs storage driver: den cannot list its changes",
                container.shown()
            ),
            "den export gives its whole filesystem",
        ));
    }
    let layers = container.layers(&store)?;
    let mapping = IdMapping::for_current_user()?;
    // The namespace helper hands the list back through a file of ours.
    let report = tempfile::Builder::new()
        .prefix("blob-diff-")
        .tempfile_in(store.tmp_dir())
        .context("creating a temp file")?;
    let report_path = report.path().to_path_buf();
    run_in_store_ns(&mapping, move || {
        let list = changes(&layers)?;
        let lines: Vec<String> = list
            .iter()
            .map(|(p, k)| format!("{} {p}", k.letter()))
            .collect();
        fs::write(&report_path, serde_json::to_vec(&lines)?)
            .with_context(|| format!("writing \"{}\"", report_path.display()))
    })
    .with_context(|| format!("reading the changes of container {}", container.shown()))?;
    let lines: Vec<String> =
        serde_json::from_slice(&fs::read(report.path()).context("reading the changes")?)
            .context("reading the changes")?;
    match args.format {
        Format::Table => {
            for line in &lines {
                crate::output::say!("{line}");
            }
        }
        Format::Json => {
            let pick = |kind: ChangeKind| -> Vec<&str> {
                lines
                    .iter()
                    .filter(|l| l.starts_with(kind.letter()))
                    .map(|l| &l[2..])
                    .collect()
            };
            let mut out = serde_json::Map::new();
            for (key, kind) in [
                ("changed", ChangeKind::Changed),
                ("added", ChangeKind::Added),
                ("deleted", ChangeKind::Deleted),
            ] {
                let paths = pick(kind);
                if !paths.is_empty() {
                    out.insert(key.into(), json!(paths));
                }
            }
            crate::output::print_json(&out)?;
        }
    }
    Ok(0)
}

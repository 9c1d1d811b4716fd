//! `den shell --export BIN` (a wrapper on the host's PATH that runs BIN in the toolbox, as
//! distrobox-export) and `den shell --list`.

use std::path::Path;

use anyhow::{Context, Result, bail};

use super::create::quote;
use super::{LABEL_TOOLBOX, Toolbox};
use crate::config::Ctx;
use crate::error::hinted;
use crate::store::Store;
use crate::store::records;

/// The line that marks a wrapper as den's (one den may overwrite).
const MARKER: &str = "# made by den shell --export";

/// Writes ~/.local/bin/BIN after checking BIN exists in the toolbox.
pub fn write(ctx: &Ctx, toolbox: &Toolbox, id: &str, bin: &str, home: &Path) -> Result<i32> {
    if bin.is_empty() || bin.contains('/') || bin.starts_with('.') {
        bail!("--export \"{bin}\": name a program (no '/'), as found on the toolbox's PATH");
    }
    let probe = format!("command -v {} >/dev/null", quote(bin));
    if super::exec_apart(ctx, id, &[], &probe)? != 0 {
        return Err(hinted(
            format!(
                "there is no program \"{bin}\" in the toolbox \"{}\"",
                toolbox.name
            ),
            "install it first (packages in den.toml, or sudo apt-get install ... inside)",
        ));
    }
    let dir = home.join(".local/bin");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating \"{}\"", dir.display()))?;
    let path = dir.join(bin);
    if let Ok(old) = std::fs::read_to_string(&path)
        && !old.contains(MARKER)
    {
        return Err(hinted(
            format!(
                "\"{}\" exists and is not a wrapper of den's",
                path.display()
            ),
            "remove or rename it first",
        ));
    }
    let den = std::env::current_exe().context("finding den's own executable")?;
    let which = match &toolbox.project {
        Some(p) => format!("--project {}", quote(&p.dir.display().to_string())),
        None => format!(
            "--image {} --name {}",
            quote(toolbox.toml.image.as_deref().unwrap_or_default()),
            quote(&toolbox.name)
        ),
    };
    let script = format!(
        "#!/bin/sh\n{MARKER}: runs {bin} in the toolbox \"{name}\"\nexec {den} --root {root} shell {which} -- {bin} \"$@\"\n",
        name = toolbox.name,
        den = quote(&den.display().to_string()),
        root = quote(&ctx.paths.store.display().to_string()),
        bin = quote(bin),
    );
    write_executable(&path, &script)?;
    crate::output::say!("{}", path.display());
    Ok(0)
}

fn write_executable(path: &Path, text: &str) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let tmp = path.with_extension("den-tmp");
    std::fs::write(&tmp, text).with_context(|| format!("writing \"{}\"", tmp.display()))?;
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755))
        .with_context(|| format!("making \"{}\" executable", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("writing \"{}\"", path.display()))
}

/// `--list`: each toolbox's name, state, image and den.toml (or "image").
pub fn list(store: &Store) -> i32 {
    let mut rows = vec![vec![
        "NAME".to_string(),
        "STATUS".into(),
        "IMAGE".into(),
        "FROM".into(),
    ]];
    for id in records::all_ids(store) {
        let Ok(record) = crate::runtime::state::load(store, &id) else {
            continue;
        };
        if let Some(origin) = record.labels.get(LABEL_TOOLBOX) {
            rows.push(vec![
                record.name.clone(),
                record.state.to_string(),
                record.image.clone(),
                origin.clone(),
            ]);
        }
    }
    rows[1..].sort();
    crate::output::say!("{}", crate::output::table::format_table(&rows).trim_end());
    0
}

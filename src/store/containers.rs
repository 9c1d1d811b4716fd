//! Finding a container of the store for the commands that work on its files (`diff`,
//! `commit`, `export`, `cp`): by name, full id or unique id prefix. Reads the records that
//! `den run` writes in `<store>/containers/<id>/container.json`; only the fields these commands
//! need are parsed, so the record may grow without breaking them.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::error::hinted;
use crate::store::Store;
use crate::store::container_fs::FsLayers;

/// What the file commands need to know of a container.
#[derive(Debug, Clone, Deserialize)]
pub struct FsContainer {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub image: String,
    #[serde(default)]
    pub image_id: Option<String>,
    #[serde(default)]
    pub command: Vec<String>,
    #[serde(default)]
    pub driver: String,
    #[serde(default)]
    pub state: String,
    /// The container's init, when a record of a detached container carries it.
    #[serde(default)]
    pub pid: Option<i32>,
    /// `<store>/containers/<id>`.
    #[serde(skip)]
    pub dir: PathBuf,
}

const NOT_FOUND_HINT: &str = "list the containers with: den ps -a";

/// Finds the container `query` names: an exact name, a full id, or a unique id prefix.
pub fn find_fs_container(store: &Store, query: &str) -> Result<FsContainer> {
    let all = read_all(&store.containers_dir());
    if let Some(c) = all.iter().find(|c| c.name == query || c.id == query) {
        return Ok(c.clone());
    }
    let by_prefix: Vec<&FsContainer> = if query.len() >= 3 && is_hex(query) {
        all.iter().filter(|c| c.id.starts_with(query)).collect()
    } else {
        Vec::new()
    };
    match by_prefix.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(hinted(
            format!("no container with name or id \"{query}\" found"),
            NOT_FOUND_HINT,
        )),
        many => {
            let ids: Vec<&str> = many.iter().map(|c| &c.id[..12.min(c.id.len())]).collect();
            Err(hinted(
                format!(
                    "container id prefix \"{query}\" is ambiguous: it matches {}",
                    ids.join(", ")
                ),
                "give more digits of the id, or the name",
            ))
        }
    }
}

fn is_hex(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn read_all(dir: &Path) -> Vec<FsContainer> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let Ok(bytes) = fs::read(entry.path().join("container.json")) else {
            continue;
        };
        if let Ok(mut c) = serde_json::from_slice::<FsContainer>(&bytes) {
            c.dir = entry.path();
            out.push(c);
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

impl FsContainer {
    /// The name to show in messages: `name (short id)`.
    pub fn shown(&self) -> String {
        format!("\"{}\" ({})", self.name, &self.id[..12.min(self.id.len())])
    }

    /// Whether the container's root filesystem is a full copy (`vfs` driver).
    pub fn is_vfs(&self) -> bool {
        self.driver == "vfs"
            || (!self.dir.join("upper").is_dir() && self.dir.join("rootfs").is_dir())
    }

    /// Whether a process of the container is running now: its recorded pid is alive, or a
    /// foreground run still holds its runtime directory.
    pub fn is_running(&self, runtime_root: &Path) -> bool {
        if let Some(pid) = self.pid {
            return pid > 0 && Path::new(&format!("/proc/{pid}")).exists();
        }
        self.state == "running" && runtime_root.join("containers").join(&self.id).exists()
    }

    /// The layers of the container's filesystem: its upper dir over the image's layers (or,
    /// with vfs, its full copy alone).
    pub fn layers(&self, store: &Store) -> Result<FsLayers> {
        if self.is_vfs() {
            return Ok(FsLayers {
                upper: Some(self.dir.join("rootfs")),
                lowers: Vec::new(),
            });
        }
        if self.driver == "rootfs" {
            bail!(
                "container {} runs a --rootfs directory: its files are that directory, den keeps no layers of it",
                self.shown()
            );
        }
        let upper = self.dir.join("upper");
        if !upper.is_dir() {
            bail!(
                "container {} has no writable layer \"{}\"",
                self.shown(),
                upper.display()
            );
        }
        let image_id = self
            .image_id
            .as_deref()
            .with_context(|| format!("container {} records no image", self.shown()))?;
        let image = store
            .find_image(image_id)
            .with_context(|| format!("the image of container {}", self.shown()))?;
        let lowers = image
            .diff_ids
            .iter()
            .rev()
            .map(|d| store.layer_path(d))
            .collect();
        Ok(FsLayers {
            upper: Some(upper),
            lowers,
        })
    }
}

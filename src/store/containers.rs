//! Finding a container of the store for the commands that work on its files (`diff`,
//! `commit`, `export`, `cp`): what they need of its record (`records`), read and checked by
//! `runtime::state::find` as every container command does.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use crate::driver::Driver;
use crate::store::Store;
use crate::store::container_fs::FsLayers;
use crate::store::records::{self, ContainerRecord};

/// What the file commands need to know of a container.
#[derive(Debug, Clone)]
pub struct FsContainer {
    pub id: String,
    pub name: String,
    pub image: String,
    pub image_id: Option<String>,
    pub command: Vec<String>,
    pub driver: Driver,
    /// Whether the container runs now (stale records corrected by `runtime::state::load`).
    pub running: bool,
    /// `<store>/containers/<id>`.
    pub dir: PathBuf,
}

impl FsContainer {
    /// The file view of a container's record (already checked against the machine, so that
    /// `running` is true).
    pub fn from_record(store: &Store, record: ContainerRecord) -> Self {
        FsContainer {
            running: record.is_running(),
            dir: records::container_dir(store, &record.id),
            id: record.id,
            name: record.name,
            image: record.image,
            image_id: record.image_id,
            command: record.command,
            driver: record.driver,
        }
    }

    /// The name to show in messages: `name (short id)`.
    pub fn shown(&self) -> String {
        format!("\"{}\" ({})", self.name, &self.id[..12.min(self.id.len())])
    }

    /// Whether the container's root filesystem is a full copy (`vfs` driver).
    pub fn is_vfs(&self) -> bool {
        self.driver == Driver::Vfs
            || (!self.dir.join("upper").is_dir() && self.dir.join("rootfs").is_dir())
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
        if self.driver == Driver::Rootfs {
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

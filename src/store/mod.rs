//! den's store: blobs, images, unpacked layers, containers; locks and atomic writes.
//! (Interface placeholder; the store branch replaces this file.)

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

pub struct Store {
    root: PathBuf,
}

pub struct Image {
    pub id: String,
    pub names: Vec<String>,
    pub config: oci_spec::image::ImageConfiguration,
    pub diff_ids: Vec<String>,
    pub created: Option<String>,
    pub size: u64,
}

pub struct StoreLock;

impl Store {
    pub fn open(paths: &crate::config::Paths) -> Result<Store> {
        Ok(Store {
            root: paths.store.clone(),
        })
    }
    pub fn root(&self) -> &Path {
        &self.root
    }
    pub fn find_image(&self, reference: &str) -> Result<Image> {
        bail!("image \"{reference}\" not found in local storage")
    }
    pub fn layer_path(&self, diff_id: &str) -> PathBuf {
        let hex = diff_id.strip_prefix("sha256:").unwrap_or(diff_id);
        self.root.join("layers").join(hex).join("diff")
    }
    pub fn containers_dir(&self) -> PathBuf {
        self.root.join("containers")
    }
    pub fn volumes_dir(&self) -> PathBuf {
        self.root.join("volumes")
    }
    pub fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }
    pub fn lock(&self) -> Result<StoreLock> {
        Ok(StoreLock)
    }
}

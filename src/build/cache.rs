//! The layer cache of `den build`: a step's key is the sha256 of its parent image, its
//! instruction after substitution, the build args in scope, the run options that change what
//! a RUN does, and for COPY/ADD a digest of the files it reads (content, type, mode, link
//! targets, after the ignore rules). `<store>/build-cache.json` maps keys to the images the
//! steps made; an entry whose image is gone (pruned) is a miss. The file is small and written
//! whole (temp file, rename, under the store lock, merged with what is on disk) after every
//! step that adds an entry.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::store::Store;

#[derive(Debug, Default, Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    steps: BTreeMap<String, String>,
}

/// The cache of one store.
#[derive(Debug)]
pub struct Cache {
    path: PathBuf,
    file: CacheFile,
}

impl Cache {
    pub fn open(store: &Store) -> Cache {
        let path = store.root().join("build-cache.json");
        let file = fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Cache { path, file }
    }

    /// The image a step made before, if the store still has it.
    pub fn lookup(&self, store: &Store, key: &str) -> Result<Option<String>> {
        let Some(id) = self.file.steps.get(key) else {
            return Ok(None);
        };
        let index = store.read_index()?;
        Ok(index.images.iter().any(|i| &i.id == id).then(|| id.clone()))
    }

    /// Records a step's image. Under the store lock, the file is read again and merged, so
    /// that builds running at the same time in one store keep each other's entries.
    pub fn insert(&mut self, store: &Store, key: String, image: &str) -> Result<()> {
        let _lock = store.lock()?;
        let on_disk: CacheFile = fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        for (k, v) in on_disk.steps {
            self.file.steps.entry(k).or_insert(v);
        }
        self.file.version = 1;
        self.file.steps.insert(key, image.to_string());
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let tmp = tempfile::NamedTempFile::new_in(dir)
            .with_context(|| format!("creating a temp file in \"{}\"", dir.display()))?;
        fs::write(tmp.path(), serde_json::to_vec(&self.file)?)
            .with_context(|| format!("writing \"{}\"", tmp.path().display()))?;
        tmp.persist(&self.path)
            .with_context(|| format!("writing \"{}\"", self.path.display()))?;
        Ok(())
    }
}

/// The ids of the images the build cache of `store` refers to (intermediate images).
pub fn cached_images(store: &Store) -> std::collections::BTreeSet<String> {
    Cache::open(store).file.steps.into_values().collect()
}

/// The key of a step: every part, length-prefixed so that no two lists hash alike.
pub fn key(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    hex::encode(h.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_separate_their_parts() {
        assert_ne!(key(&["ab", "c"]), key(&["a", "bc"]));
        assert_eq!(key(&["x"]), key(&["x"]));
        assert_eq!(key(&["x"]).len(), 64);
    }
}

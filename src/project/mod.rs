//! Projects: a directory with a den.toml describes its toolbox (`den shell`). This module
//! finds the file (upward from the working directory, as git finds .git), parses it
//! (`file`), names the toolbox, and turns the file and the host session into the project
//! layer of a `RunRequest` (`host`). Only `discover` and `load` touch the file system.

pub mod file;
pub mod host;

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

pub use file::{DenToml, Home, Integration};

/// The file's name.
pub const FILE_NAME: &str = "den.toml";

/// A den.toml found and parsed.
#[derive(Debug, Clone)]
pub struct Project {
    /// The project's directory (the den.toml's), canonical.
    pub dir: PathBuf,
    /// The den.toml itself.
    pub file: PathBuf,
    pub config: DenToml,
    /// sha256 of the file's bytes: a toolbox remembers it to notice a changed den.toml.
    pub hash: String,
}

impl Project {
    /// The toolbox's container name: den.toml's `name`, else `den-<dirname>-<hash6>` (the
    /// first six hex digits of the sha256 of the directory's path: stable, and two projects of
    /// the same directory name do not share a toolbox).
    pub fn container_name(&self) -> String {
        self.config
            .name
            .clone()
            .unwrap_or_else(|| default_name(&self.dir))
    }
}

/// `den-<dirname>-<hash6>`, the dirname reduced to the characters a container name may have.
pub fn default_name(dir: &Path) -> String {
    let base: String = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let hash = hex::encode(Sha256::digest(dir.as_os_str().as_encoded_bytes()));
    let base = if base.is_empty() { "root" } else { &base };
    format!("den-{base}-{}", &hash[..6])
}

/// The den.toml of `start` or its nearest parent, up to the filesystem root. A den.toml
/// owned by someone other than the user (or root) is skipped with a warning, as git skips a
/// repository another user owns: a file in a shared directory (/tmp/den.toml) must not
/// choose what runs in the user's toolbox.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let me = nix::unistd::getuid().as_raw();
    for dir in start.ancestors() {
        let candidate = dir.join(FILE_NAME);
        let Ok(meta) = std::fs::metadata(&candidate) else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        if meta.uid() != me && meta.uid() != 0 {
            eprintln!(
                "warning: ignoring \"{}\": it belongs to uid {}, not to you",
                candidate.display(),
                meta.uid()
            );
            continue;
        }
        return Some(candidate);
    }
    None
}

/// Reads and parses a den.toml.
pub fn load(file: &Path) -> Result<Project> {
    let file = std::fs::canonicalize(file).with_context(|| format!("\"{}\"", file.display()))?;
    let bytes = std::fs::read(&file).with_context(|| format!("reading \"{}\"", file.display()))?;
    let text = String::from_utf8(bytes.clone())
        .with_context(|| format!("\"{}\" is not UTF-8 text", file.display()))?;
    let config = DenToml::parse(&text, &file)?;
    let dir = file.parent().unwrap_or(Path::new("/")).to_path_buf();
    Ok(Project {
        dir,
        file,
        config,
        hash: hex::encode(Sha256::digest(&bytes)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_name_is_stable_and_valid() {
        let a = default_name(Path::new("/home/u/my proj"));
        assert_eq!(a, default_name(Path::new("/home/u/my proj")));
        assert!(
            a.starts_with("den-my-proj-") && a.len() == "den-my-proj-".len() + 6,
            "{a}"
        );
        crate::plan::validate_name(&a).unwrap();
        assert_ne!(a, default_name(Path::new("/other/my proj")));
        assert!(default_name(Path::new("/")).starts_with("den-root-"));
    }

    #[test]
    fn discover_walks_up() {
        let top = tempfile::tempdir().unwrap();
        let deep = top.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(top.path().join("a/den.toml"), "image = \"x\"").unwrap();
        assert_eq!(discover(&deep), Some(top.path().join("a/den.toml")));
        let p = load(&top.path().join("a/den.toml")).unwrap();
        assert_eq!(p.dir, std::fs::canonicalize(top.path().join("a")).unwrap());
        assert_eq!(p.hash.len(), 64);
    }
}

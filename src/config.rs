//! den's settings and directories: `~/.config/den/config.toml` (see config.example.toml for
//! every key), command-line overrides, and the XDG paths of the store and runtime state.

use std::fs;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

/// The parsed config.toml. Every field is optional; unknown keys are an error so that a typo
/// does not silently do nothing.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub storage: StorageConfig,
    pub run: RunConfig,
    pub registry: RegistryConfig,
    /// Log level when neither --log-level nor DEN_LOG is given.
    pub log_level: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StorageConfig {
    /// Store directory (images, layers, containers).
    pub root: Option<PathBuf>,
    /// Runtime state directory.
    pub runroot: Option<PathBuf>,
    /// Root filesystem driver: "auto", "overlay", "fuse-overlayfs" or "vfs".
    pub driver: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RunConfig {
    /// Default network mode of `den run`: "private" (den's default), "host", "none",
    /// "pasta[:OPTS]" or "slirp4netns[:OPTS]".
    pub network: Option<String>,
    /// Capabilities every container starts with, replacing den's default set.
    pub default_capabilities: Option<Vec<String>>,
    /// Environment variables set in every container (NAME=VALUE), before the image's.
    pub env: Vec<String>,
    /// Log driver when --log-driver is not given (containers.conf's `log_driver`).
    pub log_driver: Option<String>,
}

impl RunConfig {
    /// The `[run]` section as the lowest settings layer of a run request.
    #[must_use]
    pub fn settings(&self) -> crate::plan::RunSettings {
        crate::plan::RunSettings {
            network: self.network.clone(),
            capabilities: self.default_capabilities.clone(),
            env: self.env.clone(),
            ..crate::plan::RunSettings::default()
        }
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RegistryConfig {
    /// Seconds a registry transfer may send or receive nothing before it counts as stalled.
    pub stall_timeout: Option<u64>,
}

impl RegistryConfig {
    /// The stall limit: `stall_timeout` seconds (at least one), 60 by default.
    #[must_use]
    pub fn stall_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.stall_timeout.unwrap_or(60).max(1))
    }
}

impl Config {
    /// Reads the config file at `path`; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Config> {
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        toml::from_str(&text).with_context(|| format!("parsing config file {}", path.display()))
    }
}

/// Where den keeps things.
#[derive(Debug, Clone)]
pub struct Paths {
    /// The config file that was read (it may not exist).
    pub config_file: PathBuf,
    /// Images, layers, containers, volumes.
    pub store: PathBuf,
    /// Mount points and other state that must not survive a reboot.
    pub runtime: PathBuf,
    /// Derived data that can be rebuilt (the compiled seccomp filter).
    pub cache: PathBuf,
}

/// den's whole context: settings and directories, resolved once in `main`.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub config: Config,
    pub paths: Paths,
}

impl Ctx {
    /// Resolves settings from config.toml, then the command line overrides.
    pub fn resolve(root: Option<PathBuf>, runroot: Option<PathBuf>) -> Result<Ctx> {
        let home = home_dir()?;
        let xdg = |var: &str, default: &str| -> PathBuf {
            std::env::var_os(var)
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .unwrap_or_else(|| home.join(default))
        };
        let config_file = xdg("XDG_CONFIG_HOME", ".config").join("den/config.toml");
        let config = Config::load(&config_file)?;
        let store = root
            .or_else(|| config.storage.root.clone())
            .unwrap_or_else(|| xdg("XDG_DATA_HOME", ".local/share").join("den"));
        let runtime = match runroot.or_else(|| config.storage.runroot.clone()) {
            Some(dir) => dir,
            None => default_runtime_dir()?,
        };
        let cache = xdg("XDG_CACHE_HOME", ".cache").join("den");
        Ok(Ctx {
            config,
            paths: Paths {
                config_file,
                store,
                runtime,
                cache,
            },
        })
    }
}

fn home_dir() -> Result<PathBuf> {
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    directories::BaseDirs::new()
        .map(|d| d.home_dir().to_path_buf())
        .context("cannot find your home directory: set $HOME")
}

/// `$XDG_RUNTIME_DIR/den`, or, when that variable is missing (under `su`, in CI), a private
/// directory `/tmp/den-<uid>` that must be ours and mode 0700, so another user cannot plant
/// files in it.
fn default_runtime_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir).join("den"));
    }
    let uid = nix::unistd::getuid().as_raw();
    let dir = PathBuf::from(format!("/tmp/den-{uid}"));
    match fs::DirBuilder::new().mode(0o700).create(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e).with_context(|| format!("creating {}", dir.display())),
    }
    let meta = fs::symlink_metadata(&dir).with_context(|| format!("checking {}", dir.display()))?;
    if !meta.is_dir() || meta.uid() != uid {
        bail!(
            "runtime directory {} is not a directory owned by you (uid {uid}); set XDG_RUNTIME_DIR",
            dir.display()
        );
    }
    if meta.permissions().mode() & 0o077 != 0 {
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o700))
            .with_context(|| format!("making {} private", dir.display()))?;
    }
    Ok(dir.join("den"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_rejects_unknown_keys_and_reads_known_ones() {
        let c: Config =
            toml::from_str("[storage]\ndriver = \"vfs\"\n[run]\nnetwork = \"none\"\n").unwrap();
        assert_eq!(c.storage.driver.as_deref(), Some("vfs"));
        assert_eq!(c.run.network.as_deref(), Some("none"));
        assert!(toml::from_str::<Config>("[storage]\ndrivr = \"vfs\"\n").is_err());
    }
}

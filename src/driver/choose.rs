//! Choosing the storage driver for this user and store. `den run` calls `choose_driver`
//! before every container, so the one expensive probe (an overlay mount in a throwaway
//! namespace) is cached in `<runtime dir>/driver.json`, keyed by the kernel release, the
//! store's path and device and the mapping mode. The file keeps one result per key (the last
//! `CACHE_ENTRIES`), so a user who alternates stores (`--root`) or mapping modes does not
//! probe again at each switch. The runtime dir is normally a tmpfs, so the cache lives for
//! one boot.

use std::fs;
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::config::Ctx;
use crate::driver::{Driver, fuse, fuse_overlayfs, overlay};
use crate::error::hinted;
use crate::host::{filesystem_type, kernel_release};
use crate::identity::idmap::IdMapping;

/// The driver den uses and a sentence saying why (shown by `den info`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriverChoice {
    pub driver: Driver,
    /// The fuse-overlayfs program, when that is the driver.
    pub program: Option<PathBuf>,
    pub reason: String,
}

/// The names `storage.driver` accepts.
pub const DRIVER_NAMES: [&str; 5] = ["auto", "overlay", "fuse", "fuse-overlayfs", "vfs"];

/// Chooses the root filesystem driver. `storage.driver` in config.toml ("auto" or unset:
/// probe; "overlay", "fuse", "fuse-overlayfs", "vfs": forced) decides; a forced driver that does not
/// work here is an error with a hint, an unknown name an error listing the valid ones.
pub fn choose_driver(ctx: &Ctx, mapping: &IdMapping) -> Result<DriverChoice> {
    let configured = ctx.config.storage.driver.as_deref().unwrap_or("auto");
    let config_file = ctx.paths.config_file.display();
    let forced_hint = || {
        format!(
            "run `den doctor` for the fix, or remove `driver = \"{configured}\"` from the \
             [storage] table of {config_file} to let den choose"
        )
    };
    match configured {
        "auto" | "" => Ok(auto_driver(ctx, mapping)),
        "overlay" => match overlay_status(ctx, mapping, false) {
            Ok(()) => Ok(DriverChoice {
                driver: Driver::Overlay,
                program: None,
                reason: format!("storage.driver = \"overlay\" in {config_file}"),
            }),
            Err(why) => Err(hinted(
                format!(
                    "storage driver \"overlay\" is set in {config_file}, but kernel overlayfs \
                     does not work in a user namespace on this store: {why}"
                ),
                forced_hint(),
            )),
        },
        "fuse" => match fuse::available() {
            Ok(()) => Ok(DriverChoice {
                driver: Driver::Fuse,
                program: None,
                reason: format!("storage.driver = \"fuse\" in {config_file}"),
            }),
            Err(why) => Err(hinted(
                format!(
                    "storage driver \"fuse\" is set in {config_file}, but den's FUSE overlay \
                     cannot work here: {why}"
                ),
                forced_hint(),
            )),
        },
        "fuse-overlayfs" => match fuse_overlayfs::available() {
            Ok(program) => Ok(DriverChoice {
                driver: Driver::FuseOverlayfs,
                program: Some(program),
                reason: format!("storage.driver = \"fuse-overlayfs\" in {config_file}"),
            }),
            Err(why) => Err(hinted(
                format!(
                    "storage driver \"fuse-overlayfs\" is set in {config_file}, but it cannot \
                     work here: {why}"
                ),
                forced_hint(),
            )),
        },
        "vfs" => Ok(DriverChoice {
            driver: Driver::Vfs,
            program: None,
            reason: format!("storage.driver = \"vfs\" in {config_file}"),
        }),
        other => Err(hinted(
            format!("unknown storage driver \"{other}\" in {config_file}"),
            format!("valid drivers are: {}", DRIVER_NAMES.join(", ")),
        )),
    }
}

/// overlay -> fuse (den's own) -> fuse-overlayfs -> vfs, each with the reason the earlier
/// ones were passed over.
fn auto_driver(ctx: &Ctx, mapping: &IdMapping) -> DriverChoice {
    let overlay = match overlay_status(ctx, mapping, false) {
        Ok(()) => {
            return DriverChoice {
                driver: Driver::Overlay,
                program: None,
                reason: format!(
                    "kernel overlayfs works in a user namespace on the store's filesystem ({})",
                    filesystem_type(&ctx.paths.store)
                ),
            };
        }
        Err(why) => why,
    };
    let builtin = match fuse::available() {
        Ok(()) => {
            return DriverChoice {
                driver: Driver::Fuse,
                program: None,
                reason: format!(
                    "kernel overlayfs does not work here ({overlay}); den's own FUSE overlay does"
                ),
            };
        }
        Err(why) => why,
    };
    match fuse_overlayfs::available() {
        Ok(program) => DriverChoice {
            driver: Driver::FuseOverlayfs,
            program: Some(program),
            reason: format!(
                "kernel overlayfs does not work here ({overlay}) and den's own FUSE overlay \
                 cannot be used ({builtin})"
            ),
        },
        Err(fuse) => DriverChoice {
            driver: Driver::Vfs,
            program: None,
            reason: format!(
                "kernel overlayfs does not work here ({overlay}), den's own FUSE overlay cannot \
                 be used ({builtin}) and fuse-overlayfs cannot be used ({fuse}); vfs copies \
                 every layer, which is slow"
            ),
        },
    }
}

/// What `driver.json` remembers: the overlay probe's result for one kernel, store and mapping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct ProbeKey {
    kernel: String,
    store: PathBuf,
    store_dev: u64,
    one_id: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct CachedProbe {
    key: ProbeKey,
    overlay_works: bool,
    detail: String,
}

/// The file's content: the latest result last.
#[derive(Debug, Default, Serialize, Deserialize)]
struct ProbeCache {
    probes: Vec<CachedProbe>,
}

const CACHE_FILE: &str = "driver.json";

/// How many results the cache keeps (one per store and mapping mode).
const CACHE_ENTRIES: usize = 16;

/// Whether kernel overlayfs works in a user namespace on the store's filesystem; `Err` holds
/// why not (with the errno text). Uses the cached result unless `refresh` (as `den doctor`
/// does); a fresh result is written to the cache.
/// `DEN_NO_KERNEL_OVERLAY` (set to anything) makes it say no without probing, so the
/// fallbacks can be used and tested on a kernel where overlay works.
pub fn overlay_status(ctx: &Ctx, mapping: &IdMapping, refresh: bool) -> Result<(), String> {
    if std::env::var_os("DEN_NO_KERNEL_OVERLAY").is_some() {
        return Err("DEN_NO_KERNEL_OVERLAY is set".into());
    }
    let scratch = ctx.paths.store.join("tmp");
    if let Err(e) = fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&scratch)
    {
        return Err(format!("creating {}: {e}", scratch.display()));
    }
    let key = fs::metadata(&ctx.paths.store).ok().map(|meta| ProbeKey {
        kernel: kernel_release(),
        store: ctx.paths.store.clone(),
        store_dev: meta.dev(),
        one_id: mapping.one_id,
    });
    let cache = ctx.paths.runtime.join(CACHE_FILE);
    let cached = key
        .as_ref()
        .filter(|_| !refresh)
        .and_then(|key| read_cache(&cache, key));
    if let Some(cached) = cached {
        tracing::debug!("overlay probe result from {}", cache.display());
        return if cached.overlay_works {
            Ok(())
        } else {
            Err(cached.detail)
        };
    }
    let result = overlay::probe(&scratch, mapping);
    if let Some(key) = key {
        let entry = CachedProbe {
            key,
            overlay_works: result.is_ok(),
            detail: result.clone().err().unwrap_or_default(),
        };
        if let Err(e) = write_cache(&cache, &entry) {
            tracing::debug!("not caching the driver probe: {e:#}");
        }
    }
    result
}

fn read_cache(path: &Path, key: &ProbeKey) -> Option<CachedProbe> {
    load_cache(path).probes.into_iter().find(|p| p.key == *key)
}

/// The cache's results; none when it is missing or unreadable (a file of an older den, which
/// held one result, included: the next write replaces it).
fn load_cache(path: &Path) -> ProbeCache {
    fs::read(path)
        .ok()
        .and_then(|text| serde_json::from_slice(&text).ok())
        .unwrap_or_default()
}

/// Adds `entry` to the cache, replacing a result of the same key and dropping the oldest
/// beyond `CACHE_ENTRIES`. Two dens writing at once may lose one's result: it is probed
/// again next time, never wrong.
fn write_cache(path: &Path, entry: &CachedProbe) -> Result<()> {
    let dir = path.parent().context("cache path has no parent")?;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("creating {}", dir.display()))?;
    let mut cache = load_cache(path);
    cache.probes.retain(|p| p.key != entry.key);
    cache.probes.push(entry.clone());
    let excess = cache.probes.len().saturating_sub(CACHE_ENTRIES);
    cache.probes.drain(..excess);
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    serde_json::to_writer_pretty(&mut tmp, &cache).context("encoding the probe result")?;
    tmp.persist(path)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probe_cache_is_keyed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("run/driver.json");
        let key = ProbeKey {
            kernel: "6.1.0".into(),
            store: "/home/a/.local/share/den".into(),
            store_dev: 42,
            one_id: false,
        };
        write_cache(
            &path,
            &CachedProbe {
                key: key.clone(),
                overlay_works: false,
                detail: "EPERM".into(),
            },
        )
        .unwrap();
        assert_eq!(read_cache(&path, &key).unwrap().detail, "EPERM");
        let other = ProbeKey {
            store_dev: 43,
            ..key.clone()
        };
        assert!(read_cache(&path, &other).is_none());
    }

    fn probe(store: &str, works: bool) -> CachedProbe {
        CachedProbe {
            key: ProbeKey {
                kernel: "6.1.0".into(),
                store: store.into(),
                store_dev: 42,
                one_id: false,
            },
            overlay_works: works,
            detail: String::new(),
        }
    }

    #[test]
    fn probe_cache_keeps_a_result_per_store() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("driver.json");
        // A file of an older den (one result, no list) reads as empty and is replaced.
        fs::write(&path, serde_json::to_vec(&probe("/old", true)).unwrap()).unwrap();
        assert!(read_cache(&path, &probe("/old", true).key).is_none());
        write_cache(&path, &probe("/a", true)).unwrap();
        write_cache(&path, &probe("/b", false)).unwrap();
        assert!(
            read_cache(&path, &probe("/a", true).key)
                .unwrap()
                .overlay_works
        );
        assert!(
            !read_cache(&path, &probe("/b", false).key)
                .unwrap()
                .overlay_works
        );
        // A new result for a key replaces the old one.
        write_cache(&path, &probe("/a", false)).unwrap();
        assert!(
            !read_cache(&path, &probe("/a", false).key)
                .unwrap()
                .overlay_works
        );
        assert_eq!(load_cache(&path).probes.len(), 2);
        // The oldest go beyond CACHE_ENTRIES.
        for i in 0..CACHE_ENTRIES {
            write_cache(&path, &probe(&format!("/s{i}"), true)).unwrap();
        }
        let kept = load_cache(&path).probes;
        assert_eq!(kept.len(), CACHE_ENTRIES);
        assert!(read_cache(&path, &probe("/a", true).key).is_none());
        assert_eq!(kept.last().unwrap().key.store, Path::new("/s15"));
    }
}

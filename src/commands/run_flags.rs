//! The I/O of `run`/`create`'s process flags, around the pure plan: reading label files,
//! finding the zone file of `--tz`, den's environment for `--env-host`/`--http-proxy`,
//! `--replace` (before the container is created) and `--rmi` (after it is gone).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::store::Store;
use crate::store::records;

/// Where zone files live on the host (podman reads the same).
const ZONEINFO: &str = "/usr/share/zoneinfo";

/// The text of each `--label-file`.
pub fn read_label_files(paths: &[PathBuf]) -> Result<HashMap<PathBuf, String>> {
    paths
        .iter()
        .map(|p| {
            fs::read_to_string(p)
                .with_context(|| format!("reading label file \"{}\"", p.display()))
                .map(|t| (p.clone(), t))
        })
        .collect()
}

/// The host file `--tz` names: `local` is the host's /etc/localtime, anything else a file
/// under /usr/share/zoneinfo. A zone that is not there is refused, as podman (exit 125).
pub fn find_zone_file(tz: Option<&str>) -> Result<Option<PathBuf>> {
    let Some(tz) = tz else {
        return Ok(None);
    };
    let path = if tz == "local" {
        PathBuf::from("/etc/localtime")
    } else {
        if tz.is_empty() || tz.starts_with('/') || tz.split('/').any(|c| c == "..") {
            return Err(hinted(
                format!("invalid time zone \"{tz}\""),
                "name a zone under /usr/share/zoneinfo, e.g. Europe/Paris, or local",
            ))
            .exit_code(EXIT_DEN);
        }
        Path::new(ZONEINFO).join(tz)
    };
    let real = fs::canonicalize(&path);
    match real {
        Ok(p) if p.is_file() => Ok(Some(p)),
        _ => Err(hinted(
            format!(
                "time zone \"{tz}\": \"{}\": no such file or directory",
                path.display()
            ),
            "name a zone under /usr/share/zoneinfo, e.g. Europe/Paris, or local",
        ))
        .exit_code(EXIT_DEN),
    }
}

/// den's environment, as pairs (for `--env-host` and the proxy variables).
pub fn host_vars() -> Vec<(String, String)> {
    std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect()
}

/// `--replace`: removes the container named `name`, stopping it first (SIGKILL, as
/// `den rm -f`), so the new one can take the name; prints the name, as podman.
pub fn replace_existing(store: &Store, name: Option<&str>) -> Result<()> {
    let Some(name) = name else {
        return Err(hinted(
            "--replace needs --name: there is no container to replace without one",
            "add --name NAME",
        ))
        .exit_code(EXIT_DEN);
    };
    let Some(id) = records::find_by_name(store, name) else {
        return Ok(());
    };
    crate::commands::container::rm::remove_one(store, &id, true)
        .with_context(|| format!("replacing container \"{name}\""))?;
    // As podman: the removed container's name, as `rm` prints it, before the new one's output.
    crate::output::say!("{name}");
    Ok(())
}

/// `--rmi`: after the container is gone, removes `image` unless another container uses it;
/// a failure is reported and does not change the run's exit code (as podman).
pub fn remove_image_after(ctx: &crate::config::Ctx, image: &str) {
    let result = Store::open(&ctx.paths).and_then(|store| {
        let mapping = crate::identity::idmap::IdMapping::for_current_user()?;
        crate::store::remove::remove_images(&store, &mapping, &[image.to_string()], false, false)
    });
    if let Err(e) = result {
        crate::error::report(&e.context(format!("--rmi: removing image \"{image}\"")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_names_stay_under_zoneinfo() {
        assert!(find_zone_file(Some("../../etc/passwd")).is_err());
        assert!(find_zone_file(Some("/etc/passwd")).is_err());
        assert!(find_zone_file(Some("No/Such_Zone")).is_err());
        assert_eq!(find_zone_file(None).unwrap(), None);
    }
}

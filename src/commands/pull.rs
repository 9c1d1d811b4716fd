//! `den pull`, and the pull `den run` does for an image it does not have.

use anyhow::{Context, Result};

use crate::cli::{PullArgs, RegistryArgs};
use crate::config::Ctx;
use crate::identity::idmap::IdMapping;
use crate::image::reference::{Reference, lookup_rank};
use crate::registry::auth::Credentials;
use crate::registry::client::Options;
use crate::registry::pull::{PullOptions, pull_image};
use crate::store::{Image, Store};

pub fn run(ctx: &Ctx, args: &PullArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mapping = IdMapping::for_current_user()?;
    if let Some(notice) = mapping.notice_once(&ctx.paths.store) {
        eprintln!("{notice}");
    }
    let opts = PullOptions {
        registry: registry_options(&args.registry, args.creds.as_deref())?,
        platform: args.platform.clone(),
        quiet: args.quiet,
    };
    let (stored, _) = pull_image(&store, &mapping, &pull_name(&store, &args.image), &opts)
        .map_err(|e| crate::error::explain_no_space(e, &ctx.paths.store))?;
    crate::events::image(crate::events::Status::Pull, &stored.id, &args.image);
    crate::output::say!("{}", stored.id);
    Ok(0)
}

/// The registry options of the shared flags.
pub fn registry_options(args: &RegistryArgs, creds: Option<&str>) -> Result<Options> {
    Ok(Options {
        tls_verify: args.tls_verify,
        cert_dir: args.cert_dir.clone(),
        creds: creds.map(Credentials::parse).transpose()?,
        authfile: args.authfile.clone(),
    })
}

/// Pulls `name` (layers the store has are not fetched again), then returns it from the store.
pub fn pull_and_find(store: &Store, mapping: &IdMapping, name: &str) -> Result<Image> {
    pull_and_find_quietly(store, mapping, name, false)
}

/// `pull_and_find`; `quiet`: no progress (`den run -q`).
pub fn pull_and_find_quietly(
    store: &Store,
    mapping: &IdMapping,
    name: &str,
    quiet: bool,
) -> Result<Image> {
    let opts = PullOptions {
        quiet,
        ..PullOptions::default()
    };
    let (stored, _) = pull_image(store, mapping, &pull_name(store, name), &opts)?;
    store.find_image(&format!("sha256:{}", stored.id))
}

/// The name to pull for `name`: a short name that a local image answers to is pulled by that
/// image's full name (`busybox` is `localhost/busybox` when that is what the store has), as
/// podman does; any other name as given.
fn pull_name(store: &Store, name: &str) -> String {
    let Ok(reference) = Reference::parse(name) else {
        return name.to_string();
    };
    if reference.domain_given {
        return name.to_string();
    }
    let Ok(image) = store.find_image(name) else {
        return name.to_string();
    };
    image
        .names
        .iter()
        .filter_map(|n| Some((lookup_rank(&reference, n, None)?, n)))
        .min()
        .map_or_else(|| name.to_string(), |(_, n)| n.clone())
}

/// `--pull=newer`: pulls `name`; when the registry cannot be reached or refuses, the store's
/// image of that name is used after a warning (podman goes on with the local image too).
/// `quiet`: no progress.
pub fn pull_newer_or_find(
    store: &Store,
    mapping: &IdMapping,
    name: &str,
    quiet: bool,
) -> Result<Image> {
    match pull_and_find_quietly(store, mapping, name, quiet) {
        Ok(image) => Ok(image),
        Err(e) => match store.find_image(name) {
            Ok(image) => {
                tracing::warn!("{e:#}; using the local image \"{name}\"");
                Ok(image)
            }
            Err(_) => Err(e),
        },
    }
}

/// The image `name` names in the store; pulled first (as podman's default `--pull missing`)
/// when the store has no such image and `name` is an image name (not an id).
pub fn find_or_pull(store: &Store, mapping: &IdMapping, name: &str) -> Result<Image> {
    find_or_pull_quietly(store, mapping, name, false)
}

/// `find_or_pull`; `quiet`: no pull progress (`den run -q`).
pub fn find_or_pull_quietly(
    store: &Store,
    mapping: &IdMapping,
    name: &str,
    quiet: bool,
) -> Result<Image> {
    match store.find_image(name) {
        Ok(image) => Ok(image),
        Err(e)
            if e.to_string().ends_with("not found in local storage")
                && Reference::parse(name).is_ok() =>
        {
            pull_and_find_quietly(store, mapping, name, quiet).with_context(|| {
                format!("image \"{name}\" not found in local storage, and pulling it failed")
            })
        }
        Err(e) => Err(e),
    }
}

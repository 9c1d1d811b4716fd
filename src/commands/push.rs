//! `den push`: an image of the store to a registry.

use anyhow::{Context, Result};

use crate::cli::PushArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::image::reference::Reference;
use crate::registry::push::push_image;
use crate::store::{Store, index};

pub fn run(ctx: &Ctx, args: &PushArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let images = store.images()?;
    let found = index::resolve(&images, &args.image)?;
    let record = &images[found.index];
    let dest = match (&args.destination, &found.name) {
        (Some(d), _) => d.strip_prefix("docker://").unwrap_or(d).to_string(),
        (None, Some(name)) => name.clone(),
        (None, None) => {
            return Err(hinted(
                format!("image {} has no name to push it under", &record.id[..12]),
                "give a destination: den push IMAGE REGISTRY/NAME[:TAG]",
            ));
        }
    };
    let dest = Reference::parse(&dest).with_context(|| format!("destination \"{dest}\""))?;
    let opts = super::pull::registry_options(&args.registry, args.creds.as_deref())?;
    let digest = push_image(&store, record, &dest, &opts, args.quiet)
        .with_context(|| format!("pushing \"{dest}\""))?;
    crate::events::image(crate::events::Status::Push, &record.id, &dest.to_string());
    if let Some(file) = &args.digestfile {
        fs_err::write(file, &digest)?;
    }
    Ok(0)
}

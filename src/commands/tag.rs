//! `den tag` and `den untag`: add and remove names of an image (podman prints nothing).

use anyhow::Result;

use crate::cli::{TagArgs, UntagArgs};
use crate::config::Ctx;
use crate::events::{self, Status};
use crate::store::Store;
use crate::store::tag::{tag_image, untag_image};

pub fn tag(ctx: &Ctx, args: &TagArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let id = tag_image(&store, &args.image, &args.targets)?;
    for target in &args.targets {
        events::image(Status::Tag, &id, target);
    }
    Ok(0)
}

pub fn untag(ctx: &Ctx, args: &UntagArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let id = store
        .find_image(&args.image)
        .map(|i| i.id)
        .unwrap_or_default();
    for name in untag_image(&store, &args.image, &args.names)? {
        events::image(Status::Untag, &id, &name);
    }
    Ok(0)
}

//! `den export`: a container's whole root filesystem (the image's layers with the container's
//! changes applied) as one tarball, merged in code inside den's user namespace; owners are the
//! container's ids (in one-id mode, those the image recorded).

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};

use anyhow::{Context, Result};

use crate::cli::ExportArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::identity::idmap::IdMapping;
use crate::identity::userns::run_in_store_ns;
use crate::runtime::state;
use crate::store::Store;
use crate::store::container_fs::{Owners, TarOut, write_rootfs_tar};
use crate::store::containers::FsContainer;

pub fn run(ctx: &Ctx, args: &ExportArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let container = FsContainer::from_record(&store, state::find(&store, &args.container)?);
    let layers = container.layers(&store)?;
    let mapping = IdMapping::for_current_user()?;
    let owners = if mapping.one_id {
        Owners::Recorded
    } else {
        Owners::Stat
    };
    let (out, shown): (Box<dyn Write>, String) = if let Some(path) = &args.output {
        let file =
            File::create(path).with_context(|| format!("creating \"{}\"", path.display()))?;
        (Box::new(file), format!("\"{}\"", path.display()))
    } else {
        if io::stdout().is_terminal() {
            return Err(hinted(
                "refusing to write a tarball to a terminal",
                "redirect standard output, or use -o FILE",
            ));
        }
        (
            Box::new(crate::output::stdout()),
            "standard output".to_string(),
        )
    };
    run_in_store_ns(&mapping, move || {
        let mut tar = TarOut::new(BufWriter::with_capacity(1 << 20, out), owners);
        write_rootfs_tar(&layers, &mut tar)?;
        tar.finish()?
            .flush()
            .with_context(|| format!("writing {shown}"))
    })
    .with_context(|| format!("exporting container {}", container.shown()))?;
    Ok(0)
}

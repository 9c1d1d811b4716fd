//! `den build`: reads the flags, the Containerfile and the ignore file, and runs the builder
//! (`crate::build`); prints the image id at the end (with `-q`, only that).

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::build::{BuildOptions, build, check_platform};
use crate::cli::BuildArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::image::ignore::Ignore;
use crate::image::reference::Reference;

pub fn run(ctx: &Ctx, args: &BuildArgs) -> Result<i32> {
    let (opts, _stdin_context) = options(args)?;
    let id = build(ctx, &opts)?;
    if let Some(path) = &args.iidfile {
        fs::write(path, format!("sha256:{id}"))
            .with_context(|| format!("writing --iidfile \"{}\"", path.display()))?;
    }
    crate::output::say!("{id}");
    Ok(0)
}

/// Builds the image `args` describe (as `den build`, without printing its id): its id.
pub fn build_image(ctx: &Ctx, args: &BuildArgs) -> Result<String> {
    let (opts, _stdin_context) = options(args)?;
    build(ctx, &opts)
}

/// Whether a context names something remote (a URL or a git repository).
fn is_remote(context: &str) -> bool {
    ["http://", "https://", "git://", "git@", "github.com/"]
        .iter()
        .any(|p| context.starts_with(p))
        || std::path::Path::new(context)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("git"))
}

/// The build's options, and the directory a context from standard input was unpacked into
/// (removed when dropped).
fn options(args: &BuildArgs) -> Result<(BuildOptions, Option<tempfile::TempDir>)> {
    // podman's one message for both combinations.
    if args.squash && (args.layers.is_some() || args.squash_all) {
        return Err(hinted(
            "cannot specify --squash with --layers and --squash-all with --squash",
            "--squash builds without the cache; drop --layers (or choose one of --squash and --squash-all)",
        ));
    }
    let given = args.context.as_deref().unwrap_or(".");
    if is_remote(given) {
        return Err(hinted(
            format!(
                "the build context \"{given}\" is remote: den builds from a local directory only (no network access here)"
            ),
            "clone or download it first, then: den build DIR",
        ));
    }
    let (stdin_dir, stdin_file) = if given == "-" {
        if args.file.as_deref() == Some("-") {
            bail!(
                "the build context and the Containerfile cannot both come from standard input (\"-\" and -f -)"
            );
        }
        let (dir, file) = stdin_context()?;
        (Some(dir), file)
    } else {
        (None, None)
    };
    let given = match &stdin_dir {
        Some(d) => d.path().to_str().context("a temporary directory's path")?,
        None => given,
    };
    let context =
        fs::canonicalize(given).with_context(|| format!("the build context \"{given}\""))?;
    if !context.is_dir() {
        bail!(
            "the build context \"{}\" is not a directory",
            context.display()
        );
    }
    if let Some(p) = &args.platform {
        check_platform(p)?;
    }
    for (flag, value) in [
        ("--cache-from", &args.cache_from),
        ("--cache-to", &args.cache_to),
    ] {
        if let Some(v) = value {
            Reference::parse(v).map_err(|e| {
                anyhow::anyhow!("unable to parse value provided to {flag}: \"{v}\": {e}")
            })?;
            eprintln!(
                "WARN[0000] {flag} {v}: den keeps the build cache in the local store only; the remote cache is not used"
            );
        }
    }
    for u in &args.ulimit {
        crate::plan::check_ulimit(u)?;
    }
    let (file_text, file_label) = match stdin_file {
        Some(text) => (text, "-".to_string()),
        None => containerfile(args.file.as_deref(), &context)?,
    };
    let ignore = match &args.ignorefile {
        Some(p) => Ignore::parse(
            &fs::read_to_string(p)
                .with_context(|| format!("reading --ignorefile \"{}\"", p.display()))?,
        ),
        None => [".containerignore", ".dockerignore"]
            .iter()
            .find_map(|n| fs::read_to_string(context.join(n)).ok())
            .map(|t| Ignore::parse(&t))
            .unwrap_or_default(),
    };
    let mut build_args = BTreeMap::new();
    for file in &args.build_arg_files {
        let text = fs::read_to_string(file)
            .with_context(|| format!("reading --build-arg-file \"{}\"", file.display()))?;
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            insert_arg(&mut build_args, line);
        }
    }
    for a in &args.build_args {
        insert_arg(&mut build_args, a);
    }
    let tags = args
        .tags
        .iter()
        .map(|t| {
            Reference::parse(t)
                .map(|r| r.local().to_string())
                .map_err(anyhow::Error::from)
        })
        .collect::<Result<Vec<_>>>()?;
    let mut labels = Vec::new();
    for l in &args.label {
        let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
        if k.is_empty() {
            bail!("--label \"{l}\": expected KEY=VALUE");
        }
        labels.push((k.to_string(), v.to_string()));
    }
    let mut annotations = BTreeMap::new();
    for a in &args.annotation {
        let (k, v) = a.split_once('=').unwrap_or((a.as_str(), ""));
        if k.is_empty() {
            bail!("--annotation \"{a}\": expected KEY=VALUE");
        }
        annotations.insert(k.to_string(), v.to_string());
    }
    let mut secrets = BTreeMap::new();
    for s in &args.secret {
        let (id, src) = secret(s)?;
        secrets.insert(id, src);
    }
    let timestamp = match args.timestamp {
        Some(t) => Some(t),
        None => match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(v) if !v.is_empty() => Some(v.trim().parse().with_context(|| {
                format!("SOURCE_DATE_EPOCH=\"{v}\": expected seconds since the epoch")
            })?),
            _ => None,
        },
    };
    let opts = BuildOptions {
        file_text,
        file_label,
        context,
        tags,
        commit_name: args.tags.first().cloned(),
        build_args,
        target: args.target.clone(),
        no_cache: args.no_cache,
        // --squash builds without the cache, as podman.
        layers: args.layers.unwrap_or(true) && !args.squash,
        pull: args.pull,
        labels,
        quiet: args.quiet,
        rm: args.rm,
        force_rm: args.force_rm,
        env: args.env.clone(),
        unsetenv: args.unsetenv.clone(),
        network: args.network.clone(),
        volumes: args.volume.clone(),
        ulimits: args.ulimit.clone(),
        secrets,
        timestamp,
        ignore,
        squash_all: args.squash_all,
        squash: args.squash,
        annotations,
        docker: args.format == crate::cli::BuildFormat::Docker,
    };
    Ok((opts, stdin_dir))
}

/// A build context on standard input (as podman): a tarball (plain or compressed) unpacked
/// into a new directory, or else a Containerfile alone (returned) with an empty context.
fn stdin_context() -> Result<(tempfile::TempDir, Option<String>)> {
    let mut data = Vec::new();
    std::io::stdin()
        .read_to_end(&mut data)
        .context("reading the build context from standard input")?;
    let dir = tempfile::Builder::new()
        .prefix("den-build-context-")
        .tempdir()
        .context("creating a directory for the build context")?;
    let (_, mut reader) = crate::image::compress::decompress(data.as_slice())
        .context("reading the build context from standard input")?;
    let mut plain = Vec::new();
    reader
        .read_to_end(&mut plain)
        .context("decompressing the build context from standard input")?;
    // A tar header has "ustar" at offset 257.
    if plain.get(257..262) != Some(b"ustar".as_slice()) {
        let text = String::from_utf8(plain).map_err(|_| {
            anyhow::anyhow!(
                "standard input is neither a tar archive (the build context) nor a Containerfile"
            )
        })?;
        return Ok((dir, Some(text)));
    }
    let mut archive = tar::Archive::new(plain.as_slice());
    archive.set_preserve_permissions(true);
    archive.set_preserve_ownerships(false);
    archive.set_unpack_xattrs(false);
    archive
        .unpack(dir.path())
        .context("unpacking the build context from standard input (a tar archive)")?;
    Ok((dir, None))
}

/// `NAME=VALUE`, or `NAME` taken from den's environment (skipped when it is not set).
fn insert_arg(args: &mut BTreeMap<String, String>, spec: &str) {
    match spec.split_once('=') {
        Some((k, v)) => {
            args.insert(k.to_string(), v.to_string());
        }
        None => {
            if let Ok(v) = std::env::var(spec) {
                args.insert(spec.to_string(), v);
            }
        }
    }
}

/// `id=ID,src=FILE` (also `source=`, `type=file`).
fn secret(spec: &str) -> Result<(String, PathBuf)> {
    let mut id = None;
    let mut src = None;
    for part in spec.split(',') {
        match part.split_once('=') {
            Some(("id", v)) => id = Some(v.to_string()),
            Some(("src" | "source", v)) => src = Some(PathBuf::from(v)),
            Some(("type", "file")) => {}
            _ => bail!("--secret \"{spec}\": expected id=ID,src=FILE"),
        }
    }
    let (Some(id), Some(src)) = (id, src) else {
        bail!("--secret \"{spec}\": expected id=ID,src=FILE");
    };
    let real =
        fs::canonicalize(&src).with_context(|| format!("--secret {id}: \"{}\"", src.display()))?;
    Ok((id, real))
}

/// The Containerfile's text and how to name it.
fn containerfile(file: Option<&str>, context: &Path) -> Result<(String, String)> {
    match file {
        Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("reading the Containerfile from standard input")?;
            Ok((text, "-".into()))
        }
        Some(f) => {
            let text = fs::read_to_string(f)
                .with_context(|| format!("reading the Containerfile \"{f}\""))?;
            Ok((text, f.to_string()))
        }
        None => {
            for name in ["Containerfile", "Dockerfile"] {
                let p = context.join(name);
                if let Ok(text) = fs::read_to_string(&p) {
                    return Ok((text, p.display().to_string()));
                }
            }
            Err(hinted(
                format!(
                    "no Containerfile or Dockerfile in \"{}\"",
                    context.display()
                ),
                "name one with -f FILE",
            ))
        }
    }
}

//! `den inspect` / `den image inspect`: podman's image inspect JSON (an array, one object per
//! image: Id, Digest, RepoTags, RepoDigests, Created, Config, RootFS, Size, History, ...), or
//! each object through a `--format` template.

use std::fs;
use std::io::Write;

use anyhow::{Context, Result};
use serde_json::{Value, json};

use crate::cli::{InspectArgs, InspectType};
use crate::commands::container::inspect::{inspect_containers, is_container};
use crate::config::Ctx;
use crate::image::reference::split_name;
use crate::output::Template;
use crate::store::Store;
use crate::store::index::{ImageRecord, resolve};

pub fn run(ctx: &Ctx, args: &InspectArgs) -> Result<i32> {
    // As podman: a name is a container's first, then an image's.
    let containers = match args.kind {
        InspectType::Container => true,
        InspectType::Image => false,
        InspectType::All => args.images.iter().all(|n| is_container(ctx, n)),
        InspectType::Pod => {
            let pods = crate::cli::PodInspectArgs {
                format: args.format.clone(),
                pods: args.images.clone(),
            };
            return crate::commands::pod::ps::inspect_pods(ctx, &pods, true);
        }
        kind @ (InspectType::Volume | InspectType::Network) => {
            return Err(crate::error::hinted(
                format!("den cannot inspect {kind:?} objects: it has none").to_lowercase(),
                "inspect containers or images: --type container, image or all",
            ));
        }
    };
    if containers {
        return inspect_containers(ctx, &args.images, args.format.as_deref(), args.size);
    }
    let template = match args.format.as_deref() {
        None | Some("json") => None,
        Some(t) => Some(Template::parse_named("inspect", t)?),
    };
    let store = Store::open(&ctx.paths)?;
    let index = store.read_index()?;
    let mut found = Vec::new();
    let mut first_error = None;
    for query in &args.images {
        match resolve(&index.images, query) {
            Ok(r) => found.push(image_json(&store, &index.images[r.index])?),
            Err(e) => {
                // podman prints what it found, then fails on the first it did not, with its
                // phrase: "no such object" (any type) or "image not known" (--type image).
                let phrase = if args.kind == InspectType::All {
                    format!("no such object: \"{query}\"")
                } else {
                    format!("{query}: image not known")
                };
                first_error.get_or_insert(e.context(phrase));
            }
        }
    }
    let mut out = crate::output::stdout();
    match &template {
        None => {
            write_podman_json(&mut out, &Value::Array(found))?;
        }
        Some(t) => {
            let views: Vec<Value> = found.into_iter().map(template_view).collect();
            write!(out, "{}", crate::output::format::render_each(t, &views)?)?;
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(0),
    }
}

/// The fields of an image config's history entry, with the value a template sees when the
/// JSON leaves one out (podman's are a Go struct's, all `omitempty`).
const HISTORY_FIELDS: [(&str, Value); 4] = [
    ("created_by", Value::String(String::new())),
    ("author", Value::String(String::new())),
    ("comment", Value::String(String::new())),
    ("empty_layer", Value::Bool(false)),
];

/// What a `--format` template reads of an image's inspect object: the JSON, with every
/// history entry's missing fields at their zero values (`{{.EmptyLayer}}` is `false` where
/// the entry has no `empty_layer`, as podman's, not `<no value>`).
fn template_view(mut image: Value) -> Value {
    if let Some(history) = image.get_mut("History").and_then(Value::as_array_mut) {
        for entry in history.iter_mut().filter_map(Value::as_object_mut) {
            for (key, zero) in &HISTORY_FIELDS {
                entry.entry(key.to_string()).or_insert_with(|| zero.clone());
            }
        }
    }
    image
}

/// JSON indented as podman's inspect indents it (five spaces), then a newline.
pub fn write_podman_json(out: &mut impl Write, value: &Value) -> Result<()> {
    use serde::Serialize;
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"     ");
    let mut ser = serde_json::Serializer::with_formatter(&mut *out, formatter);
    value.serialize(&mut ser)?;
    writeln!(out)?;
    Ok(())
}

fn string_or_empty(v: &Value) -> Value {
    match v {
        Value::String(_) => v.clone(),
        _ => json!(""),
    }
}

/// `name@digest` for each repository the image has a name in.
pub fn repo_digests(image: &ImageRecord) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in &image.names {
        let digest = format!("{}@{}", split_name(name).0, image.manifest);
        if !out.contains(&digest) {
            out.push(digest);
        }
    }
    out
}

/// podman's image inspect object for one image.
pub fn image_json(store: &Store, image: &ImageRecord) -> Result<Value> {
    let read = |digest: &str, what: &str| -> Result<Value> {
        let path = store.blob_path(digest);
        let bytes = fs::read(&path)
            .with_context(|| format!("reading the {what} of image {}", &image.id[..12]))?;
        serde_json::from_slice(&bytes)
            .with_context(|| format!("parsing the {what} of image {}", &image.id[..12]))
    };
    let config = read(&image.config, "config")?;
    let manifest = read(&image.manifest, "manifest").unwrap_or(Value::Null);
    let run_config = match &config["config"] {
        Value::Object(_) => config["config"].clone(),
        _ => json!({}),
    };
    let layer_dirs: Vec<String> = image
        .layers
        .iter()
        .rev()
        .map(|l| store.layer_path(&l.diff_id).display().to_string())
        .collect();
    let mut graph_data = serde_json::Map::new();
    if let Some((upper, lower)) = layer_dirs.split_first() {
        if !lower.is_empty() {
            graph_data.insert("LowerDir".into(), json!(lower.join(":")));
        }
        graph_data.insert("UpperDir".into(), json!(upper));
    }
    let mut out = json!({
        "Id": image.id,
        "Digest": image.manifest,
        "RepoTags": image.names,
        "RepoDigests": repo_digests(image),
        "Parent": "",
        "Comment": string_or_empty(&config["comment"]),
        "Created": config["created"].as_str().or(image.created.as_deref()).unwrap_or(""),
        "Config": run_config,
        "Version": string_or_empty(&config["docker_version"]),
        "Author": string_or_empty(&config["author"]),
        "Architecture": string_or_empty(&config["architecture"]),
        "Os": string_or_empty(&config["os"]),
        "Size": image.size,
        "VirtualSize": image.size,
        "GraphDriver": {"Name": "overlay", "Data": graph_data},
        "RootFS": {"Type": "layers", "Layers": image.diff_ids()},
        "Labels": run_config.get("Labels").cloned().unwrap_or(Value::Null),
        "Annotations": manifest.get("annotations").cloned().unwrap_or_else(|| json!({})),
        "ManifestType": image.manifest_media_type,
        "User": string_or_empty(&run_config["User"]),
        "History": config.get("history").cloned().unwrap_or_else(|| json!([])),
        "NamesHistory": image.names,
    });
    if let Some(variant) = config["variant"].as_str() {
        out["Variant"] = json!(variant);
    }
    Ok(out)
}
